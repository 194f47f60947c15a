import { json } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { refusalResponse, signedIn } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

/** Item analysis, distractors and passages over every student's attempt. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = signedIn(locals);
	if (user instanceof Response) return user;
	const report = await classroom().report(user.id, params.id);
	return report.ok ? json(report.value) : refusalResponse(report);
};
