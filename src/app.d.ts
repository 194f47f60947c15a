// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	const __FOOTNOTE_STATIC__: boolean;
	namespace App {
		// interface Error {}
		interface Locals {
			user: import('$lib/server/repo/users').User | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
