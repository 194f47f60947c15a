import { deleteSet, getDb, getSet, ownedSetRow } from '$lib/server';
import { json } from '@sveltejs/kit';
import { apiUser, readJson, refuse, setResource } from '$lib/instructor/server/api.server';
import { setForDownload, updateCheckedSet } from '$lib/instructor/server/sets.server';
import { setFileName, setToYaml } from '$lib/instructor/set-yaml';
import type { RequestHandler } from './$types';

export const prerender = false;

// "/api/sets/<id>.yaml" is the same set as a file, like "?format=yaml".
const target = (param: string) => {
	const yaml = param.endsWith('.yaml');
	return { id: yaml ? param.slice(0, -'.yaml'.length) : param, yaml };
};

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const user = apiUser(locals);
	if (user instanceof Response) return user;
	const { id, yaml } = target(params.id);
	const db = getDb();
	const owned = await ownedSetRow(db, user.id, id);
	if (!owned.ok) return refuse(owned);
	const set = (await getSet(db, id))!;
	if (yaml || url.searchParams.get('format') === 'yaml') {
		const file = await setForDownload(db, set);
		return new Response(setToYaml(file), {
			headers: {
				'content-type': 'application/yaml; charset=utf-8',
				'content-disposition': `attachment; filename="${setFileName(file)}"`
			}
		});
	}
	return json({ ...setResource(set, url.origin), set: set.body });
};

/** Replaces the set with the set file in the body; its id and share link stay. */
export const PUT: RequestHandler = async ({ locals, params, request, url }) => {
	const user = apiUser(locals);
	if (user instanceof Response) return user;
	const { id } = target(params.id);
	const owned = await ownedSetRow(getDb(), user.id, id);
	if (!owned.ok) return refuse(owned);
	const body = await readJson(request);
	if (!body.ok) return refuse(body);
	const updated = await updateCheckedSet(getDb(), user.id, id, body.value);
	if (!updated.ok) return refuse(updated);
	return json({ ...setResource(updated.value, url.origin), set: updated.value.body });
};

export const DELETE: RequestHandler = async ({ locals, params }) => {
	const user = apiUser(locals);
	if (user instanceof Response) return user;
	const deleted = await deleteSet(getDb(), user.id, target(params.id).id);
	if (!deleted.ok) return refuse(deleted);
	return new Response(null, { status: 204 });
};
