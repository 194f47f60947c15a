// The pack as the study and progress pages use it in the browser: fetched from its prerendered
// pack.json (which the service worker keeps for offline use), so these pages need no server.
import { resolve } from '$app/paths';
import type { Pack } from '$lib/content/types';
import { error } from '@sveltejs/kit';

export interface PackChoice {
	id: string;
	title: string;
}

/** The pack asked for in the address (`?pack=`), else the first; null when there is none. */
export function chosenPack(packs: readonly PackChoice[], asked: string | null): PackChoice | null {
	return packs.find((p) => p.id === asked) ?? packs[0] ?? null;
}

export async function fetchPack(id: string, fetcher: typeof fetch = fetch): Promise<Pack> {
	const where = resolve('/packs/[pack]/pack.json', { pack: id });
	let response: Response;
	try {
		response = await fetcher(where);
	} catch {
		throw new Error(`The questions of this pack could not be loaded (${where}): the network is unreachable.`);
	}
	if (!response.ok) {
		throw new Error(
			`The questions of this pack could not be loaded (${where}): the server answered ${response.status}.`
		);
	}
	const pack = (await response.json()) as Pack;
	if (!pack || !Array.isArray(pack.questions) || !Array.isArray(pack.passages)) {
		throw new Error(`The questions of this pack could not be loaded (${where}): the file is not a pack.`);
	}
	return pack;
}

/** The pack for a page's load: one that cannot be loaded makes the page a 503 that says why. */
export async function packForPage(id: string, fetcher: typeof fetch): Promise<Pack> {
	try {
		return await fetchPack(id, fetcher);
	} catch (e) {
		error(503, (e as Error).message);
	}
}
