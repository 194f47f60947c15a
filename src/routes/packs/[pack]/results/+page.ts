import { browser } from '$app/environment';
import { fetchPack } from '$lib/components/study/pack-data';
import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// The results are worked out in the browser, from the attempt this device saved and the pack's
// questions, fetched from its pack.json (preloaded by the page's head) rather than written into
// the page: a parsed JSON file costs the browser less than the same data as script.
export const load: PageLoad = async ({ data, fetch }) => {
	if (!browser) return { ...data, full: null };
	try {
		return { ...data, full: await fetchPack(data.pack.id, fetch) };
	} catch (e) {
		error(503, (e as Error).message);
	}
};
