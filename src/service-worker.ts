/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Footnote offline: once a page has loaded, the app shell, every prerendered page (reader, results,
// study, progress), each pack's quiz page as drawn without a query, and each pack's pack.json are
// kept, so quizzes and study go on without a network. Built files never change under a name, so
// they are served from the cache first; pages and data may change with a new deploy, so the network
// comes first and the cache stands in when it cannot be reached. Each deploy has its own cache, and
// older ones are deleted once it takes over.
import { build, files, prerendered, version } from '$service-worker';

const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;

const CACHE = `footnote-${version}`;
const IMMUTABLE = new Set([...build, ...files]);
const PAGES = new Set(prerendered);
// A pack added after this worker was built still has its questions kept once fetched.
const PACK_DATA = /\/packs\/[^/]+\/pack\.json$/;
// The server draws a quiz page with the first question its address asks for. Offline, every quiz is
// served the page (and its data) as drawn without a query, which leaves the question to the
// browser; a page drawn for one quiz is not kept to stand in for another.
const QUIZ_PAGE = /\/packs\/[^/]+\/quiz(\/__data\.json)?$/;
const QUIZ_PAGES = prerendered
	.filter((p) => PACK_DATA.test(p))
	.flatMap((p) => [p.replace(/pack\.json$/, 'quiz'), p.replace(/pack\.json$/, 'quiz/__data.json')]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...IMMUTABLE]);
			// A page that fails to load now is kept the first time it is visited instead (a quiz page,
			// at the next install); the worker still installs.
			await Promise.all([...prerendered, ...QUIZ_PAGES].map((path) => cache.add(path).catch(() => undefined)));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE && key.startsWith('footnote-')) await caches.delete(key);
			}
			// Pages opened before the worker was active are served by it from now on.
			await sw.clients.claim();
		})()
	);
});

async function cacheFirst(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(path);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(path, response.clone());
	return response;
}

/**
 * Prerendered content does not depend on the query string (a quiz's settings and seed are read in
 * the browser), so it is kept under its path alone and any query is served by the same copy.
 */
async function networkFirst(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(path, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(path);
		if (cached) return cached;
		throw error;
	}
}

/** The network's answer, or the copy kept at install when the network cannot be reached. */
async function networkOr(path: string, request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const kept = await (await caches.open(CACHE)).match(path);
		if (kept) return kept;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const path = url.pathname;
	if (IMMUTABLE.has(path)) event.respondWith(cacheFirst(path, request));
	else if (PAGES.has(path) || PACK_DATA.test(path)) event.respondWith(networkFirst(path, request));
	else if (QUIZ_PAGE.test(path)) event.respondWith(networkOr(path, request));
	// Everything else (sign-in, classroom pages, the server's own data) needs the server: left alone.
});
