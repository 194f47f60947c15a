import { browser } from '$app/environment';
import { packForPage } from '$lib/components/study/pack-data';
import type { PageLoad } from './$types';

// The results are worked out in the browser, from the attempt this device saved and the pack's
// questions, fetched from its pack.json (preloaded by the page's head) rather than written into
// the page: a parsed JSON file costs the browser less than the same data as script.
export const load: PageLoad = async ({ data, fetch }) => {
	if (!browser) return { ...data, full: null };
	return { ...data, full: await packForPage(data.pack.id, fetch) };
};
