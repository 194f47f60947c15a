// Medians, the figure every benchmark here reports: one slow run on a shared machine should not
// move it the way it moves a mean.

/** The median of `values`, or null for none; with an even count, the mean of the middle two. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The run whose `key` is the median: a whole run, not a blend of several, so figures reported
 * together (a Lighthouse run's performance and accessibility) come from the same run. With an even
 * count the lower middle run is taken.
 */
export function medianBy<T>(runs: readonly T[], key: (run: T) => number): T | null {
	if (runs.length === 0) return null;
	const sorted = [...runs].sort((a, b) => key(a) - key(b));
	return sorted[(sorted.length - 1) >> 1];
}

export const round = (n: number, places = 1): number => Math.round(n * 10 ** places) / 10 ** places;
