import type { ClozeQuestion } from '../../content/types';
import type { ClozeResponse } from '../responses';
import { sameText } from './short-text';
import { feedbackOf, scored, unknownNote, type ScoreResult } from './types';

/** Each blank is a part, compared as short text is; a blank's feedback applies when it was filled wrongly. */
export function scoreCloze(q: ClozeQuestion, r: ClozeResponse | null): ScoreResult {
	const filled = r?.blanks ?? {};
	const blankIds = new Set(q.blanks.map((b) => b.id));
	const unknown = Object.keys(filled).filter((id) => !blankIds.has(id));
	const answered = q.blanks.filter((b) => (filled[b.id] ?? '').trim() !== '');
	if (answered.length === 0) return scored(0, [], [], unknownNote('blanks', unknown));
	const parts = q.blanks.map((b) => ({ id: b.id, correct: b.accepted.some((a) => sameText(filled[b.id] ?? '', a)) }));
	const right = parts.filter((p) => p.correct).length;
	return scored(
		right / q.blanks.length,
		parts,
		feedbackOf(...q.blanks.filter((b, i) => answered.includes(b) && !parts[i].correct).map((b) => b.feedback)),
		unknownNote('blanks', unknown)
	);
}
