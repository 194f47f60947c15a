import { deleteSet, getDb, HTTP_STATUS, ownedSetRow } from '$lib/server';
import type { SetFile } from '$lib/content/schema';
import { error, fail, redirect } from '@sveltejs/kit';
import { draftFromSetFile } from '$lib/instructor/set-draft';
import { requireUser } from '$lib/instructor/server/auth.server';
import { builderData, saveAction, stepAction } from '$lib/instructor/server/builder.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const owned = await ownedSetRow(getDb(), user.id, event.params.id);
	if (!owned.ok) error(HTTP_STATUS[owned.reason], owned.message);
	const body = JSON.parse(owned.value.body) as SetFile;
	const data = await builderData(user, owned.value.pack_id, draftFromSetFile(body), owned.value);
	return {
		...data,
		origin: event.url.origin,
		saved: event.url.searchParams.has('saved'),
		imported: event.url.searchParams.has('imported')
	};
};

export const actions: Actions = {
	step: async (event) => {
		requireUser(event);
		return stepAction(event.request);
	},
	save: async (event) => saveAction(requireUser(event), event.request, event.params.id),
	delete: async (event) => {
		const user = requireUser(event);
		const r = await deleteSet(getDb(), user.id, event.params.id);
		if (!r.ok) return fail(HTTP_STATUS[r.reason], { draft: null, errors: [{ path: '', message: r.message }] });
		redirect(303, '/sets');
	}
};
