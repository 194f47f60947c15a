import { describe, expect, it } from 'vitest';
import type { SingleChoiceQuestion } from '../../content/types';
import { scoreSingleChoice } from './single-choice';

const q: SingleChoiceQuestion = {
	id: 'ruling-date',
	type: 'single-choice',
	topic: 'timeline',
	difficulty: 1,
	prompt: 'When?',
	explanation: 'April 17.',
	tags: [],
	sources: [],
	version: 'v1',
	options: [
		{ id: 'a', text: 'April 17', correct: true },
		{ id: 'b', text: 'April 23', correct: false, feedback: 'That is the upgrade.' },
		{ id: 'c', text: 'March', correct: false }
	]
};

describe('scoreSingleChoice', () => {
	it.each([
		['the right option', 'a', 1, [{ id: 'a', correct: true }], []],
		['a wrong option with feedback', 'b', 0, [{ id: 'b', correct: false }], ['That is the upgrade.']],
		['a wrong option without feedback', 'c', 0, [{ id: 'c', correct: false }], []],
		['an empty choice', '', 0, [], []]
	])('scores %s', (_, optionId, points, parts, feedback) => {
		const r = scoreSingleChoice(q, { type: 'single-choice', optionId });
		expect(r).toMatchObject({ points, max: 1, correct: points === 1, parts, feedback, notes: [] });
	});

	it('scores no response as 0 with nothing to say', () => {
		expect(scoreSingleChoice(q, null)).toEqual({
			points: 0,
			max: 1,
			correct: false,
			parts: [],
			feedback: [],
			notes: []
		});
	});

	it('scores an option id the question does not have as 0 and names it', () => {
		expect(scoreSingleChoice(q, { type: 'single-choice', optionId: 'zz' })).toMatchInlineSnapshot(`
			{
			  "correct": false,
			  "feedback": [],
			  "max": 1,
			  "notes": [
			    "ignored option not in this question: "zz"",
			  ],
			  "parts": [],
			  "points": 0,
			}
		`);
	});
});
