// The headers every response of the app carries, set by hooks.server.ts and by the routes served
// ahead of SvelteKit (src/lib/server/classroom/answers-route.ts).
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin'
};
