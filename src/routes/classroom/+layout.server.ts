import type { LayoutServerLoad } from './$types';

// Sessions live in the database and change by the second: nothing here is prerendered.
export const prerender = false;

export const load: LayoutServerLoad = ({ locals }) => ({ username: locals.user?.username ?? null });
