import { describe, expect, it } from 'vitest';
import { certaintyPoints } from './certainty';

describe('certaintyPoints, as Moodle marks certainty', () => {
	it.each([
		[1, 1, 1],
		[1, 2, 2],
		[1, 3, 3],
		[0, 1, 0],
		[0, 2, -2],
		[0, 3, -6],
		// Partial credit: any fraction above zero is scaled by the right-answer factor.
		[0.5, 1, 0.5],
		[0.5, 3, 1.5],
		[0.25, 2, 0.5],
		[0.00000001, 3, -6]
	] as const)('scores fraction %f at certainty %d as %f', (fraction, certainty, points) => {
		expect(certaintyPoints(fraction, certainty, true, 1)).toBeCloseTo(points, 9);
	});

	it('marks an answer without a certainty at low certainty, and no answer as 0', () => {
		expect(certaintyPoints(0, null, true, 1)).toBe(0);
		expect(certaintyPoints(1, null, true, 1)).toBe(1);
		expect(certaintyPoints(0, 3, false, 1)).toBe(0);
	});

	it('scales with the question maximum', () => {
		expect(certaintyPoints(1, 3, true, 2)).toBe(6);
		expect(certaintyPoints(0, 3, true, 2)).toBe(-12);
	});
});
