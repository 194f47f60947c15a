// One entry point for scoring any question: dispatches on the question's type and refuses, with a
// note rather than an exception, a response of another type.
import type { Question } from '../../content/types';
import { responseProblem, type Response } from '../responses';
import { scoreCloze } from './cloze';
import { scoreMatching } from './matching';
import { scoreMultipleResponse } from './multiple-response';
import { scoreNumeric } from './numeric';
import { scoreOrdering } from './ordering';
import { scoreShortText } from './short-text';
import { scoreSingleChoice } from './single-choice';
import { scoreTrueFalse } from './true-false';
import { scored, type ScoreResult } from './types';

export type { PartResult, ScoreResult } from './types';

export function scoreQuestion(q: Question, response: Response | null): ScoreResult {
	if (response !== null) {
		const problem = responseProblem(response, q.type);
		if (problem) return scored(0, [], [], [problem]);
	}
	switch (q.type) {
		case 'single-choice':
			return scoreSingleChoice(q, response as Extract<Response, { type: 'single-choice' }> | null);
		case 'multiple-response':
			return scoreMultipleResponse(q, response as Extract<Response, { type: 'multiple-response' }> | null);
		case 'true-false':
			return scoreTrueFalse(q, response as Extract<Response, { type: 'true-false' }> | null);
		case 'ordering':
			return scoreOrdering(q, response as Extract<Response, { type: 'ordering' }> | null);
		case 'matching':
			return scoreMatching(q, response as Extract<Response, { type: 'matching' }> | null);
		case 'numeric':
			return scoreNumeric(q, response as Extract<Response, { type: 'numeric' }> | null);
		case 'short-text':
			return scoreShortText(q, response as Extract<Response, { type: 'short-text' }> | null);
		case 'cloze':
			return scoreCloze(q, response as Extract<Response, { type: 'cloze' }> | null);
	}
}
