import { getDb, getSet, HTTP_STATUS, ownedSetRow } from '$lib/server';
import { error } from '@sveltejs/kit';
import { EXPORT_FORMATS, exportSet, FORMAT_NAMES } from '$lib/instructor/interchange';
import { describeSetSize } from '$lib/instructor/set-quiz';
import { requireUser } from '$lib/instructor/server/auth.server';
import { packForOwner } from '$lib/instructor/server/library.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const owned = await ownedSetRow(db, user.id, event.params.id);
	if (!owned.ok) error(HTTP_STATUS[owned.reason], owned.message);
	const set = await getSet(db, event.params.id);
	if (!set) error(404, 'the set does not exist');
	const base = await packForOwner(db, user.id, set.packId);
	if (!base.ok) error(HTTP_STATUS[base.reason], base.message);
	// Each format is written once here for its report; the download writes it again, unchanged.
	const exports = EXPORT_FORMATS.map((format) => {
		const file = exportSet(set.body, base.value.pack, format);
		return {
			format,
			name: FORMAT_NAMES[format],
			fileName: file.fileName,
			questions: file.questions,
			report: file.report
		};
	});
	return {
		set: { id: set.id, title: set.title, size: describeSetSize(set.body), drawn: !!set.body.draw },
		exports
	};
};
