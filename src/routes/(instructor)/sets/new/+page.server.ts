import { getDb } from '$lib/server';
import { error } from '@sveltejs/kit';
import { emptySetDraft } from '$lib/instructor/set-draft';
import { requireUser } from '$lib/instructor/server/auth.server';
import { builderData, saveAction, stepAction } from '$lib/instructor/server/builder.server';
import { packChoices } from '$lib/instructor/server/library.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const choices = await packChoices(getDb(), user.id);
	const packId = event.url.searchParams.get('pack') ?? choices[0]?.id;
	if (!packId) error(404, 'There is no pack to build a set on.');
	return builderData(user, packId, emptySetDraft(packId), null);
};

export const actions: Actions = {
	step: async (event) => {
		requireUser(event);
		return stepAction(event.request);
	},
	save: async (event) => saveAction(requireUser(event), event.request, null)
};
