// What a learner may see once a question is settled (checked in practice, or the attempt submitted):
// the key written as a response, so the page can show it with the same component as the learner's
// own answer, plus the explanation and the citations it rests on.
import { textId } from '../content/hash';
import type { Citation, Question } from '../content/types';
import type { Response } from './responses';

export interface Key {
	/** The right answer in the shape of a response. */
	key: Response;
	/** Every accepted text, by "value" (short text) or blank id (cloze). */
	accepted: Record<string, string[]> | null;
	/** Numeric: how far from the key an answer may be and still be right. */
	tolerance: number | null;
	unit: string | null;
}

export function keyOf(q: Question): Key {
	const plain = { accepted: null, tolerance: null, unit: null };
	switch (q.type) {
		case 'single-choice':
			return { ...plain, key: { type: q.type, optionId: q.options.find((o) => o.correct)?.id ?? '' } };
		case 'multiple-response':
			return { ...plain, key: { type: q.type, optionIds: q.options.filter((o) => o.correct).map((o) => o.id) } };
		case 'true-false':
			return { ...plain, key: { type: q.type, value: q.answer } };
		case 'ordering':
			return { ...plain, key: { type: q.type, itemIds: q.items.map((i) => i.id) } };
		case 'matching':
			return {
				...plain,
				key: { type: q.type, matches: Object.fromEntries(q.pairs.map((p) => [p.id, textId(p.right)])) }
			};
		case 'numeric':
			return { ...plain, key: { type: q.type, value: String(q.answer) }, tolerance: q.tolerance, unit: q.unit ?? null };
		case 'short-text':
			return { ...plain, key: { type: q.type, text: q.accepted[0] }, accepted: { value: q.accepted } };
		case 'cloze':
			return {
				...plain,
				key: { type: q.type, blanks: Object.fromEntries(q.blanks.map((b) => [b.id, b.accepted[0]])) },
				accepted: Object.fromEntries(q.blanks.map((b) => [b.id, b.accepted]))
			};
	}
}

export interface Explanation {
	explanation: string;
	citations: Citation[];
	/** The content version answered, for history and statistics. */
	version: string;
}

export const explanationOf = (q: Question): Explanation => ({
	explanation: q.explanation,
	citations: q.sources,
	version: q.version
});
