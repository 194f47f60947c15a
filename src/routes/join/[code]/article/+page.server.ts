import { error } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { studentToken } from '$lib/server/classroom';
import type { PageServerLoad } from './$types';

export const prerender = false;

/** The article the session's questions cite, for the students of that session. */
export const load: PageServerLoad = async ({ params, cookies }) => {
	const found = await classroom().studentPack(studentToken(cookies));
	if (!found.ok || found.value.code !== params.code.toUpperCase()) error(404, 'Join the session to read its article.');
	return { code: found.value.code, title: found.value.title, pack: found.value.pack, passages: found.value.passages };
};
