import { textId } from '../../content/hash';
import type { MatchingQuestion } from '../../content/types';
import type { MatchingResponse } from '../responses';
import { feedbackOf, scored, unknownNote, type ScoreResult } from './types';

/**
 * Each pair is a part, right when its right-hand id is that of the pair's own right text; points
 * are the share of pairs right. A pair's feedback applies when it was matched wrongly.
 */
export function scoreMatching(q: MatchingQuestion, r: MatchingResponse | null): ScoreResult {
	const matches = r?.matches ?? {};
	const pairIds = new Set(q.pairs.map((p) => p.id));
	const unknown = Object.keys(matches).filter((id) => !pairIds.has(id));
	const answered = q.pairs.filter((p) => (matches[p.id] ?? '') !== '');
	if (answered.length === 0) return scored(0, [], [], unknownNote('pairs', unknown));
	const parts = q.pairs.map((p) => ({ id: p.id, correct: matches[p.id] === textId(p.right) }));
	const right = parts.filter((p) => p.correct).length;
	return scored(
		right / q.pairs.length,
		parts,
		feedbackOf(...answered.filter((p) => matches[p.id] !== textId(p.right)).map((p) => p.feedback)),
		unknownNote('pairs', unknown)
	);
}
