// Addresses the learner's pages share: where an attempt is saved, and the reader link for a citation.
import type { Citation } from '$lib/content/types';

/** One saved attempt per pack and seed: the same link resumes, a new quiz starts afresh. */
export const savedAttemptKey = (packId: string, seed: string) => `footnote:attempt:${packId}:${seed}`;

/** The reader at the cited passage, with the quote highlighted and a way back to `from`. */
export function readerHref(packId: string, c: Citation, from: string): string {
	const params = new URLSearchParams({ quote: c.quote });
	if (from) params.set('from', from);
	return `/packs/${encodeURIComponent(packId)}/article?${params}#${encodeURIComponent(c.passage)}`;
}

/** A form sends its empty fields too ("topics="): they mean "no filter", not a wrong value. */
export function cleanParams(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams();
	for (const [k, v] of params) if (v !== '') out.append(k, v);
	// Several checkboxes with one name arrive as repeated keys; the link format lists them with commas.
	for (const k of new Set(out.keys())) {
		const all = out.getAll(k);
		if (all.length > 1) out.set(k, all.join(','));
	}
	return out;
}
