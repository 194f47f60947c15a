// The quote picker's rules: a citation is the article's exact words, so the picker accepts only
// text found verbatim in the passage, and otherwise says what the article has instead, in the
// validator's own words.
import { quoteMiss } from '../content/check';
import type { Passage } from '../content/types';

/** Why `quote` cannot be cited from `passage`, or null when it can. */
export function quoteProblem(quote: string, passage: Passage, passages: ReadonlyMap<string, Passage>): string | null {
	const q = quote.trim();
	if (!q) return 'select or type the words to cite';
	if (passage.text.includes(q)) return null;
	return quoteMiss(q, passage, passages);
}

/**
 * What a selection in the page gives as a quote: the words as the DOM has them, with the line
 * breaks and runs of spaces that selecting across an element can add made single spaces again,
 * when that is how the passage has them.
 */
export function quoteFromSelection(selected: string, passage: Passage): string {
	const trimmed = selected.trim();
	if (passage.text.includes(trimmed)) return trimmed;
	const single = trimmed.replace(/\s+/g, ' ');
	return passage.text.includes(single) ? single : trimmed;
}

/** The passage's sentences, each exactly as it stands, for picking a whole sentence by keyboard. */
export function sentencesOf(text: string): string[] {
	const out: string[] = [];
	const boundary = /[.!?…]["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])/gu;
	let start = 0;
	for (const m of text.matchAll(boundary)) {
		const end = (m.index ?? 0) + m[0].trimEnd().length;
		out.push(text.slice(start, end).trim());
		start = (m.index ?? 0) + m[0].length;
	}
	const rest = text.slice(start).trim();
	if (rest) out.push(rest);
	return out.filter(Boolean);
}
