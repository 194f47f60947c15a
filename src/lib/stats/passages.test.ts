import { describe, expect, it } from 'vitest';
import type { Question } from '../content/types';
import { citingQuestions, passageResults, type CitingQuestion } from './passages';
import type { StatsAttempt } from './types';

const questions: CitingQuestion[] = [
	{ id: 'q1', maxMark: 1, passages: ['envoy'] },
	{ id: 'q2', maxMark: 2, passages: ['envoy', 'precedent'] },
	{ id: 'q3', maxMark: 1, passages: ['precedent', 'precedent'] },
	{ id: 'q4', maxMark: 1, passages: [] }
];
const attempts: StatsAttempt[] = [
	{ id: 'a1', marks: { q1: 1, q2: 0, q3: 1, q4: 0 } },
	{ id: 'a2', marks: { q1: 0, q2: 2, q3: null, q4: 1 } },
	{ id: 'a3', marks: { q1: 1, q2: 1, q4: 1 } }
];

function run(q: CitingQuestion[], a: StatsAttempt[]) {
	const outcome = passageResults(q, a);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	return outcome.value;
}

describe('results per passage', () => {
	const report = run(questions, attempts);

	it('adds up, for each cited passage, the marks its questions offered and lost, most lost first (then the larger share lost)', () => {
		expect(report.passages).toEqual([
			{
				passageId: 'precedent',
				questionIds: ['q2', 'q3'],
				answerCount: 5,
				marksAvailable: 8,
				marksEarned: 4,
				marksLost: 4,
				shareRight: 0.5,
				shareLost: 0.5,
				shareOfAllLost: 4 / 6
			},
			{
				passageId: 'envoy',
				questionIds: ['q1', 'q2'],
				answerCount: 6,
				marksAvailable: 9,
				marksEarned: 5,
				marksLost: 4,
				shareRight: 5 / 9,
				shareLost: 4 / 9,
				shareOfAllLost: 4 / 6
			}
		]);
	});

	it('counts marks lost over the whole session once per question, uncited questions included', () => {
		expect(report.marksLost).toBe(6);
		expect(report.uncitedQuestionIds).toEqual(['q4']);
	});

	it('breaks a tie in marks lost by the share lost, so the passage read worse comes first', () => {
		const tie = run(
			[
				{ id: 'x', maxMark: 4, passages: ['long'] },
				{ id: 'y', maxMark: 1, passages: ['short'] }
			],
			[{ id: 'a1', marks: { x: 3, y: 0 } }]
		);
		expect(tie.passages.map((p) => [p.passageId, p.marksLost, p.shareLost])).toEqual([
			['short', 1, 1],
			['long', 1, 0.25]
		]);
	});

	it('has no shares of lost marks when nothing was lost, and no share right when nothing was offered', () => {
		const none = run([{ id: 'x', maxMark: 1, passages: ['p'] }], [{ id: 'a1', marks: { x: 1 } }]);
		expect(none.passages[0]).toMatchObject({ shareRight: 1, shareLost: 0, shareOfAllLost: null });
		const unseen = run([{ id: 'x', maxMark: 1, passages: ['p'] }], [{ id: 'a1', marks: {} }]);
		expect(unseen.passages[0]).toMatchObject({ answerCount: 0, marksAvailable: 0, shareRight: null, shareLost: null });
	});

	it("keeps only each learner's first attempt when asked", () => {
		const first = passageResults(
			[{ id: 'x', maxMark: 1, passages: ['p'] }],
			[
				{ id: 'a1', learner: 'ana', number: 1, marks: { x: 0 } },
				{ id: 'a2', learner: 'ana', number: 2, marks: { x: 1 } }
			],
			{ which: 'first' }
		);
		expect(first.ok && [first.value.passages[0].shareRight, first.value.skippedAttemptCount]).toEqual([0, 1]);
	});

	it('reports questions without passage lists and marks for unknown questions', () => {
		const outcome = passageResults(
			[{ id: 'x', maxMark: 1 } as CitingQuestion, { id: 'y', maxMark: 1, passages: [''] }],
			[{ id: 'a1', marks: { z: 1 } }]
		);
		expect(!outcome.ok && outcome.problems).toMatchInlineSnapshot(`
			[
			  {
			    "message": "expected a list of the passage ids the question cites (empty for none)",
			    "path": "questions[0].passages",
			  },
			  {
			    "message": "a passage id is non-empty text, not """,
			    "path": "questions[1].passages[0]",
			  },
			  {
			    "message": "attempt "a1" has a mark for question "z", which is not one of the set's questions",
			    "path": "attempts[0].marks.z",
			  },
			]
		`);
	});

	it("takes a pack's questions with the passages their sources cite", () => {
		const q: Question = {
			id: 'tf',
			type: 'true-false',
			answer: true,
			topic: 't',
			difficulty: 1,
			prompt: 'p',
			explanation: 'e',
			tags: [],
			version: 'v',
			sources: [
				{ passage: 'envoy', quote: 'met with' },
				{ passage: 'precedent', quote: 'delisted' }
			]
		};
		expect(citingQuestions([q])).toEqual([{ id: 'tf', maxMark: 1, passages: ['envoy', 'precedent'] }]);
		expect(citingQuestions([q], () => 2)[0].maxMark).toBe(2);
	});
});
