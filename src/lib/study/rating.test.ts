import { Rating, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { ratingFor, ratingName } from './rating';
import type { Certainty } from './types';

describe('an answer rates its card from how right it was and how sure the learner said they were', () => {
	it.each<[number, Certainty | null, Rating]>([
		[1, null, Rating.Good],
		[0.75, null, Rating.Hard],
		[0.5, null, Rating.Hard],
		[0.49, null, Rating.Again],
		[0, null, Rating.Again],
		[1, 'low', Rating.Hard],
		[1, 'medium', Rating.Good],
		[1, 'high', Rating.Easy],
		[0.75, 'low', Rating.Hard],
		[0.75, 'medium', Rating.Hard],
		[0.75, 'high', Rating.Again],
		[0, 'low', Rating.Again],
		[0, 'medium', Rating.Again],
		[0, 'high', Rating.Again]
	])('fraction %s at certainty %s is %s', (fraction, certainty, rating) => {
		expect(ratingFor(fraction, certainty)).toBe(rating);
	});

	it('counts a full mark summed from thirds as right', () => {
		expect(ratingFor(1 / 3 + 1 / 3 + 1 / 3 - 1e-12, null)).toBe(Rating.Good);
	});

	it('names ratings as ts-fsrs does', () => {
		expect(([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as Grade[]).map((g) => ratingName(g))).toEqual([
			'Again',
			'Hard',
			'Good',
			'Easy'
		]);
	});
});
