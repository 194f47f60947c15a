import { describe, expect, it } from 'vitest';
import { chartData, periodFor } from './mastery-chart';

const point = (period: string, mastery: number) => ({ period, mastery, questions: 1, answers: 1 });

describe('the mastery chart figures', () => {
	it('carries a group’s mastery through periods without answers, and leaves it empty before its first', () => {
		const data = chartData([
			{ group: 'timeline', points: [point('2025-06-02', 0.5), point('2025-06-04', 1)] },
			{ group: 'motivations', points: [point('2025-06-03', 0)] }
		]);
		expect(data).toEqual({
			periods: ['2025-06-02', '2025-06-03', '2025-06-04'],
			rows: [
				{ group: 'timeline', values: [0.5, 0.5, 1], answers: 2 },
				{ group: 'motivations', values: [null, 0, 0], answers: 1 }
			]
		});
	});

	it('keeps the last periods only, starting from the mastery reached before them', () => {
		const points = ['01', '02', '03', '04'].map((d, i) => point(`2025-06-${d}`, i / 4));
		const data = chartData([{ group: 'timeline', points }], 2);
		expect(data.periods).toEqual(['2025-06-03', '2025-06-04']);
		expect(data.rows[0].values).toEqual([0.5, 0.75]);
		expect(data.rows[0].answers).toBe(4);
	});

	it.each([
		[[], 'day'],
		[['2025-06-01T09:00:00Z', '2025-06-15T08:00:00Z'], 'day'],
		[['2025-06-01T09:00:00Z', '2025-06-15T10:00:00Z'], 'week']
	] as const)('shows answers at %j by %s', (times, period) => {
		expect(periodFor(times)).toBe(period);
	});
});
