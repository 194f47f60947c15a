import { getDb, HTTP_STATUS } from '$lib/server';
import { json } from '@sveltejs/kit';
import { apiUser, setResource } from '$lib/instructor/server/api.server';
import { importSetFile, importSetText, type ImportResult } from '$lib/instructor/server/import.server';
import type { RequestHandler } from './$types';

export const prerender = false;

/**
 * Creates a set from a set file in YAML: the body itself (content-type application/yaml, text/yaml
 * or text/plain), or a multipart form with a `file` field.
 */
export const POST: RequestHandler = async ({ locals, request, url }) => {
	const user = apiUser(locals);
	if (user instanceof Response) return user;
	const type = request.headers.get('content-type') ?? '';
	const db = getDb();
	let result: ImportResult;
	if (/^multipart\/form-data/i.test(type)) result = await importSetFile(db, user.id, await request.formData());
	else if (/^(application|text)\/(x-)?yaml|^text\/plain/i.test(type)) {
		const name = url.searchParams.get('name') ?? 'upload.yaml';
		result = await importSetText(db, user.id, name.replace(/[^\w.-]/g, '_'), await request.text());
	} else {
		const message = `send the set file as YAML ("content-type: application/yaml") or as a form upload (got "${type || 'none'}")`;
		return json({ error: message, errors: [{ path: '', message }], lines: [] }, { status: 400 });
	}
	if (!result.ok) {
		return json(
			{ error: result.message, errors: result.issues, lines: result.lines },
			{ status: HTTP_STATUS[result.reason] }
		);
	}
	return json(
		{ ...setResource(result.set, url.origin), set: result.set.body },
		{ status: 201, headers: { location: `/api/sets/${result.set.id}` } }
	);
};
