import { json } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { joinLink, jsonBody, refusalResponse, signedIn } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

/** The signed-in instructor's sessions, newest first. */
export const GET: RequestHandler = async ({ locals }) => {
	const user = signedIn(locals);
	if (user instanceof Response) return user;
	return json({ sessions: await classroom().listSessions(user.id) });
};

/** Starts a session from one of the instructor's sets: `{ setId, pace: "self" | "instructor" }`. */
export const POST: RequestHandler = async ({ locals, request, url }) => {
	const user = signedIn(locals);
	if (user instanceof Response) return user;
	const body = await jsonBody(request);
	if (!body.ok) return refusalResponse(body);
	const started = await classroom().startSession(user.id, body.value);
	if (!started.ok) return refusalResponse(started);
	const session = started.value;
	return json(
		{ ...session, joinLink: joinLink(url.origin, session.code) },
		{ status: 201, headers: { location: `/api/classroom/sessions/${session.id}` } }
	);
};
