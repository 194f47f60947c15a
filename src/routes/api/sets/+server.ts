import { getDb, listSets } from '$lib/server';
import { json } from '@sveltejs/kit';
import { apiUser, readJson, refuse, setResource } from '$lib/instructor/server/api.server';
import { createCheckedSet } from '$lib/instructor/server/sets.server';
import type { RequestHandler } from './$types';

export const prerender = false;

/** The signed-in instructor's sets, most recently changed first. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = apiUser(locals);
	if (user instanceof Response) return user;
	const sets = await listSets(getDb(), user.id);
	return json({ sets: sets.map((s) => setResource(s, url.origin)) });
};

/** Creates a set from a set file as JSON. */
export const POST: RequestHandler = async ({ locals, request, url }) => {
	const user = apiUser(locals);
	if (user instanceof Response) return user;
	const body = await readJson(request);
	if (!body.ok) return refuse(body);
	const created = await createCheckedSet(getDb(), user.id, body.value);
	if (!created.ok) return refuse(created);
	const resource = setResource(created.value, url.origin);
	return json(
		{ ...resource, set: created.value.body },
		{ status: 201, headers: { location: `/api/sets/${created.value.id}` } }
	);
};
