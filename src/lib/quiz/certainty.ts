// Certainty-based marking as Moodle scores it (question_cbm::adjust_fraction): a right answer earns
// 1, 2 or 3 times its points at low, medium or high certainty, a wrong one 0, -2 or -6.
//
// Partial credit follows Moodle too: any fraction above zero counts as right and is scaled by the
// right-answer factor (half right at high certainty earns 1.5); only a fraction of zero takes the
// wrong-answer penalty. A question answered without a certainty is marked at low certainty, as in
// Moodle; a question not answered at all earns 0 at any certainty.

export type Certainty = 1 | 2 | 3;

export const CERTAINTY_LEVELS: readonly Certainty[] = [1, 2, 3];

const RIGHT: Record<Certainty, number> = { 1: 1, 2: 2, 3: 3 };
const WRONG: Record<Certainty, number> = { 1: 0, 2: -2, 3: -6 };

/** Moodle's tolerance for "zero": below it a fraction is wrong, not slightly right. */
const ZERO = 0.00000005;

export const isCertainty = (v: unknown): v is Certainty => v === 1 || v === 2 || v === 3;

/** Points with certainty, from a question's fraction of its maximum and the maximum itself. */
export function certaintyPoints(fraction: number, certainty: Certainty | null, answered: boolean, max: number): number {
	if (!answered) return 0;
	const c = certainty ?? 1;
	return (fraction <= ZERO ? WRONG[c] : RIGHT[c] * fraction) * max;
}
