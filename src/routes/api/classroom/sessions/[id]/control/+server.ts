import { json } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { jsonBody, refusalResponse, signedIn } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

/**
 * The instructor's controls: `{ action }` with close-joining, open-joining, end, release,
 * open-round (optional `index`), close-round, or remove-student (with `studentId`).
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const user = signedIn(locals);
	if (user instanceof Response) return user;
	const body = await jsonBody(request);
	if (!body.ok) return refusalResponse(body);
	const done = await classroom().control(user.id, params.id, body.value);
	return done.ok ? json(done.value) : refusalResponse(done);
};
