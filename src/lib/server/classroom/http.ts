// The classroom endpoints' side of HTTP: one JSON shape for every refusal, `{ error, errors }` (and
// the student's state when there is one to show), JSON bodies read with a clear message when they
// are not JSON, and the student's rejoin token from its cookie.
import { json, type Cookies } from '@sveltejs/kit';
import type { User } from '../repo/users';
import type { Refusal } from './outcome';

export const STUDENT_COOKIE = 'footnote_student';
/** A class lasts hours, results are read days later: the rejoin cookie keeps a month. */
const STUDENT_COOKIE_DAYS = 30;

/** A refusal's body: `{ error, errors }`, and the student's state when there is one to show. */
export const refusalBody = (r: Refusal) => ({
	error: r.message,
	errors: r.issues ?? [],
	...(r.state ? { state: r.state } : {})
});

/** A refusal's headers: when to try again, if it says. */
export const refusalHeaders = (r: Refusal): Record<string, string> =>
	r.retryAfterSeconds ? { 'retry-after': String(r.retryAfterSeconds) } : {};

export function refusalResponse(r: Refusal): Response {
	return json(refusalBody(r), { status: r.status, headers: refusalHeaders(r) });
}

export function signedIn(locals: App.Locals): User | Response {
	return (
		locals.user ??
		json(
			{ error: 'sign in first: this API is authenticated by the session cookie of /login', errors: [] },
			{ status: 401 }
		)
	);
}

/** What a JSON body's content-type looks like, and the largest body the classroom reads. */
export const JSON_TYPE = /^application\/(.+\+)?json\b/i;
export const MAX_BODY_BYTES = 100_000;

export const bodyTooLarge = (): Refusal => ({ ok: false, status: 400, message: 'the body is too large' });

/** A body's text as JSON, or the refusal that says why it is not. */
export function parseBody(text: string): { ok: true; value: unknown } | Refusal {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (e) {
		return { ok: false, status: 400, message: `the body is not JSON: ${(e as Error).message}` };
	}
}

/** The body as JSON, or the refusal that says why it is not. */
export async function jsonBody(request: Request): Promise<{ ok: true; value: unknown } | Refusal> {
	const type = request.headers.get('content-type') ?? '';
	if (!JSON_TYPE.test(type)) {
		return {
			ok: false,
			status: 400,
			message: `send JSON with "content-type: application/json" (got "${type || 'none'}")`
		};
	}
	const text = await request.text();
	if (Buffer.byteLength(text) > MAX_BODY_BYTES) return bodyTooLarge();
	return parseBody(text);
}

export const studentToken = (cookies: Cookies): string | undefined => cookies.get(STUDENT_COOKIE);

export function setStudentCookie(cookies: Cookies, url: URL, token: string) {
	cookies.set(STUDENT_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: STUDENT_COOKIE_DAYS * 24 * 60 * 60
	});
}

export const rejoinLink = (origin: string, code: string, token: string) =>
	`${origin}/join/${code}?rejoin=${encodeURIComponent(token)}`;

export const joinLink = (origin: string, code: string) => `${origin}/join/${code}`;
