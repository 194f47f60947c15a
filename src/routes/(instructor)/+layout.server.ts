import type { LayoutServerLoad } from './$types';

// Accounts, sets and authoring live in the database: nothing here can be prerendered, and the
// static build leaves these pages out.
export const prerender = false;

export const load: LayoutServerLoad = ({ locals }) => ({
	username: locals.user?.username ?? null
});
