import {
	authenticate,
	changePassword,
	createRateLimiter,
	deleteUser,
	getDb,
	retryAfterSeconds,
	SESSION_COOKIE
} from '$lib/server';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { endSession, requireUser } from '$lib/instructor/server/auth.server';
import { formIssues, formObject } from '$lib/instructor/server/forms.server';
import type { Actions, PageServerLoad } from './$types';

// Each wrong "current password" counts: a session left open must not become a way to guess it.
const guesses = createRateLimiter({ limit: 5, windowMs: 15 * 60 * 1000 });

const passwordForm = z
	.object({ current: z.string(), next: z.string(), confirm: z.string() })
	.refine((f) => f.next === f.confirm, { path: ['confirm'], message: 'the two new passwords differ' });

const deleteForm = z.object({ username: z.string(), password: z.string() });

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	return { account: { username: user.username, createdAt: user.createdAt } };
};

function tooMany(userId: string) {
	const d = guesses.peek(userId);
	if (d.allowed) return null;
	const minutes = Math.ceil(retryAfterSeconds(d) / 60);
	return `too many wrong passwords; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export const actions: Actions = {
	password: async (event) => {
		const user = requireUser(event);
		const fd = formObject(await event.request.formData());
		const locked = tooMany(user.id);
		if (locked) return fail(429, { form: 'password' as const, message: locked, errors: [] });
		const parsed = passwordForm.safeParse(fd);
		if (!parsed.success) {
			return fail(400, { form: 'password' as const, message: null, errors: formIssues(parsed.error, fd) });
		}
		const r = await changePassword(getDb(), user.id, {
			current: parsed.data.current,
			next: parsed.data.next,
			keepSessionToken: event.cookies.get(SESSION_COOKIE)
		});
		if (!r.ok) {
			if (r.reason === 'forbidden') guesses.take(user.id);
			const errors =
				r.reason === 'forbidden'
					? [{ path: 'current', message: r.message }]
					: (r.issues ?? []).map((i) => ({ ...i, path: i.path === 'password' ? 'next' : i.path }));
			return fail(400, { form: 'password' as const, message: r.reason === 'not-found' ? r.message : null, errors });
		}
		return { form: 'password' as const, changed: true };
	},

	delete: async (event) => {
		const user = requireUser(event);
		const fd = formObject(await event.request.formData());
		const locked = tooMany(user.id);
		if (locked) return fail(429, { form: 'delete' as const, message: locked, errors: [] });
		const parsed = deleteForm.safeParse(fd);
		if (!parsed.success) {
			return fail(400, { form: 'delete' as const, message: null, errors: formIssues(parsed.error, fd) });
		}
		const errors = [];
		if (parsed.data.username.trim().toLowerCase() !== user.username) {
			errors.push({ path: 'confirm-username', message: `type your username, ${user.username}, to confirm` });
		}
		const same = await authenticate(getDb(), user.username, parsed.data.password);
		if (same?.id !== user.id) {
			guesses.take(user.id);
			errors.push({ path: 'confirm-password', message: 'the password is not correct' });
		}
		if (errors.length) return fail(400, { form: 'delete' as const, message: null, errors });
		await deleteUser(getDb(), user.id);
		await endSession(event.cookies);
		redirect(303, '/login?deleted');
	},

	logout: async ({ cookies }) => {
		await endSession(cookies);
		redirect(303, '/login');
	}
};
