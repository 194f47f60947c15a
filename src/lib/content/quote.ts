import { plainPunctuation } from './text';

/**
 * Where a quote stands in a passage: exactly, or else ignoring the difference between curly and
 * straight quotes and dashes (a link typed by hand may carry either). Null when it is not there.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
	const q = quote.trim();
	if (!q) return null;
	let start = text.indexOf(q);
	if (start < 0) start = plainPunctuation(text).indexOf(plainPunctuation(q));
	return start < 0 ? null : { start, end: start + q.length };
}
