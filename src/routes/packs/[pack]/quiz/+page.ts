import { browser } from '$app/environment';
import { loadInput } from '$lib/components/questions/inputs.svelte';
import { packForPage } from '$lib/components/study/pack-data';
import { changedControls } from '$lib/components/questions/early-input';
import { beforeScripts, previewView } from '$lib/quiz/preview';
import { newSeed } from '$lib/quiz/random';
import { settingsFromParams, settingsToParams } from '$lib/quiz/settings';
import { deviceStorage, readSaved } from '$lib/quiz/stored';
import type { QuizView } from '$lib/quiz/view';
import type { Pack } from '$lib/content/types';
import { cleanParams, savedAttemptKey } from '$lib/quiz-links';
import type { PageLoad } from './$types';

// In the browser the quiz is worked out here, before the page hydrates: the pack arrives from its
// pack.json (the page preloads it), and the input the first question needs loads meanwhile.
export const load: PageLoad = async ({ data, url, fetch }) => {
	if (!browser) return { ...data, start: null };
	const pack = await packForPage(data.pack.id, fetch);
	return { ...data, start: await prepare(pack, url, data.first) };
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

let loaded = false;
/** Whether this load is the one before the page drawn by the server hydrates, not a later navigation. */
function hydrating(url: URL): boolean {
	if (loaded) return false;
	loaded = true;
	const entry = performance.getEntriesByType('navigation')[0];
	return !!entry && new URL(entry.name).pathname === url.pathname;
}

async function prepare(pack: Pack, url: URL, first: { seed: string; view: QuizView } | null) {
	const fresh = hydrating(url);
	// The pack was parsed in this task; the quiz is worked out in the next.
	if (fresh) await nextTask();
	const link = settingsFromParams(cleanParams(new URLSearchParams(url.search)));
	const seed = link.seed ?? newSeed();
	const params = settingsToParams({ pack: null, seed, settings: link.settings });
	params.set('seed', seed);
	const key = savedAttemptKey(pack.id, seed);
	const { storage, kept } = deviceStorage();
	const saved = readSaved(storage, key);
	const preview = saved ? null : previewView(pack, link.settings, seed);
	const type = preview?.question?.question.type;
	const inputReady = type ? loadInput(type) : Promise.resolve();
	// The page as the server drew it is kept only if it shows exactly the question this attempt
	// starts with (a saved attempt resumes elsewhere; a page kept offline may be another quiz's).
	const rendered = !!first && !!preview && JSON.stringify(first.view) === JSON.stringify(beforeScripts(preview));
	if (rendered) await inputReady;
	// Hydration follows in a task of its own: the page answers input in between.
	if (fresh) await nextTask();
	// Read last, just before hydration sets the controls to the view's answer: what the learner did
	// while the scripts loaded.
	const early = rendered && fresh ? changedControls(document.getElementById('main')) : [];
	return {
		pack,
		link,
		seed,
		key,
		storage,
		kept,
		saved,
		preview,
		rendered,
		early,
		inputReady,
		url: `${url.pathname}?${params}`
	};
}
