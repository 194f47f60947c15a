import { describe, expect, it } from 'vitest';
import { applyAnswer, recallProbability, replayCard } from './schedule';
import { answer } from './testing';
import type { AnswerRecord, CardRecord } from './types';

/** Folds answers one by one, as live answering does. */
function fold(answers: AnswerRecord[], retention = 0.9): CardRecord[] {
	const cards: CardRecord[] = [];
	for (const a of answers) cards.push(applyAnswer(cards.at(-1) ?? null, a, retention));
	return cards;
}

const q = (answeredAt: string, fraction: number, over: Partial<AnswerRecord> = {}) =>
	answer({ questionId: 'envoy', answeredAt, fraction, ...over });

describe('scheduling with fixed FSRS parameters', () => {
	it('gives the exact due dates a sequence of ratings produces', () => {
		const cards = fold([
			q('2025-06-02T09:00:00.000Z', 1), // Good: first learning step
			q('2025-06-02T09:10:00.000Z', 1), // Good: graduates
			q('2025-06-04T09:10:00.000Z', 1), // Good on the due day
			q('2025-06-15T08:00:00.000Z', 0), // Again: a lapse, relearning
			q('2025-06-15T08:10:00.000Z', 1), // Good: back to review
			q('2025-06-16T09:00:00.000Z', 0.5) // Hard, a day early
		]);
		expect(cards.map((c) => [c.fsrs.state, c.fsrs.due, c.fsrs.scheduledDays, c.fsrs.lapses])).toEqual([
			['Learning', '2025-06-02T09:10:00.000Z', 0, 0],
			['Review', '2025-06-04T09:10:00.000Z', 2, 0],
			['Review', '2025-06-15T09:10:00.000Z', 11, 0],
			['Relearning', '2025-06-15T08:10:00.000Z', 0, 1],
			['Review', '2025-06-17T08:10:00.000Z', 2, 1],
			['Review', '2025-06-19T09:00:00.000Z', 3, 1]
		]);
	});

	it('brings a card back sooner when the learner wants to remember more', () => {
		const due = (retention: number) =>
			fold(
				[q('2025-06-02T09:00:00.000Z', 1), q('2025-06-02T09:10:00.000Z', 1), q('2025-06-04T09:10:00.000Z', 1)],
				retention
			).at(-1)!.fsrs.due;
		expect([due(0.7), due(0.9), due(0.97)]).toEqual([
			'2025-09-14T09:10:00.000Z',
			'2025-06-15T09:10:00.000Z',
			'2025-06-07T09:10:00.000Z'
		]);
	});

	it('rates a confident right answer Easy, which schedules further ahead than Good', () => {
		const good = fold([q('2025-06-02T09:00:00.000Z', 1)]).at(-1)!;
		const easy = fold([q('2025-06-02T09:00:00.000Z', 1, { certainty: 'high' })]).at(-1)!;
		expect([good.fsrs.due, easy.fsrs.due]).toEqual(['2025-06-02T09:10:00.000Z', '2025-06-10T09:00:00.000Z']);
	});

	it('replays answers given in any order to the card live answering built', () => {
		const answers = [
			q('2025-06-02T09:00:00.000Z', 1),
			q('2025-06-02T09:10:00.000Z', 0),
			q('2025-06-03T10:00:00.000Z', 1)
		];
		expect(replayCard([answers[2], answers[0], answers[1]], 0.9)).toEqual(fold(answers).at(-1));
		expect(replayCard([], 0.9)).toBeNull();
	});

	it('starts a card again when the question it was studied at has changed, keeping its record', () => {
		const [, , studied] = fold([
			q('2025-06-02T09:00:00.000Z', 1),
			q('2025-06-02T09:10:00.000Z', 1),
			q('2025-06-04T09:10:00.000Z', 1)
		]);
		const after = applyAnswer(studied, q('2025-06-15T09:00:00.000Z', 1, { questionVersion: 'envoy-v2' }), 0.9);
		expect(after).toMatchObject({
			version: 'envoy-v2',
			changed: null,
			introducedAt: '2025-06-02T09:00:00.000Z',
			fsrs: { state: 'Learning', due: '2025-06-15T09:10:00.000Z', reps: 4, lapses: 0 }
		});
	});

	it('reports recall as a probability that falls as time passes, and 0 for a card never reviewed', () => {
		const [, card] = fold([q('2025-06-02T09:00:00.000Z', 1), q('2025-06-02T09:10:00.000Z', 1)]);
		const onDue = recallProbability(card, new Date(card.fsrs.due), 0.9);
		const later = recallProbability(card, new Date('2025-07-01T00:00:00.000Z'), 0.9);
		expect(onDue).toBeCloseTo(0.9, 1);
		expect(later).toBeLessThan(onDue);
		expect(recallProbability({ ...card, fsrs: { ...card.fsrs, state: 'New' } }, new Date(), 0.9)).toBe(0);
	});
});
