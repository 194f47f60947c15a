// Moodle's own walkthrough data (mod/quiz/report/statistics/tests/fixtures): 25 attempts at 7 questions and
// the figures Moodle computes from them. Reproducing them is what "computes as Moodle does" means here.
import { describe, expect, it } from 'vitest';
import { moodleQuestionStats, moodleResults } from './moodle-fixture.testing';
import { itemAnalysis } from './analysis';
import type { ItemAnalysis, ItemStats } from './types';

const results = moodleResults;
const expected = moodleQuestionStats;
const slots = Object.keys(results[0])
	.map((c) => /^slots\.(\d+)\.mark$/.exec(c)?.[1])
	.filter((s): s is string => s !== undefined);

function analyse(): ItemAnalysis {
	const outcome = itemAnalysis({
		questions: slots.map((slot) => ({ id: slot, maxMark: 1 })),
		attempts: results.map((row) => ({
			id: row.quizattempt,
			marks: Object.fromEntries(slots.map((slot) => [slot, Number(row[`slots.${slot}.mark`])]))
		}))
	});
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	return outcome.value;
}

const analysis = analyse();
const itemFor = (slot: string) => analysis.items.find((i) => i.questionId === slot) as ItemStats;

// Moodle's column names against ours.
const COLUMNS: Record<string, keyof ItemStats> = {
	facility: 'facility',
	sd: 'sd',
	effectiveweight: 'effectiveWeight',
	covariance: 'covariance',
	markvariance: 'markVariance',
	othermarkvariance: 'otherMarkVariance',
	discriminationindex: 'discriminationIndex',
	covariancemax: 'covarianceMax',
	discriminativeefficiency: 'discriminativeEfficiency'
};

describe("Moodle's statistics fixture", () => {
	it('reads 25 attempts at 7 questions, all of which count', () => {
		expect(slots).toEqual(['1', '2', '3', '4', '5', '6', '7']);
		expect(analysis.attemptCount).toBe(25);
		expect(analysis.items.map((i) => i.attemptCount)).toEqual(Array(7).fill(25));
	});

	it('maps every column of the expected figures to a figure it computes', () => {
		const columns = Object.keys(expected[0]).filter((c) => c !== 'slot');
		expect(columns.filter((c) => !(c in COLUMNS))).toEqual([]);
	});

	it.each(expected.map((row) => [row.slot, row] as const))(
		'reproduces every figure Moodle gives for slot %s to 4 decimals',
		(slot, row) => {
			const item = itemFor(slot);
			for (const [column, field] of Object.entries(COLUMNS)) {
				const actual = item[field];
				expect(actual, `${column} for slot ${slot}`).toBeTypeOf('number');
				expect(actual as number, `${column} for slot ${slot}`).toBeCloseTo(Number(row[column]), 4);
			}
		}
	);

	it("reproduces Moodle's whole-quiz figures, Cronbach's alpha among them, to 4 decimals", () => {
		// The values stats_from_steps_walkthrough_test checks for this fixture (check_quiz_stats_for_quiz_00).
		const { set } = analysis;
		expect(set.median).toBeCloseTo(4.5, 4);
		expect(set.mean).toBeCloseTo(4.617333332, 4);
		expect(set.sd).toBeCloseTo(0.8117265554, 4);
		expect(set.skewness).toBeCloseTo(-0.092502502, 4);
		expect(set.kurtosis).toBeCloseTo(-0.7073968557, 4);
		expect((set.alpha as number) * 100).toBeCloseTo(-87.2230935542, 4);
		expect(analysis.alpha).toBe(set.alpha);
		expect(set.errorRatio).toBeCloseTo(136.8294900795, 4);
		expect(set.standardError).toBeCloseTo(1.1106813066, 4);
	});

	it("sums each attempt's marks to the total Moodle records", () => {
		const outcome = itemAnalysis({
			questions: [{ id: 'all', maxMark: 10 }],
			attempts: results.map((row) => ({ id: row.quizattempt, marks: { all: Number(row.summarks) } }))
		});
		expect(outcome.ok && outcome.value.set.mean).toBeCloseTo(analysis.set.mean as number, 4);
	});

	it('flags what Moodle would highlight: every question here goes against the rest, and slot 3 is too easy', () => {
		expect(analysis.items.map((i) => [i.questionId, i.flags.map((f) => f.code)])).toEqual([
			['1', ['negative-discrimination']],
			['2', ['negative-discrimination']],
			['3', ['too-easy', 'negative-discrimination']],
			['4', ['negative-discrimination']],
			['5', ['negative-discrimination']],
			['6', ['negative-discrimination']],
			['7', ['negative-discrimination']]
		]);
		expect(analysis.flags.map((f) => f.code)).toEqual(['low-consistency']);
	});
});
