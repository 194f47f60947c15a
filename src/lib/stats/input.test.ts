import { describe, expect, it } from 'vitest';
import { checkItemAnalysisInput, itemAnalysis } from './analysis';
import type { ItemAnalysisInput } from './types';

describe('bad input to item analysis', () => {
	it('is refused with every problem at once, each with its path and what is wrong', () => {
		const input = {
			questions: [
				{ id: 'q1', maxMark: 1 },
				{ id: 'q1', maxMark: 2 },
				{ id: '', maxMark: 1 },
				{ id: 'q3', maxMark: -1 },
				{ id: 'q4', maxMark: 1, randomGuessScore: 1.5 },
				'q5'
			],
			attempts: [
				{ id: 'a1', marks: { q1: 2, 'no such': 1 } },
				{ id: 'a1', marks: { q1: Number.NaN } },
				{ id: 'a3', learner: 'ana', number: 1, marks: { q1: '1' } },
				{ id: 'a4', learner: 'ana', number: 1, marks: {} },
				{ id: 'a5', number: 0.5, marks: [] }
			],
			which: 'best'
		};
		const outcome = itemAnalysis(input as unknown as ItemAnalysisInput);
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.problems).toMatchInlineSnapshot(`
			[
			  {
			    "message": "question id "q1" is used twice (first at questions[0])",
			    "path": "questions[1].id",
			  },
			  {
			    "message": "a question needs an id (non-empty text), not """,
			    "path": "questions[2].id",
			  },
			  {
			    "message": "maximum mark must be a number of at least 0, not -1",
			    "path": "questions[3].maxMark",
			  },
			  {
			    "message": "random guess score is a fraction of the maximum mark from 0 to 1 (or null), not 1.5",
			    "path": "questions[4].randomGuessScore",
			  },
			  {
			    "message": "expected a question ({ id, maxMark }), not "q5"",
			    "path": "questions[5]",
			  },
			  {
			    "message": "attempt "a1" scored 2 on "q1", more than its maximum mark of 1",
			    "path": "attempts[0].marks.q1",
			  },
			  {
			    "message": "attempt "a1" has a mark for question "no such", which is not one of the set's questions",
			    "path": "attempts[0].marks["no such"]",
			  },
			  {
			    "message": "attempt id "a1" is used twice (first at attempts[0])",
			    "path": "attempts[1].id",
			  },
			  {
			    "message": "attempt "a1": the mark for "q1" must be a number, or null if unanswered, not NaN",
			    "path": "attempts[1].marks.q1",
			  },
			  {
			    "message": "attempt "a3": the mark for "q1" must be a number, or null if unanswered, not "1"",
			    "path": "attempts[2].marks.q1",
			  },
			  {
			    "message": "learner "ana" has two attempts numbered 1 (the other at attempts[2])",
			    "path": "attempts[3].number",
			  },
			  {
			    "message": "attempt number must be a whole number from 1, not 0.5",
			    "path": "attempts[4].number",
			  },
			  {
			    "message": "attempt "a5" needs marks ({ questionId: mark }), not a list",
			    "path": "attempts[4].marks",
			  },
			  {
			    "message": "which attempts count is "all" or "first", not "best"",
			    "path": "which",
			  },
			]
		`);
	});

	it.each<[string, unknown]>([
		['nothing', undefined],
		['a list', []],
		['text', 'marks.csv'],
		['no attempts list', { questions: [] }],
		['no questions list', { attempts: [] }]
	])('names the problem when given %s', (_, input) => {
		const problems = checkItemAnalysisInput(input);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.message.length > 0)).toBe(true);
	});

	it('accepts a mark a rounding error above the maximum, and negative marks from negative marking', () => {
		const input = {
			questions: [{ id: 'q1', maxMark: 1 }],
			attempts: [
				{ id: 'a1', marks: { q1: 1.0000000000000002 } },
				{ id: 'a2', marks: { q1: -0.25 } }
			]
		};
		expect(checkItemAnalysisInput(input)).toEqual([]);
	});

	it('accepts a question id that is also a name on every object', () => {
		const input = { questions: [{ id: 'constructor', maxMark: 1 }], attempts: [{ id: 'a1', marks: {} }] };
		const outcome = itemAnalysis(input);
		expect(outcome.ok && outcome.value.items[0].attemptCount).toBe(0);
	});

	it('stops listing after a hundred problems and says how many more there are', () => {
		const attempts = Array.from({ length: 150 }, (_, i) => ({ id: `a${i}`, marks: { q1: 5 } }));
		const problems = checkItemAnalysisInput({ questions: [{ id: 'q1', maxMark: 1 }], attempts });
		expect(problems).toHaveLength(101);
		expect(problems[100]).toEqual({ path: '', message: 'and 50 more problems like these' });
	});
});
