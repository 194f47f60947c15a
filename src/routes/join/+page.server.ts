import { fail, redirect } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { setStudentCookie } from '$lib/server/classroom';
import type { Actions, PageServerLoad } from './$types';

// Joining is done against the server's sessions: never prerendered.
export const prerender = false;

export const load: PageServerLoad = ({ url }) => ({ code: url.searchParams.get('code') ?? '' });

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const code = String(form.get('code') ?? '');
		const name = String(form.get('name') ?? '');
		const joined = await classroom().join(getClientAddress(), { code, name });
		if (!joined.ok) return fail(joined.status, { code, name, error: joined.message, issues: joined.issues ?? [] });
		setStudentCookie(cookies, url, joined.value.token);
		redirect(303, `/join/${joined.value.session.code}`);
	}
};
