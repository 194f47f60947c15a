import { packEntries, packOr404 } from '$lib/packs.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerendered: the settings and the seed live in the query string, read in the browser, where
// self-assessment runs the quiz machine with the pack's keys.
export const prerender = true;

export const entries: EntryGenerator = packEntries;

export const load: PageServerLoad = ({ params }) => ({ pack: packOr404(params.pack) });
