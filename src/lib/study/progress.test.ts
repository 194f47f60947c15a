import { describe, expect, it } from 'vitest';
import { dueForecast, masteryNow, masteryOverTime, mostMissed, weakestPassages } from './progress';
import { answer, june } from './testing';
import type { CardRecord } from './types';

const at = (day: number, hour = 9) => june(day, hour).toISOString();

describe('mastery over time', () => {
	const answers = [
		answer({ questionId: 'q1', answeredAt: at(2), fraction: 0, passages: ['p1', 'p2'] }),
		answer({ questionId: 'q2', answeredAt: at(2, 10), fraction: 1, passages: ['p2'] }),
		answer({ questionId: 'q3', answeredAt: at(3), fraction: 0.5, topic: 'motivations', passages: ['p3'] }),
		answer({ questionId: 'q1', answeredAt: at(4), fraction: 1, passages: ['p1', 'p2'] })
	];

	it('averages each question’s latest answer, per topic and day', () => {
		expect(masteryOverTime(answers, { by: 'topic' })).toEqual([
			{ group: 'motivations', points: [{ period: '2025-06-03', mastery: 0.5, questions: 1, answers: 1 }] },
			{
				group: 'timeline',
				points: [
					{ period: '2025-06-02', mastery: 0.5, questions: 2, answers: 2 },
					{ period: '2025-06-04', mastery: 1, questions: 2, answers: 1 }
				]
			}
		]);
	});

	it('counts a question under every passage it cites', () => {
		expect(masteryNow(answers, 'passage')).toEqual([
			{ group: 'p1', mastery: 1, questions: 1, answers: 2 },
			{ group: 'p2', mastery: 1, questions: 2, answers: 3 },
			{ group: 'p3', mastery: 0.5, questions: 1, answers: 1 }
		]);
	});

	it('groups by week from Monday, and counts the small hours with the day before', () => {
		const weekly = masteryOverTime(
			[
				answer({ questionId: 'q1', answeredAt: at(2), fraction: 0 }), // Monday
				answer({ questionId: 'q1', answeredAt: at(9, 2), fraction: 1 }), // Monday 2 a.m.: still Sunday's
				answer({ questionId: 'q1', answeredAt: at(9, 5), fraction: 0 })
			],
			{ by: 'topic', period: 'week' }
		);
		expect(weekly[0].points).toEqual([
			{ period: '2025-06-02', mastery: 1, questions: 1, answers: 2 },
			{ period: '2025-06-09', mastery: 0, questions: 1, answers: 1 }
		]);
	});
});

describe('weakest passages and most missed questions', () => {
	const answers = [
		...[0, 0, 1].map((fraction, i) => answer({ questionId: 'a', answeredAt: at(2 + i), fraction, passages: ['weak'] })),
		...[0, 0.5].map((fraction, i) => answer({ questionId: 'b', answeredAt: at(2 + i), fraction, passages: ['few'] })),
		...[1, 0.5, 0.5].map((fraction, i) =>
			answer({ questionId: 'c', answeredAt: at(2 + i), fraction, passages: ['half'] })
		)
	];

	it('lists the passages with the lowest mastery among those answered often enough', () => {
		expect(weakestPassages(answers, { minAnswers: 3 }).map((p) => [p.group, p.mastery])).toEqual([
			['half', 0.5],
			['weak', 1]
		]);
		expect(weakestPassages(answers, { minAnswers: 2, limit: 1 }).map((p) => p.group)).toEqual(['half']);
	});

	it('ranks questions by how often they were not answered fully right', () => {
		expect(mostMissed(answers).map((m) => [m.questionId, m.misses, m.answers, m.lastMissedAt])).toEqual([
			['b', 2, 2, at(3)], // every answer missed
			['c', 2, 3, at(4)], // missed as often as "a", but more lately
			['a', 2, 3, at(3)]
		]);
		expect(mostMissed(answers, { limit: 1 })).toEqual([
			{ questionId: 'b', topic: 'timeline', misses: 2, answers: 2, missRate: 1, lastMissedAt: at(3) }
		]);
	});
});

describe('the due forecast', () => {
	const card = (due: Date) => ({ fsrs: { due: due.toISOString() } }) as CardRecord;

	it('counts cards due today (overdue ones too) and on each of the next seven days', () => {
		const cards = [june(1), june(10, 8), june(10, 23), june(11, 3), june(11, 4), june(17, 12), june(18, 5)].map(card);
		expect(dueForecast(cards, june(10, 9))).toEqual([
			{ day: '2025-06-10', count: 4 },
			{ day: '2025-06-11', count: 1 },
			{ day: '2025-06-12', count: 0 },
			{ day: '2025-06-13', count: 0 },
			{ day: '2025-06-14', count: 0 },
			{ day: '2025-06-15', count: 0 },
			{ day: '2025-06-16', count: 0 },
			{ day: '2025-06-17', count: 1 }
		]);
	});
});
