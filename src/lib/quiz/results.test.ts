import { describe, expect, it } from 'vitest';
import { emptySlot, type Slot } from './attempt';
import { questionResult, summarise } from './results';
import { DEFAULT_SETTINGS } from './settings';
import { rightResponse, samplePack, wrongResponse } from './testing/sample';

const pack = samplePack(6);
const slot = (over: Partial<Slot>): Slot => ({ ...emptySlot(), ...over });

describe('questionResult', () => {
	it.each([
		[1, 1],
		[2, 0.666667],
		[3, 0.333333],
		[4, 0]
	])('takes a third off for each wrong check before the last (%d tries → %f)', (tries, points) => {
		const q = pack.questions[0];
		const r = questionResult(q, slot({ response: rightResponse(q), tries, locked: true }), DEFAULT_SETTINGS);
		expect(r).toMatchObject({ status: 'correct', points });
	});

	it('tells right, partial, wrong and unanswered apart', () => {
		const q = pack.questions[1];
		if (q.type !== 'multiple-response') throw new Error('expected multiple-response');
		const partial = { type: 'multiple-response' as const, optionIds: [q.options[0].id] };
		expect(
			[rightResponse(q), partial, wrongResponse(q), null].map(
				(response) => questionResult(q, slot({ response }), DEFAULT_SETTINGS).status
			)
		).toEqual(['correct', 'partial', 'wrong', 'unanswered']);
	});
});

describe('summarise', () => {
	const questions = pack.questions;
	// Right on 0, 2, 4; wrong on 1; nothing on 3 and 5.
	const slots = questions.map((q, i) =>
		slot({ response: i % 2 === 0 && i < 5 ? rightResponse(q) : i === 1 ? wrongResponse(q) : null })
	);
	const summary = summarise({ questions, slots, settings: DEFAULT_SETTINGS, elapsedMs: 61_000 });

	it('totals points, percent, counts and time', () => {
		expect(summary).toMatchObject({
			points: 3,
			max: 6,
			percent: 50,
			counts: { correct: 3, partial: 0, wrong: 1, unanswered: 2 },
			timeMs: 61_000,
			certainty: null
		});
	});

	it('breaks results down by topic and by difficulty', () => {
		expect(summary.byTopic.map((b) => [b.key, b.points, b.max, b.missed])).toEqual([
			['timeline', 1, 2, [questions[3].id]],
			['motivations', 1, 2, [questions[1].id]],
			['implications', 1, 2, [questions[5].id]]
		]);
		expect(summary.byDifficulty.map((b) => b.key)).toEqual(['1', '2', '3']);
	});

	it('lists the passages behind missed questions first', () => {
		const behindMissed = summary.byPassage.filter((b) => b.missed.length > 0).map((b) => b.key);
		expect(behindMissed.sort()).toEqual([...new Set([1, 3, 5].map((i) => questions[i].sources[0].passage))].sort());
		expect(summary.byPassage[0].missed.length).toBeGreaterThan(0);
	});
});
