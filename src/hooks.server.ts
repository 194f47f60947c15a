import { building } from '$app/environment';
import { packs } from '$lib/packs.server';
import { getDb, initDb, SESSION_COOKIE, sessionCookieOptions, validateSession } from '$lib/server';
import type { Handle, ServerInit } from '@sveltejs/kit';

// At start: the packs are validated (a broken bank stops the server with the validator's lines) and
// the database is created and migrated. A build only prerenders, so it opens no database.
export const init: ServerInit = async () => {
	packs();
	if (!building) await initDb();
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	if (!building) {
		const token = event.cookies.get(SESSION_COOKIE);
		if (token) {
			const session = await validateSession(getDb(), token);
			if (session) {
				event.locals.user = session.user;
				if (session.renewed) {
					event.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(event.url, new Date(session.expiresAt)));
				}
			} else {
				event.cookies.delete(SESSION_COOKIE, { path: '/' });
			}
		}
	}
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	return response;
};
