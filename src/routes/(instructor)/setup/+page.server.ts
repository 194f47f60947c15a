import { createUser, getDb, hasAnyUser } from '$lib/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { HOME, startSession } from '$lib/instructor/server/auth.server';
import { formIssues, formObject } from '$lib/instructor/server/forms.server';
import type { Actions, PageServerLoad } from './$types';

// The first account is made here; once any account exists the page is gone, and further accounts
// come from `npm run user:add`, which needs access to the server.
const setupForm = z
	.object({
		username: z.string(),
		password: z.string(),
		confirm: z.string()
	})
	.refine((f) => f.password === f.confirm, { path: ['confirm'], message: 'the two passwords differ' });

const gone = () => error(404, 'There is already an account: log in, or ask for one with npm run user:add.');

// Two people opening a fresh server at once must not both become its first instructor.
let creating: Promise<unknown> = Promise.resolve();

export const load: PageServerLoad = async () => {
	if (await hasAnyUser(getDb())) gone();
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const fd = formObject(await request.formData());
		const parsed = setupForm.safeParse(fd);
		if (!parsed.success) return fail(400, { username: fd.username ?? '', errors: formIssues(parsed.error, fd) });
		const run = creating.then(async () => {
			if (await hasAnyUser(getDb())) return null;
			return createUser(getDb(), parsed.data);
		});
		creating = run.catch(() => undefined);
		const created = await run;
		if (!created) gone();
		else if (!created.ok) {
			return fail(400, {
				username: parsed.data.username,
				errors: created.issues ?? [{ path: '', message: created.message }]
			});
		} else {
			await startSession(cookies, url, created.value);
			redirect(303, HOME);
		}
	}
};
