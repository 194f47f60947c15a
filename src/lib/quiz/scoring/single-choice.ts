import type { SingleChoiceQuestion } from '../../content/types';
import type { SingleChoiceResponse } from '../responses';
import { feedbackOf, scored, unknownNote, type ScoreResult } from './types';

/** The chosen option is right or not; its feedback applies either way. */
export function scoreSingleChoice(q: SingleChoiceQuestion, r: SingleChoiceResponse | null): ScoreResult {
	if (!r || r.optionId === '') return scored(0, []);
	const chosen = q.options.find((o) => o.id === r.optionId);
	if (!chosen) return scored(0, [], [], unknownNote('option', [r.optionId]));
	return scored(chosen.correct ? 1 : 0, [{ id: chosen.id, correct: chosen.correct }], feedbackOf(chosen.feedback));
}
