import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../settings';
import { rightResponse, sampleQuestion, wrongResponse } from '../testing/sample';
import type { Response } from '../responses';
import { scoreQuestion } from '.';

describe('scoreQuestion', () => {
	it.each(QUESTION_TYPES.map((t, i) => [t, sampleQuestion(t, i)] as const))(
		'gives full marks to the key of a %s question and none to a wrong answer',
		(_, q) => {
			expect(scoreQuestion(q, rightResponse(q))).toMatchObject({ points: 1, max: 1, correct: true });
			expect(scoreQuestion(q, wrongResponse(q))).toMatchObject({ points: 0, max: 1, correct: false });
			expect(scoreQuestion(q, null)).toMatchObject({ points: 0, max: 1, correct: false });
		}
	);

	it('refuses a response of another type with a note instead of throwing', () => {
		const q = sampleQuestion('single-choice', 0);
		expect(scoreQuestion(q, { type: 'true-false', value: true })).toMatchInlineSnapshot(`
			{
			  "correct": false,
			  "feedback": [],
			  "max": 1,
			  "notes": [
			    "a response to a single-choice question has type "single-choice", not "true-false"",
			  ],
			  "parts": [],
			  "points": 0,
			}
		`);
	});

	it('refuses a malformed response with a note', () => {
		const q = sampleQuestion('multiple-response', 1);
		const bad = { type: 'multiple-response', optionIds: 'a' } as unknown as Response;
		expect(scoreQuestion(q, bad).notes).toEqual(['"optionIds" must be a list of strings']);
	});
});
