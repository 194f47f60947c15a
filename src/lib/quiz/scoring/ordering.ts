import type { OrderingQuestion } from '../../content/types';
import type { OrderingResponse } from '../responses';
import { feedbackOf, knownOnce, scored, unknownNote, type ScoreResult } from './types';

/**
 * The longest subsequence of the learner's order that is in the right relative order (Moodle's
 * "longest ordered subset"): points are its length over the number of items, and nothing when it
 * is a single item, since any one item on its own is trivially "in order". An item is right when
 * it belongs to that subsequence; the feedback of the others applies. Repeated and unknown ids
 * are ignored, and items left out are simply not in the subsequence.
 */
export function scoreOrdering(q: OrderingQuestion, r: OrderingResponse | null): ScoreResult {
	const position = new Map(q.items.map((item, i) => [item.id, i]));
	const { ids, unknown } = knownOnce(r?.itemIds ?? [], new Set(position.keys()));
	if (ids.length === 0) return scored(0, [], [], unknownNote('items', unknown));
	const inOrder = new Set(longestIncreasing(ids.map((id) => position.get(id) ?? 0)).map((i) => ids[i]));
	const n = q.items.length;
	const fraction = inOrder.size >= 2 || n === 1 ? inOrder.size / n : 0;
	return scored(
		fraction,
		q.items.map((item) => ({ id: item.id, correct: inOrder.has(item.id) })),
		feedbackOf(...q.items.filter((item) => ids.includes(item.id) && !inOrder.has(item.id)).map((i) => i.feedback)),
		unknownNote('items', unknown)
	);
}

/** Indexes of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): number[] {
	const tails: number[] = [];
	const previous: number[] = new Array(values.length).fill(-1);
	for (let i = 0; i < values.length; i++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (values[tails[mid]] < values[i]) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) previous[i] = tails[lo - 1];
		tails[lo] = i;
	}
	const out: number[] = [];
	for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) out.push(i);
	return out.reverse();
}
