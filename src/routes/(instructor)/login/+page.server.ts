import { getDb, hasAnyUser, login } from '$lib/server';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { safeNext, startSession } from '$lib/instructor/server/auth.server';
import { formIssues } from '$lib/instructor/server/forms.server';
import type { Actions, PageServerLoad } from './$types';

const loginForm = z.object({
	username: z.string().trim().min(1, 'enter your username').max(200, 'the username is too long'),
	password: z.string().min(1, 'enter your password').max(1024, 'the password is too long'),
	next: z.string().optional()
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next, firstRun: !(await hasAnyUser(getDb())), deleted: url.searchParams.has('deleted') };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const fd = await request.formData();
		const parsed = loginForm.safeParse(Object.fromEntries(fd));
		const username = typeof fd.get('username') === 'string' ? String(fd.get('username')) : '';
		if (!parsed.success) return fail(400, { username, message: null, errors: formIssues(parsed.error) });
		const result = await login(getDb(), { ...parsed.data, address: getClientAddress() });
		if (!result.ok) {
			return fail(result.reason === 'locked' ? 429 : 400, { username, message: result.message, errors: [] });
		}
		await startSession(cookies, url, result.user);
		redirect(303, safeNext(parsed.data.next));
	}
};
