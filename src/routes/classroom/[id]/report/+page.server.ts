import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/instructor/server/auth.server';
import { classroom } from '$lib/server/classroom/app.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const report = await classroom().report(user.id, event.params.id);
	if (!report.ok) error(report.status, report.message);
	return report.value;
};
