// Latency percentiles, nearest-rank: the figure a student waited at least this long for, one time in 100.
export function percentile(sorted: readonly number[], p: number): number | null {
	if (sorted.length === 0) return null;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const round = (n: number | null, places = 1): number | null =>
	n === null ? null : Math.round(n * 10 ** places) / 10 ** places;
