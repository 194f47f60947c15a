import { describe, expect, it } from 'vitest';
import { median, medianBy, round } from './stats';

describe('median', () => {
	it.each([
		{ values: [], expected: null },
		{ values: [7], expected: 7 },
		{ values: [3, 1, 2], expected: 2 },
		{ values: [4, 1, 3, 2], expected: 2.5 },
		{ values: [1000, 1, 2, 3, 900], expected: 3 }
	])('of $values is $expected', ({ values, expected }) => {
		expect(median(values)).toBe(expected);
	});

	it('leaves the numbers it is given in their order', () => {
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});
});

describe('medianBy', () => {
	it('returns the whole run whose key is the median, so figures taken together stay together', () => {
		const runs = [
			{ performance: 91, accessibility: 98 },
			{ performance: 99, accessibility: 100 },
			{ performance: 95, accessibility: 97 }
		];
		expect(medianBy(runs, (r) => r.performance)).toEqual({ performance: 95, accessibility: 97 });
	});

	it('takes the lower middle run of an even number, and nothing of none', () => {
		expect(medianBy([4, 1, 3, 2], (n) => n)).toBe(2);
		expect(medianBy([], (n: number) => n)).toBeNull();
	});
});

describe('round', () => {
	it('rounds to one decimal place unless told otherwise', () => {
		expect(round(12.345)).toBe(12.3);
		expect(round(12.345, 2)).toBe(12.35);
		expect(round(12.5, 0)).toBe(13);
	});
});
