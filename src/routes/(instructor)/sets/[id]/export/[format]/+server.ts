import { getDb, getSet, HTTP_STATUS, ownedSetRow } from '$lib/server';
import { error } from '@sveltejs/kit';
import { exportFormatSchema, exportResponse, exportSet } from '$lib/instructor/interchange';
import { requireUser } from '$lib/instructor/server/auth.server';
import { packForOwner } from '$lib/instructor/server/library.server';
import type { RequestHandler } from './$types';

export const prerender = false;

/** The set as a GIFT file or a QTI 2.1 package, downloaded from the export page. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const owned = await ownedSetRow(db, user.id, event.params.id);
	if (!owned.ok) error(HTTP_STATUS[owned.reason], owned.message);
	const format = exportFormatSchema.safeParse(event.params.format);
	if (!format.success) error(404, `there is no export as "${event.params.format}": use gift or qti`);
	const set = await getSet(db, event.params.id);
	if (!set) error(404, 'the set does not exist');
	const base = await packForOwner(db, user.id, set.packId);
	if (!base.ok) error(HTTP_STATUS[base.reason], base.message);
	return exportResponse(exportSet(set.body, base.value.pack, format.data));
};
