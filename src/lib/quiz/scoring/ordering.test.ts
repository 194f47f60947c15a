import { describe, expect, it } from 'vitest';
import type { OrderingQuestion } from '../../content/types';
import { longestIncreasing, scoreOrdering } from './ordering';

const q: OrderingQuestion = {
	id: 'steps',
	type: 'ordering',
	topic: 'timeline',
	difficulty: 2,
	prompt: 'Order these.',
	explanation: 'A, B, C, D.',
	tags: [],
	sources: [],
	version: 'v1',
	items: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B', feedback: 'B came second.' },
		{ id: 'c', text: 'C' },
		{ id: 'd', text: 'D', feedback: 'D came last.' }
	]
};

const score = (itemIds: string[]) => scoreOrdering(q, { type: 'ordering', itemIds });

describe('scoreOrdering: the longest correctly ordered subsequence over the number of items', () => {
	it.each([
		['the right order', ['a', 'b', 'c', 'd'], 1],
		['one item moved', ['b', 'a', 'c', 'd'], 0.75],
		['two pairs swapped', ['b', 'a', 'd', 'c'], 0.5],
		['the last item first', ['d', 'a', 'b', 'c'], 0.75],
		['the reverse order (only single items in order)', ['d', 'c', 'b', 'a'], 0],
		['two items placed, in order', ['a', 'c'], 0.5],
		['one item placed', ['a'], 0],
		['nothing', [], 0],
		['duplicates, counted once', ['a', 'a', 'b', 'b', 'c', 'd'], 1],
		['unknown ids, ignored', ['a', 'x', 'b', 'c', 'd'], 1]
	])('scores %s as %f', (_, ids, points) => {
		expect(score(ids).points).toBe(points);
	});

	it('marks items in the subsequence right and gives the feedback of the others', () => {
		const r = score(['a', 'c', 'b', 'd']);
		expect(r.parts).toEqual([
			{ id: 'a', correct: true },
			{ id: 'b', correct: true },
			{ id: 'c', correct: false },
			{ id: 'd', correct: true }
		]);
		expect(r.points).toBe(0.75);
		expect(r.feedback).toEqual([]);
		expect(score(['d', 'a', 'b', 'c']).feedback).toEqual(['D came last.']);
	});

	it('names unknown ids', () => {
		expect(score(['a', 'x']).notes).toEqual(['ignored items not in this question: "x"']);
	});
});

describe('longestIncreasing', () => {
	it.each([
		[[], []],
		[[3], [0]],
		[
			[0, 1, 2],
			[0, 1, 2]
		],
		[[2, 1, 0], [2]],
		[
			[1, 0, 2, 3],
			[1, 2, 3]
		],
		[
			[0, 5, 1, 2, 6, 3],
			[0, 2, 3, 5]
		]
	])('finds indexes of a longest increasing run in %j', (values, expected) => {
		expect(longestIncreasing(values)).toEqual(expected);
	});
});
