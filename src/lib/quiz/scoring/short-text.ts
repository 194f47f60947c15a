import { normalise, parseNumber } from '../../content/text';
import type { ShortTextQuestion } from '../../content/types';
import type { ShortTextResponse } from '../responses';
import { feedbackOf, scored, type ScoreResult } from './types';

/**
 * Whether two texts say the same to a reader: equal once case, accents, punctuation and spacing are
 * set aside, or the same number however written ("six" and "6").
 */
export function sameText(typed: string, expected: string): boolean {
	const a = normalise(typed);
	if (a === '') return false;
	if (a === normalise(expected)) return true;
	const n = parseNumber(typed);
	return n !== undefined && n === parseNumber(expected);
}

export function scoreShortText(q: ShortTextQuestion, r: ShortTextResponse | null): ScoreResult {
	if (!r || r.text.trim() === '') return scored(0, []);
	const correct = q.accepted.some((a) => sameText(r.text, a));
	const wrong = correct ? undefined : q.wrongAnswers.find((w) => sameText(r.text, w.text));
	return scored(correct ? 1 : 0, [{ id: 'value', correct }], feedbackOf(wrong?.feedback));
}
