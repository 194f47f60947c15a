import { classroom } from '$lib/server/classroom/app.server';
import { eventStream, refusalResponse, studentToken } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

/** A "changed" event whenever the session moves on (a question opens or closes, the session ends, results come). */
export const GET: RequestHandler = async ({ cookies, request }) => {
	const service = classroom();
	const token = studentToken(cookies);
	const state = await service.studentState(token);
	if (!state.ok) return refusalResponse(state);
	return eventStream(request.signal, async (send) => {
		const watching = await service.watchStudent(token, () => send('changed', {}));
		return watching.ok ? watching.value : null;
	});
};
