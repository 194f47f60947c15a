// QTI 2.1 has no shared stimulus, so each item carries the passages its question cites, with the
// cited words marked: `<span class="footnote-quote"><em>…</em></span>`.
import { findQuote } from '../../content/quote';
import type { Citation, Passage } from '../../content/types';
import type { Reporter } from '../report';
import { xmlText } from './xml';

export function citedPassages(
	sources: readonly Citation[],
	passages: ReadonlyMap<string, Passage>,
	report: Reporter,
	questionId: string
): string {
	const order: string[] = [];
	const ranges = new Map<string, { start: number; end: number }[]>();
	for (const s of sources) {
		const passage = passages.get(s.passage);
		if (!passage) {
			report.warn(
				`cites passage "${s.passage}", which is not among the passages given: its item shows no passage for it`,
				{
					questionId
				}
			);
			continue;
		}
		if (!ranges.has(passage.id)) {
			ranges.set(passage.id, []);
			order.push(passage.id);
		}
		const at = findQuote(passage.text, s.quote);
		if (at) ranges.get(passage.id)?.push(at);
		else
			report.warn(`the quote is not in passage "${passage.id}": the passage is shown without the quote marked`, {
				questionId
			});
	}
	if (order.length === 0) return '';
	const blocks = order.map((id) => {
		const passage = passages.get(id) as Passage;
		const section = passage.section ? `<p class="footnote-section">${xmlText(passage.section)}</p>` : '';
		return `<blockquote class="footnote-passage">${section}<p>${marked(passage.text, ranges.get(id) ?? [])}</p></blockquote>`;
	});
	return `<div class="footnote-passages">${blocks.join('')}</div>`;
}

/** The text with each range marked; overlapping ranges are merged first. */
function marked(text: string, ranges: { start: number; end: number }[]): string {
	const merged: { start: number; end: number }[] = [];
	for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
		const last = merged[merged.length - 1];
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else merged.push({ ...r });
	}
	let out = '';
	let at = 0;
	for (const r of merged) {
		out += xmlText(text.slice(at, r.start));
		out += `<span class="footnote-quote"><em>${xmlText(text.slice(r.start, r.end))}</em></span>`;
		at = r.end;
	}
	return out + xmlText(text.slice(at));
}
