// The JSON API's answers: one shape for every refusal, `{ error, errors: [{ path, message }] }`,
// with the status its reason calls for.
import { HTTP_STATUS, invalid, ok, type Failure, type Result, type SetSummary, type User } from '$lib/server';
import { json } from '@sveltejs/kit';

export function refuse(failure: Failure): Response {
	return json({ error: failure.message, errors: failure.issues ?? [] }, { status: HTTP_STATUS[failure.reason] });
}

export const unauthorised = () =>
	json(
		{ error: 'sign in first: this API is authenticated by the session cookie of /login', errors: [] },
		{ status: 401 }
	);

export function apiUser(locals: App.Locals): User | Response {
	return locals.user ?? unauthorised();
}

/** The request body as JSON, or a refusal that says why it is not. */
export async function readJson(request: Request): Promise<Result<unknown, 'invalid'>> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/(.+\+)?json\b/i.test(type)) {
		return invalid('the request', [
			{ path: '', message: `send the set as JSON with "content-type: application/json" (got "${type || 'none'}")` }
		]);
	}
	const text = await request.text();
	try {
		return ok(JSON.parse(text) as unknown);
	} catch (e) {
		return invalid('the request', [{ path: '', message: `the body is not JSON: ${(e as Error).message}` }]);
	}
}

export interface SetResource {
	id: string;
	code: string;
	title: string;
	pack: string;
	/** The share link: anyone may take the set there, without an account. */
	link: string;
	createdAt: string;
	updatedAt: string;
}

export function setResource(set: SetSummary, origin: string): SetResource {
	return {
		id: set.id,
		code: set.code,
		title: set.title,
		pack: set.packId,
		link: `${origin}/s/${set.code}`,
		createdAt: set.createdAt,
		updatedAt: set.updatedAt
	};
}
