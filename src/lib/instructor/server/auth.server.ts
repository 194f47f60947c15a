// Who is asking: pages that need an account send a visitor to the login page and back again; the
// session cookie is set and cleared only here.
import { safeReturnPath } from '$lib/return-path';
import { createSession, getDb, invalidateSession, SESSION_COOKIE, sessionCookieOptions, type User } from '$lib/server';
import { redirect, type Cookies } from '@sveltejs/kit';

export const HOME = '/sets';

/** Where to go after logging in: a path on this site, never the login pages themselves. */
export function safeNext(next: string | null | undefined): string {
	const path = safeReturnPath(next ?? null);
	// Control characters and backslashes have no place in a path we wrote; browsers read some of them loosely.
	if (!path || path.includes('\\') || [...path].some((c) => c.charCodeAt(0) < 32)) return HOME;
	if (/^\/(login|logout|setup)(\/|\?|$)/.test(path)) return HOME;
	return path;
}

export const loginPath = (url: URL) => `/login?next=${encodeURIComponent(url.pathname + url.search)}`;

/** The signed-in instructor, or a redirect to the login page that comes back here. */
export function requireUser(event: { locals: App.Locals; url: URL }): User {
	if (!event.locals.user) redirect(303, loginPath(event.url));
	return event.locals.user;
}

export async function startSession(cookies: Cookies, url: URL, user: User): Promise<void> {
	// A token set before logging in (perhaps planted) must not carry over into the new session.
	const old = cookies.get(SESSION_COOKIE);
	if (old) await invalidateSession(getDb(), old);
	const session = await createSession(getDb(), user.id);
	cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(url, session.expiresAt));
}

export async function endSession(cookies: Cookies): Promise<void> {
	const token = cookies.get(SESSION_COOKIE);
	if (token) await invalidateSession(getDb(), token);
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
