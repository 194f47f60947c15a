import { fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/instructor/server/auth.server';
import { classroom } from '$lib/server/classroom/app.server';
import { getDb, listSets } from '$lib/server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const sets = await listSets(getDb(), user.id);
	return { sets: sets.map((s) => ({ id: s.id, title: s.title })), chosen: event.url.searchParams.get('set') };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const setId = String(form.get('set') ?? '');
		const pace = String(form.get('pace') ?? 'self');
		const started = await classroom().startSession(user.id, { setId, pace });
		if (!started.ok) return fail(started.status, { setId, pace, error: started.message });
		redirect(303, `/classroom/${started.value.id}`);
	}
};
