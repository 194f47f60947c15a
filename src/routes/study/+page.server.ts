import { packSummaries } from '$lib/packs.server';
import type { PageServerLoad } from './$types';

// Prerendered: the history lives in the browser (IndexedDB) and the questions come from each pack's
// prerendered pack.json, so the page works from the static build and offline.
export const prerender = true;

export const load: PageServerLoad = () => ({ packs: packSummaries().map(({ id, title }) => ({ id, title })) });
