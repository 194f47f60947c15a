import { requireUser } from '$lib/instructor/server/auth.server';
import { classroom } from '$lib/server/classroom/app.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { sessions: await classroom().listSessions(user.id) };
};
