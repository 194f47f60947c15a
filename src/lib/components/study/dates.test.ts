import { describe, expect, it } from 'vitest';
import { formatDue, fromDayKey } from './dates';

describe('when a question comes back, in words', () => {
	const now = new Date(2025, 5, 2, 9, 0);
	it.each([
		[new Date(2025, 5, 2, 9, 1), 'now'],
		[new Date(2025, 5, 2, 9, 10), 'in 10 minutes'],
		[new Date(2025, 5, 3, 9, 0), /^in 1 day, on /],
		[new Date(2025, 5, 5, 9, 0), /^in 3 days, on /]
	])('%s is said %s', (due, said) => {
		if (typeof said === 'string') expect(formatDue(due, now)).toBe(said);
		else expect(formatDue(due, now)).toMatch(said);
	});

	it('gives the time for later the same day', () => {
		expect(formatDue(new Date(2025, 5, 2, 15, 0), now)).toMatch(/^at /);
	});

	it('reads a study day as a local date', () => {
		expect(fromDayKey('2025-06-02')).toEqual(new Date(2025, 5, 2));
	});
});
