import { json } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { jsonBody, refusalResponse, studentToken } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

const NO_STORE = { 'cache-control': 'no-store' };

/** The student's own state: their machine's view, no more than they may see now. */
export const GET: RequestHandler = async ({ cookies }) => {
	const state = await classroom().studentState(studentToken(cookies));
	return state.ok ? json(state.value, { headers: NO_STORE }) : refusalResponse(state);
};

/** One event for the student's machine, `{ key, event }`; the key makes a retried request count once. */
export const POST: RequestHandler = async ({ cookies, request }) => {
	const body = await jsonBody(request);
	if (!body.ok) return refusalResponse(body);
	const state = await classroom().send(studentToken(cookies), body.value);
	return state.ok ? json(state.value, { headers: NO_STORE }) : refusalResponse(state);
};
