import { browser } from '$app/environment';
import { loadInput } from '$lib/components/questions/inputs.svelte';
import { previewView } from '$lib/quiz/preview';
import { newSeed } from '$lib/quiz/random';
import { settingsFromParams, settingsToParams } from '$lib/quiz/settings';
import { readSaved } from '$lib/quiz/stored';
import { cleanParams, savedAttemptKey } from '$lib/quiz-links';
import type { Pack } from '$lib/content/types';
import type { PageLoad } from './$types';

// In the browser the quiz is worked out here, before the page hydrates, so that the input the first
// question needs is already on its way while it does. (Prerendering has no query string to read.)
export const load: PageLoad = ({ data, url }) => ({ ...data, start: browser ? prepare(data.pack, url) : null });

function prepare(pack: Pack, url: URL) {
	const link = settingsFromParams(cleanParams(new URLSearchParams(url.search)));
	const seed = link.seed ?? newSeed();
	const params = settingsToParams({ pack: null, seed, settings: link.settings });
	params.set('seed', seed);
	const key = savedAttemptKey(pack.id, seed);
	const saved = readSaved(window.localStorage, key);
	const preview = saved ? null : previewView(pack, link.settings, seed);
	const first = preview?.question?.question.type;
	const inputReady = first ? loadInput(first) : Promise.resolve();
	return { pack, link, seed, key, saved, preview, inputReady, url: `${url.pathname}?${params}` };
}
