// Sample moments with n − 1 in the denominator, as Moodle divides. A constant series gets deviations of
// exactly zero: its mean in floating point can sit a hair off the value (0.1 + 0.1 + 0.1 is not 0.3), and a
// variance of 1e-33 in place of 0 would turn "no spread" into a wild correlation.

export function mean(values: readonly number[]): number {
	let sum = 0;
	for (const v of values) sum += v;
	return sum / values.length;
}

function isConstant(values: readonly number[]): boolean {
	return values.every((v) => v === values[0]);
}

export function deviations(values: readonly number[]): number[] {
	if (isConstant(values)) return values.map(() => 0);
	const m = mean(values);
	return values.map((v) => v - m);
}

/** Needs at least two values; the callers check. */
export function covariance(a: readonly number[], b: readonly number[]): number {
	const da = deviations(a);
	const db = deviations(b);
	let sum = 0;
	for (let i = 0; i < da.length; i++) sum += da[i] * db[i];
	return sum / (da.length - 1);
}

export const variance = (values: readonly number[]) => covariance(values, values);

/** The covariance if both series were ranked and paired rank by rank: the most they could covary. */
export function sortedCovariance(a: readonly number[], b: readonly number[]): number {
	const up = (x: number, y: number) => x - y;
	return covariance([...a].sort(up), [...b].sort(up));
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((x, y) => x - y);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Sums of the 2nd, 3rd and 4th powers of the deviations from the mean. */
export function powerSums(values: readonly number[]): { p2: number; p3: number; p4: number } {
	let p2 = 0;
	let p3 = 0;
	let p4 = 0;
	for (const d of deviations(values)) {
		const d2 = d * d;
		p2 += d2;
		p3 += d2 * d;
		p4 += d2 * d2;
	}
	return { p2, p3, p4 };
}
