import type { TrueFalseQuestion } from '../../content/types';
import type { TrueFalseResponse } from '../responses';
import { feedbackOf, scored, type ScoreResult } from './types';

export function scoreTrueFalse(q: TrueFalseQuestion, r: TrueFalseResponse | null): ScoreResult {
	if (!r) return scored(0, []);
	const correct = r.value === q.answer;
	return scored(correct ? 1 : 0, [{ id: 'value', correct }], feedbackOf(q.feedback?.[r.value ? 'true' : 'false']));
}
