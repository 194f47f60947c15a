/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Footnote offline: once a page has loaded, the app shell, every prerendered page (reader, results,
// study, progress), each pack's quiz page and each pack's pack.json are kept, so quizzes and study go on without
// a network. Built files never change under a name, so they are served from the cache first; pages
// and data may change with a new deploy, so the network comes first and the cache stands in when
// it cannot be reached. Each deploy has its own cache, and older ones are deleted once it takes over.
import { build, files, prerendered, version } from '$service-worker';

const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;

const CACHE = `footnote-${version}`;
const IMMUTABLE = new Set([...build, ...files]);
const PAGES = new Set(prerendered);
// A pack added after this worker was built still has its questions kept once fetched.
const PACK_DATA = /\/packs\/[^/]+\/pack\.json$/;
// The server draws a quiz page with its first question; any copy of it will do offline, where the
// browser sees that the question is another quiz's and works out its own.
const QUIZ_PAGE = /\/packs\/[^/]+\/quiz(\/__data\.json)?$/;
const QUIZ_PAGES = prerendered.filter((p) => PACK_DATA.test(p)).map((p) => p.replace(/pack\.json$/, 'quiz'));

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...IMMUTABLE]);
			// A page that fails to load now is kept the first time it is visited instead; the worker
			// still installs.
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
 * A page is kept under its path alone and any query is served by the same copy: prerendered content
 * does not depend on the query string, and a quiz page is checked in the browser against its own.
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

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const path = url.pathname;
	if (IMMUTABLE.has(path)) event.respondWith(cacheFirst(path, request));
	else if (PAGES.has(path) || PACK_DATA.test(path) || QUIZ_PAGE.test(path))
		event.respondWith(networkFirst(path, request));
	// Everything else (sign-in, classroom pages, the server's own data) needs the server: left alone.
});
