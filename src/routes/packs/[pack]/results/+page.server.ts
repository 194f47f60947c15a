import { packEntries, packOr404 } from '$lib/packs.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerendered: which attempt to show lives in the query string, read in the browser, where the
// attempt was saved. The pack's questions come from its pack.json, which the page preloads.
export const prerender = true;

export const entries: EntryGenerator = packEntries;

export const load: PageServerLoad = ({ params }) => {
	const pack = packOr404(params.pack);
	return { pack: { id: pack.id, title: pack.title } };
};
