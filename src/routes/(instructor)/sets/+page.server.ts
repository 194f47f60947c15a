import { deletePack, deleteSet, getDb, getSet, HTTP_STATUS, listPacks, listSets } from '$lib/server';
import { fail, redirect } from '@sveltejs/kit';
import { describeSetSize } from '$lib/instructor/set-quiz';
import { importSetFile } from '$lib/instructor/server/import.server';
import { requireUser } from '$lib/instructor/server/auth.server';
import { packChoices } from '$lib/instructor/server/library.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const summaries = await listSets(db, user.id);
	const sets = await Promise.all(
		summaries.map(async (s) => {
			const full = await getSet(db, s.id);
			return { ...s, size: full ? describeSetSize(full.body) : '' };
		})
	);
	const library = (await packChoices(db, user.id)).filter((p) => !p.own);
	return { sets, packs: await listPacks(db, user.id), library, origin: event.url.origin };
};

export const actions: Actions = {
	import: async (event) => {
		const user = requireUser(event);
		const r = await importSetFile(getDb(), user.id, await event.request.formData());
		if (!r.ok) return fail(HTTP_STATUS[r.reason], { action: 'import' as const, message: r.message, lines: r.lines });
		redirect(303, `/sets/${r.set.id}?imported`);
	},

	delete: async (event) => {
		const user = requireUser(event);
		const id = (await event.request.formData()).get('id');
		const r = await deleteSet(getDb(), user.id, typeof id === 'string' ? id : '');
		if (!r.ok) return fail(HTTP_STATUS[r.reason], { action: 'delete' as const, message: r.message, lines: [] });
		return { action: 'delete' as const, deleted: true };
	},

	deletePack: async (event) => {
		const user = requireUser(event);
		const id = (await event.request.formData()).get('id');
		const r = await deletePack(getDb(), user.id, typeof id === 'string' ? id : '');
		if (!r.ok) return fail(HTTP_STATUS[r.reason], { action: 'deletePack' as const, message: r.message, lines: [] });
		return { action: 'deletePack' as const, deleted: true };
	}
};
