import { json } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { refusalResponse, signedIn } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

/** The dashboard as it is now: students, per question and per passage figures. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = signedIn(locals);
	if (user instanceof Response) return user;
	const board = await classroom().dashboard(user.id, params.id);
	return board.ok ? json(board.value) : refusalResponse(board);
};
