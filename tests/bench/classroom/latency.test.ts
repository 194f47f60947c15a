import { describe, expect, it } from 'vitest';
import { percentile } from './latency';

describe('percentile', () => {
	const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
	it.each([
		[50, 5],
		[95, 10],
		[99, 10],
		[10, 1],
		[11, 2]
	])('gives the nearest-rank %i th percentile', (p, expected) => expect(percentile(ten, p)).toBe(expected));

	it('has none for no values', () => expect(percentile([], 50)).toBeNull());
});
