import { packEntries, packOr404 } from '$lib/packs.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = packEntries;

export const load: PageServerLoad = ({ params }) => {
	const pack = packOr404(params.pack);
	return {
		pack: { id: pack.id, title: pack.title, source: pack.source, language: pack.language },
		passages: pack.passages
	};
};
