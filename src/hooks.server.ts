import { building } from '$app/environment';
import { packs } from '$lib/packs.server';
import { getDb, initDb, SECURITY_HEADERS, SESSION_COOKIE, sessionCookieOptions, validateSession } from '$lib/server';
import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import { ANSWERS_ROUTE_KEY, answersRoute } from '$lib/server/classroom/answers-route';
import { classroom } from '$lib/server/classroom/app.server';
import { compressed } from '$lib/server/compress';
import { markIfSaved, startAfterFirstPaint } from '$lib/server/first-paint';
import { settingsFromParams } from '$lib/quiz/settings';
import { cleanParams, savedAttemptKey } from '$lib/quiz-links';

// At start: the packs are validated (a broken bank stops the server with the validator's lines), the
// database is created and migrated, and students' answers get their route. A build only prerenders,
// so it opens no database.
export const init: ServerInit = async () => {
	packs();
	if (building) return;
	await initDb();
	// The node server offers every request to this route before SvelteKit (scripts/answers-first.js).
	(globalThis as Record<symbol, unknown>)[Symbol.for(ANSWERS_ROUTE_KEY)] = answersRoute(classroom);
};

// The quiz page arrives with its first question, answerable once painted: its scripts wait for that
// paint, and a saved attempt keeps it hidden (src/lib/server/first-paint.ts). Prerendered for the
// static build, it has no question in it.
const paintsFirst = (event: RequestEvent) => !building && event.route.id === '/packs/[pack]/quiz';

function quizPage(html: string, event: RequestEvent): string {
	const { seed } = settingsFromParams(cleanParams(new URLSearchParams(event.url.search)));
	const page = startAfterFirstPaint(html);
	return seed && event.params.pack ? markIfSaved(page, savedAttemptKey(event.params.pack, seed)) : page;
}

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
	const first = paintsFirst(event);
	const response = await resolve(event, {
		preload: ({ type }) => (type === 'js' ? !first : type === 'css'),
		transformPageChunk: first ? ({ html }) => quizPage(html, event) : undefined
	});
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	// Prerendered pages are written to files, which the adapter compresses itself.
	return building ? response : compressed(event.request, response);
};
