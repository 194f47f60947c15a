// The mastery chart's figures: each group's mastery at the end of each period shown, carried
// forward through periods without answers (what was mastered stays mastered until answered again).
import type { MasterySeries } from '$lib/study';

export interface ChartRow {
	group: string;
	/** One value (0–1) per period; null before the group's first answer. */
	values: (number | null)[];
	answers: number;
}

export interface ChartData {
	periods: string[];
	rows: ChartRow[];
}

/** The last `limit` periods in which anything was answered, and each group's mastery in them. */
export function chartData(series: readonly MasterySeries[], limit = 8): ChartData {
	const all = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
	const periods = all.slice(-limit);
	const rows = series.map((s) => {
		let i = 0;
		let last: number | null = null;
		const values = periods.map((period) => {
			while (i < s.points.length && s.points[i].period <= period) last = s.points[i++].mastery;
			return last;
		});
		return { group: s.group, values, answers: s.points.reduce((n, p) => n + p.answers, 0) };
	});
	return { periods, rows };
}

/** Weeks when the answers span more than two weeks, else days. */
export function periodFor(answeredAt: readonly string[]): 'day' | 'week' {
	if (answeredAt.length === 0) return 'day';
	let first = Infinity;
	let last = -Infinity;
	for (const t of answeredAt) {
		const ms = Date.parse(t);
		first = Math.min(first, ms);
		last = Math.max(last, ms);
	}
	return last - first > 14 * 86_400_000 ? 'week' : 'day';
}
