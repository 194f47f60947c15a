import { building } from '$app/environment';
import { loadInput } from '$lib/components/questions/inputs.svelte';
import { packEntries, packOr404 } from '$lib/packs.server';
import { beforeScripts, previewView } from '$lib/quiz/preview';
import { settingsFromParams } from '$lib/quiz/settings';
import { cleanParams } from '$lib/quiz-links';
import type { EntryGenerator, PageServerLoad } from './$types';

// The server puts the first question of the quiz its address asks for (settings and seed) into the
// page, so it can be answered before any script has run. The static build has no server: there the
// page is prerendered without a query, and the browser works the quiz out.
export const prerender = process.env.FOOTNOTE_STATIC === '1';

export const entries: EntryGenerator = packEntries;

export const load: PageServerLoad = async ({ params, url }) => {
	const pack = packOr404(params.pack);
	const meta = { id: pack.id, title: pack.title };
	if (building) return { pack: meta, first: null };
	const link = settingsFromParams(cleanParams(new URLSearchParams(url.search)));
	// A quiz opened without a seed gets one in the browser, which writes it into the address: a copy
	// of this page kept offline must not hand every such quiz the same one.
	if (!link.seed) return { pack: meta, first: null };
	const view = beforeScripts(previewView(pack, link.settings, link.seed));
	if (view.question) await loadInput(view.question.question.type);
	return { pack: meta, first: { seed: link.seed, view, problems: link.problems } };
};
