import { getDb, getSet, HTTP_STATUS, ownedSetRow } from '$lib/server';
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/instructor/server/auth.server';
import { setForDownload } from '$lib/instructor/server/sets.server';
import { setFileName, setToYaml } from '$lib/instructor/set-yaml';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const owned = await ownedSetRow(db, user.id, event.params.id);
	if (!owned.ok) error(HTTP_STATUS[owned.reason], owned.message);
	const set = await getSet(db, event.params.id);
	if (!set) error(404, 'the set does not exist');
	const file = await setForDownload(db, set);
	return new Response(setToYaml(file), {
		headers: {
			'content-type': 'application/yaml; charset=utf-8',
			'content-disposition': `attachment; filename="${setFileName(file)}"`
		}
	});
};
