import { getDb, getSet, ownedSetRow } from '$lib/server';
import { json } from '@sveltejs/kit';
import { apiUser, refuse } from '$lib/instructor/server/api.server';
import { exportFormatSchema, exportResponse, exportSet } from '$lib/instructor/interchange';
import { packForOwner } from '$lib/instructor/server/library.server';
import type { RequestHandler } from './$types';

export const prerender = false;

/**
 * The set as GIFT (`?format=gift`) or a QTI 2.1 package (`?format=qti`), as `footnote export --set`
 * writes it; with `&report`, what the format cannot carry, as JSON, instead of the file.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const user = apiUser(locals);
	if (user instanceof Response) return user;
	const db = getDb();
	const owned = await ownedSetRow(db, user.id, params.id);
	if (!owned.ok) return refuse(owned);
	const format = exportFormatSchema.safeParse(url.searchParams.get('format') ?? undefined);
	if (!format.success) {
		const message = `name the format with ?format=gift or ?format=qti (got "${url.searchParams.get('format') ?? 'none'}")`;
		return json({ error: message, errors: [{ path: 'format', message }] }, { status: 400 });
	}
	const set = await getSet(db, params.id);
	if (!set) return json({ error: 'the set does not exist', errors: [] }, { status: 404 });
	const base = await packForOwner(db, user.id, set.packId);
	if (!base.ok) return refuse(base);
	const file = exportSet(set.body, base.value.pack, format.data);
	if (url.searchParams.has('report')) {
		return json({ format: file.format, fileName: file.fileName, questions: file.questions, report: file.report });
	}
	return exportResponse(file);
};
