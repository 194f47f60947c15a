import { classroom } from '$lib/server/classroom/app.server';
import { eventStream, refusalResponse, signedIn } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

/** The dashboard as Server-Sent Events: a "dashboard" event now and after every change. */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const user = signedIn(locals);
	if (user instanceof Response) return user;
	const service = classroom();
	// Refuse before the stream opens, so a wrong session gets its status code rather than an empty stream.
	const check = await service.session(user.id, params.id);
	if (!check.ok) return refusalResponse(check);
	return eventStream(request.signal, async (send) => {
		const watching = await service.watchDashboard(user.id, params.id, (d) => send('dashboard', d));
		return watching.ok ? watching.value : null;
	});
};
