import { packSummaries } from '$lib/packs.server';
import type { PageServerLoad } from './$types';

// Prerendered: the figures are worked out in the browser from the history kept there.
export const prerender = true;

export const load: PageServerLoad = () => ({ packs: packSummaries().map(({ id, title }) => ({ id, title })) });
