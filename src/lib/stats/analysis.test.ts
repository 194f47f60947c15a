import { describe, expect, it } from 'vitest';
import { itemAnalysis } from './analysis';
import type { ItemAnalysis, ItemAnalysisInput, StatsAttempt } from './types';

function run(input: ItemAnalysisInput): ItemAnalysis {
	const outcome = itemAnalysis(input);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	return outcome.value;
}

const ones = (ids: string[]) => ids.map((id) => ({ id, maxMark: 1 }));

/** Attempts from rows of marks, one column per question id. */
function attempts(ids: string[], rows: (number | null)[][]): StatsAttempt[] {
	return rows.map((row, i) => ({ id: `a${i + 1}`, marks: Object.fromEntries(ids.map((id, j) => [id, row[j]])) }));
}

function nonFinite(value: unknown, at = ''): string[] {
	if (typeof value === 'number') return Number.isFinite(value) ? [] : [at];
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${at}.${k}`));
}

describe('item analysis of degenerate sessions', () => {
	const degenerate: [string, ItemAnalysisInput][] = [
		['no attempts', { questions: ones(['q1', 'q2']), attempts: [] }],
		['one attempt', { questions: ones(['q1', 'q2']), attempts: attempts(['q1', 'q2'], [[1, 0]]) }],
		[
			'two attempts',
			{
				questions: ones(['q1', 'q2']),
				attempts: attempts(
					['q1', 'q2'],
					[
						[1, 0],
						[0, 1]
					]
				)
			}
		],
		[
			'identical attempts',
			{
				questions: ones(['q1', 'q2']),
				attempts: attempts(
					['q1', 'q2'],
					[
						[1, 0],
						[1, 0],
						[1, 0]
					]
				)
			}
		],
		['one question', { questions: ones(['q1']), attempts: attempts(['q1'], [[1], [0], [1]]) }],
		['no questions', { questions: [], attempts: [{ id: 'a1', marks: {} }] }],
		['questions worth nothing', { questions: [{ id: 'q1', maxMark: 0 }], attempts: attempts(['q1'], [[0], [0]]) }],
		[
			'every answer blank',
			{
				questions: ones(['q1', 'q2']),
				attempts: attempts(
					['q1', 'q2'],
					[
						[null, null],
						[null, null]
					]
				)
			}
		]
	];

	it.each(degenerate)('gives no NaN or infinite figure with %s', (_, input) => {
		expect(nonFinite(run(input))).toEqual([]);
	});

	it('with no attempts, says so for every figure', () => {
		const a = run({ questions: ones(['q1']), attempts: [] });
		expect(a.attemptCount).toBe(0);
		expect(a.items[0].facility).toBeNull();
		expect(a.items[0].missing.facility).toBe('no attempt was given this question');
		expect(a.set.mean).toBeNull();
		expect(a.set.missing.mean).toBe('there are no attempts');
		expect(a.flags).toEqual([]);
	});

	it('with one attempt, gives facility but no spread, and says two attempts are needed', () => {
		const a = run({ questions: ones(['q1', 'q2']), attempts: attempts(['q1', 'q2'], [[1, 0]]) });
		expect(a.items.map((i) => i.facility)).toEqual([1, 0]);
		expect(a.items[0].sd).toBeNull();
		expect(a.items[0].missing.sd).toBe('needs at least two attempts at the question; there is one');
		expect(a.items[0].missing.effectiveWeight).toBe('needs at least two attempts at the question; there is one');
		expect(a.set.mean).toBe(1);
		expect(a.set.missing.sd).toBe('needs at least two attempts; there is one');
		expect(a.flags.map((f) => f.code)).toEqual(['few-attempts']);
	});

	it('with two attempts, has a spread but no alpha, as Moodle needs three', () => {
		const a = run({
			questions: ones(['q1', 'q2']),
			attempts: attempts(
				['q1', 'q2'],
				[
					[1, 1],
					[0, 1]
				]
			)
		});
		expect(a.set.sd).toBeCloseTo(Math.SQRT1_2, 12);
		expect(a.alpha).toBeNull();
		expect(a.set.missing.alpha).toBe('needs at least three attempts; there are two');
		expect(a.set.missing.errorRatio).toBe('there is no alpha: needs at least three attempts; there are two');
		expect(a.set.missing.kurtosis).toBe('needs at least four attempts; there are two');
	});

	it('leaves the indices of a question everyone scored the same on empty, with the reason', () => {
		const a = run({
			questions: ones(['q1', 'q2']),
			attempts: attempts(
				['q1', 'q2'],
				[
					[0.5, 1],
					[0.5, 0],
					[0.5, 1]
				]
			)
		});
		const [q1] = a.items;
		expect(q1.sd).toBe(0);
		expect(q1.discriminationIndex).toBeNull();
		expect(q1.missing.discriminationIndex).toBe('every attempt scored the same on this question');
		expect(q1.discriminativeEfficiency).toBeNull();
		expect(q1.flags.map((f) => f.code)).toEqual(['no-spread']);
	});

	it('treats fractions that sum unevenly as the same mark, not as a tiny spread', () => {
		// 0.1 + 0.1 + 0.1 is not 0.3 in floating point; the spread of three equal marks must still be zero.
		const a = run({
			questions: ones(['q1', 'q2']),
			attempts: attempts(
				['q1', 'q2'],
				[
					[0.1, 1],
					[0.1, 0],
					[0.1, 1]
				]
			)
		});
		expect(a.items[0].markVariance).toBe(0);
		expect(a.items[0].discriminationIndex).toBeNull();
	});

	it('has skewness but no kurtosis with three attempts, as Moodle needs four', () => {
		const a = run({
			questions: ones(['q1', 'q2']),
			attempts: attempts(
				['q1', 'q2'],
				[
					[1, 1],
					[0, 1],
					[0, 0]
				]
			)
		});
		expect(a.set.skewness).toBeTypeOf('number');
		expect(a.set.kurtosis).toBeNull();
		expect(a.set.missing.kurtosis).toBe('needs at least four attempts; there are three');
	});

	it('has no alpha when every attempt has the same total', () => {
		const a = run({
			questions: ones(['q1', 'q2']),
			attempts: attempts(
				['q1', 'q2'],
				[
					[1, 0],
					[0, 1],
					[1, 0]
				]
			)
		});
		expect(a.alpha).toBeNull();
		expect(a.set.missing.alpha).toBe('every attempt has the same total');
	});

	it('has no alpha and no rest to compare with when the set has one question', () => {
		const a = run({ questions: ones(['q1']), attempts: attempts(['q1'], [[1], [0], [1]]) });
		expect(a.set.missing.alpha).toBe('needs at least two questions; the set has one');
		expect(a.items[0].missing.discriminationIndex).toBe('there are no other questions to compare it with');
	});

	it('has no facility for a question worth no marks', () => {
		const a = run({
			questions: [{ id: 'q1', maxMark: 0 }, ...ones(['q2'])],
			attempts: attempts(['q1', 'q2'], [[0, 1]])
		});
		expect(a.items[0].facility).toBeNull();
		expect(a.items[0].missing.facility).toBe('the question is worth no marks');
		expect(a.items[0].intendedWeight).toBe(0);
	});

	it('counts an unanswered question as 0 and says how many were left blank', () => {
		const a = run({
			questions: ones(['q1', 'q2']),
			attempts: attempts(
				['q1', 'q2'],
				[
					[null, 1],
					[1, 1]
				]
			)
		});
		expect(a.items[0]).toMatchObject({ attemptCount: 2, unansweredCount: 1, meanMark: 0.5, facility: 0.5 });
		expect(a.set.mean).toBe(1.5);
	});

	it('counts a question only in the attempts that were given it, and gives no alpha over unlike attempts', () => {
		const a = run({
			questions: ones(['q1', 'q2', 'q3']),
			attempts: [
				{ id: 'a1', marks: { q1: 1, q2: 1 } },
				{ id: 'a2', marks: { q1: 0, q3: 1 } },
				{ id: 'a3', marks: { q1: 1, q2: 0, q3: 0 } }
			]
		});
		expect(a.items.map((i) => [i.questionId, i.attemptCount, i.facility])).toEqual([
			['q1', 3, 2 / 3],
			['q2', 2, 0.5],
			['q3', 2, 0.5]
		]);
		expect(a.alpha).toBeNull();
		expect(a.set.missing.alpha).toBe('2 attempts were not given every question, and alpha compares whole attempts');
	});

	it('leaves the effective weight of a question that goes against the totals empty, as Moodle does', () => {
		const a = run({
			questions: [
				{ id: 'q1', maxMark: 1 },
				{ id: 'q2', maxMark: 3 }
			],
			attempts: attempts(
				['q1', 'q2'],
				[
					[1, 0],
					[0, 3],
					[1, 0],
					[0, 3]
				]
			)
		});
		expect(a.items[0].covarianceWithTotal).toBeLessThan(0);
		expect(a.items[0].effectiveWeight).toBeNull();
		expect(a.items[0].missing.effectiveWeight).toBe(
			'its marks go against the totals (negative covariance with the total)'
		);
		expect(a.items[1].effectiveWeight).toBe(100);
		expect(a.items.map((i) => i.intendedWeight)).toEqual([25, 75]);
	});

	it('carries the random guess score given, and says why when it is missing', () => {
		const a = run({
			questions: [
				{ id: 'q1', maxMark: 1, randomGuessScore: 0.25 },
				{ id: 'q2', maxMark: 1, randomGuessScore: null },
				{ id: 'q3', maxMark: 1 }
			],
			attempts: attempts(
				['q1', 'q2', 'q3'],
				[
					[0, 1, 1],
					[1, 0, 1]
				]
			)
		});
		expect(a.items.map((i) => i.randomGuessScore)).toEqual([0.25, null, null]);
		expect(a.items[1].missing.randomGuessScore).toBe('random guessing has no fixed score on this kind of question');
		expect(a.items[2].missing.randomGuessScore).toBe('no random guess score was given for this question');
	});
});

describe('which attempts count', () => {
	const input: ItemAnalysisInput = {
		questions: ones(['q1']),
		attempts: [
			{ id: 'retake', learner: 'ana', number: 2, marks: { q1: 1 } },
			{ id: 'first', learner: 'ana', number: 1, marks: { q1: 0 } },
			{ id: 'ben-1', learner: 'ben', marks: { q1: 0 } },
			{ id: 'ben-2', learner: 'ben', marks: { q1: 1 } },
			{ id: 'anonymous', marks: { q1: 1 } }
		]
	};

	it('counts every attempt by default, as if each were a different person', () => {
		expect(run(input)).toMatchObject({ attemptCount: 5, skippedAttemptCount: 0 });
	});

	it("keeps each learner's first attempt: the lowest number, else the earliest listed", () => {
		const a = run({ ...input, which: 'first' });
		expect(a).toMatchObject({ attemptCount: 3, skippedAttemptCount: 2 });
		expect(a.items[0].meanMark).toBeCloseTo(1 / 3, 12);
	});
});
