import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueItem } from './queue';
import { june, question } from './testing';
import type { CardRecord, StudyQuestion } from './types';

function card(questionId: string, due: Date, over: Partial<CardRecord> = {}): CardRecord {
	return {
		packId: 'pack',
		questionId,
		version: `${questionId}-v1`,
		topic: 'timeline',
		passages: [],
		introducedAt: june(1).toISOString(),
		changed: null,
		fsrs: {
			due: due.toISOString(),
			stability: 3,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: 2,
			learningSteps: 0,
			reps: 2,
			lapses: 0,
			state: 'Review',
			lastReview: june(1).toISOString()
		},
		...over
	};
}

const questions = (...ids: string[]): StudyQuestion[] => ids.map((id) => question(id));
const shape = (items: QueueItem[]) => items.map((i) => `${i.kind}:${i.questionId}`);
const settings = { newPerDay: 2, dayStartsAt: 4 };

describe('the study queue', () => {
	it('spreads the day’s new questions evenly among the due ones, most overdue first', () => {
		const q = buildQueue({
			questions: questions('d1', 'd2', 'd3', 'd4', 'n1', 'n2', 'n3', 'n4', 'n5'),
			cards: [card('d1', june(10, 8)), card('d2', june(9)), card('d3', june(10, 20)), card('d4', june(8))],
			settings,
			now: june(10, 9)
		});
		expect(shape(q.items)).toEqual(['due:d4', 'due:d2', 'new:n1', 'due:d1', 'new:n2', 'due:d3']);
		expect(q.counts).toEqual({ due: 4, changed: 0, new: 2, introducedToday: 0, newWaiting: 3 });
	});

	it('counts questions first answered today against the day’s new ones', () => {
		const cards = [
			card('a', june(12), { introducedAt: june(10, 8).toISOString() }),
			// Before 4 a.m. belongs to the day before.
			card('b', june(12), { introducedAt: june(10, 3).toISOString() }),
			card('c', june(12), { introducedAt: june(9, 22).toISOString() })
		];
		const q = buildQueue({
			questions: questions('a', 'b', 'c', 'n1', 'n2', 'n3'),
			cards,
			settings: { newPerDay: 2, dayStartsAt: 4 },
			now: june(10, 9)
		});
		expect(shape(q.items)).toEqual(['new:n1']);
		expect(q.counts).toMatchObject({ introducedToday: 1, new: 1, newWaiting: 2 });
	});

	it('brings in no new questions once the day’s allowance is used, or when it is zero', () => {
		const used = buildQueue({
			questions: questions('a', 'b', 'n1'),
			cards: [
				card('a', june(12), { introducedAt: june(10, 5).toISOString() }),
				card('b', june(12), { introducedAt: june(10, 6).toISOString() })
			],
			settings,
			now: june(10, 9)
		});
		const none = buildQueue({
			questions: questions('n1', 'n2'),
			cards: [],
			settings: { newPerDay: 0, dayStartsAt: 4 },
			now: june(10, 9)
		});
		expect([used.items, none.items]).toEqual([[], []]);
		expect([used.counts.newWaiting, none.counts.newWaiting]).toEqual([1, 2]);
	});

	it('holds what is due by the end of the study day and nothing due after it', () => {
		const q = buildQueue({
			questions: questions('tonight', 'early', 'tomorrow'),
			cards: [card('tonight', june(10, 23)), card('early', june(11, 3)), card('tomorrow', june(11, 5))],
			settings: { newPerDay: 0, dayStartsAt: 4 },
			now: june(10, 9)
		});
		expect(shape(q.items)).toEqual(['due:tonight', 'due:early']);
	});

	it('flags a question whose content changed since it was studied, with the version studied', () => {
		const q = buildQueue({
			questions: [question('edited', { version: 'edited-v2' }), question('restarted', { version: 'restarted-v2' })],
			cards: [
				card('edited', june(20)),
				card('restarted', june(10, 7), {
					version: 'restarted-v2',
					changed: { previousVersion: 'restarted-v1', at: june(10, 7).toISOString() }
				})
			],
			settings,
			now: june(10, 9)
		});
		expect(q.items.map((i) => (i.kind === 'changed' ? [i.questionId, i.previousVersion, i.due] : i))).toEqual([
			['restarted', 'restarted-v1', june(10, 7)],
			['edited', 'edited-v1', june(10, 9)]
		]);
		expect(q.counts).toMatchObject({ due: 0, changed: 2, new: 0 });
	});

	it('leaves out cards of questions no longer in the pack', () => {
		const q = buildQueue({
			questions: questions('kept'),
			cards: [card('kept', june(9)), card('gone', june(9))],
			settings,
			now: june(10)
		});
		expect(shape(q.items)).toEqual(['due:kept']);
	});
});
