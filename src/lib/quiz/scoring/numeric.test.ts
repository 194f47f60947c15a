import { describe, expect, it } from 'vitest';
import type { NumericQuestion } from '../../content/types';
import { scoreNumeric } from './numeric';

const q = (answer: number, tolerance = 0): NumericQuestion => ({
	id: 'days',
	type: 'numeric',
	topic: 'timeline',
	difficulty: 1,
	prompt: 'How many days?',
	explanation: 'Six.',
	tags: [],
	sources: [],
	version: 'v1',
	answer,
	tolerance,
	unit: 'days',
	wrongAnswers: [{ value: 5, feedback: 'April 17 to 23 is six days.' }]
});

const score = (value: string, question = q(6)) => scoreNumeric(question, { type: 'numeric', value });

describe('scoreNumeric: right within the tolerance', () => {
	it.each([
		['6', 6, 0, 1],
		[' 6 ', 6, 0, 1],
		['six', 6, 0, 1],
		['6 days', 6, 0, 1],
		['6.0', 6, 0, 1],
		['7', 6, 0, 0],
		['7', 6, 1, 1],
		['4.9', 6, 1, 0],
		['0.3', 0.1 + 0.2, 0, 1],
		['1,500', 1500, 0, 1],
		['-2', -2, 0, 1]
	])('scores %j against %d ± %d as %d', (typed, answer, tolerance, points) => {
		expect(score(typed, q(answer, tolerance)).points).toBe(points);
	});

	it('gives the feedback of a listed wrong answer', () => {
		expect(score('5').feedback).toEqual(['April 17 to 23 is six days.']);
		expect(score('4').feedback).toEqual([]);
	});

	it('scores text that is not a number as 0 and says how to write one', () => {
		expect(score('about a week')).toMatchInlineSnapshot(`
			{
			  "correct": false,
			  "feedback": [],
			  "max": 1,
			  "notes": [
			    "could not read "about a week" as a number; write digits such as 6 or 1,500, or a number in words",
			  ],
			  "parts": [
			    {
			      "correct": false,
			      "id": "value",
			    },
			  ],
			  "points": 0,
			}
		`);
	});

	it('scores an empty answer as 0 without a note', () => {
		expect(score('  ')).toMatchObject({ points: 0, parts: [], notes: [] });
	});
});
