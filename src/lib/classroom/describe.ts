// A response written out as a person reads it: the option texts chosen, the order given, the pairs
// matched, the words typed. The dashboard groups answers by it and the CSV export prints it.
import { textId } from '../content/hash';
import type { Question } from '../content/types';
import type { Response } from '../quiz/responses';

export function describeResponse(q: Question, r: Response | null): string {
	if (!r || r.type !== q.type) return '';
	switch (r.type) {
		case 'single-choice':
		case 'multiple-response': {
			const options = 'options' in q ? q.options : [];
			const ids = r.type === 'single-choice' ? [r.optionId] : r.optionIds;
			return ids.map((id) => options.find((o) => o.id === id)?.text ?? id).join('; ');
		}
		case 'true-false':
			return r.value ? 'True' : 'False';
		case 'ordering': {
			const items = q.type === 'ordering' ? q.items : [];
			return r.itemIds.map((id) => items.find((i) => i.id === id)?.text ?? id).join(' → ');
		}
		case 'matching': {
			if (q.type !== 'matching') return '';
			const rights = new Map([...q.pairs.map((p) => p.right), ...q.distractors].map((t) => [textId(t), t]));
			return q.pairs
				.filter((p) => r.matches[p.id])
				.map((p) => `${p.left} → ${rights.get(r.matches[p.id]) ?? r.matches[p.id]}`)
				.join('; ');
		}
		case 'numeric':
			return r.value.trim();
		case 'short-text':
			return r.text.trim();
		case 'cloze': {
			const blanks = q.type === 'cloze' ? q.blanks : [];
			return blanks.map((b) => r.blanks[b.id]?.trim() || '…').join(' | ');
		}
	}
}

/** The value answers are grouped by: typed text is compared as the scorers compare it, ignoring case and spacing. */
export function groupKey(q: Question, r: Response | null): string {
	const text = describeResponse(q, r);
	return q.type === 'short-text' || q.type === 'cloze' ? text.toLowerCase().replace(/\s+/g, ' ') : text;
}
