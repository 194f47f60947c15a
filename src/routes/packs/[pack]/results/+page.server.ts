import { packEntries, packOr404 } from '$lib/packs.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerendered: which attempt to show lives in the query string, read in the browser, where the
// attempt was saved.
export const prerender = true;

export const entries: EntryGenerator = packEntries;

export const load: PageServerLoad = ({ params }) => ({ pack: packOr404(params.pack) });
