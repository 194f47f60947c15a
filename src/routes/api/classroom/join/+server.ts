import { json } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { jsonBody, refusalResponse, rejoinLink, setStudentCookie } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

/**
 * Joins a session: `{ code, name }`. No account: the answer carries the student's rejoin token,
 * which is also set as a cookie, and a link that carries on where the student is on any device.
 */
export const POST: RequestHandler = async ({ request, cookies, url, getClientAddress }) => {
	const body = await jsonBody(request);
	if (!body.ok) return refusalResponse(body);
	const joined = await classroom().join(getClientAddress(), body.value);
	if (!joined.ok) return refusalResponse(joined);
	const { token, studentId, session } = joined.value;
	setStudentCookie(cookies, url, token);
	return json(
		{ studentId, token, session, rejoinLink: rejoinLink(url.origin, session.code, token) },
		{ status: 201, headers: { 'cache-control': 'no-store' } }
	);
};
