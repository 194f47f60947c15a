// How a scored answer rates its card. The quiz gives a fraction right (points / max) and, with
// certainty-based marking, how sure the learner was:
//
//   answer                         no certainty   low     medium   high
//   right     (fraction = 1)       Good           Hard    Good     Easy
//   partial   (0.5 ≤ fraction < 1) Hard           Hard    Hard     Again
//   wrong     (fraction < 0.5)     Again          Again   Again    Again
//
// A right answer given without confidence was half a guess, so it comes back sooner (Hard); only a
// confident right answer earns Easy. A partial answer given with high certainty means the learner
// firmly believes something false, which is worth relearning (Again). Less than half right is a
// lapse whatever the certainty.
import { Rating, type Grade } from 'ts-fsrs';
import type { Certainty } from './types';

export type Correctness = 'right' | 'partial' | 'wrong';

export const RATINGS: Readonly<Record<Correctness, Readonly<Record<Certainty | 'none', Grade>>>> = {
	right: { none: Rating.Good, low: Rating.Hard, medium: Rating.Good, high: Rating.Easy },
	partial: { none: Rating.Hard, low: Rating.Hard, medium: Rating.Hard, high: Rating.Again },
	wrong: { none: Rating.Again, low: Rating.Again, medium: Rating.Again, high: Rating.Again }
};

// Scorers sum partial credits, so a full mark can come out a hair under 1.
const FULL = 1 - 1e-9;

export function correctness(fraction: number): Correctness {
	if (fraction >= FULL) return 'right';
	return fraction >= 0.5 ? 'partial' : 'wrong';
}

export function ratingFor(fraction: number, certainty: Certainty | null): Grade {
	return RATINGS[correctness(fraction)][certainty ?? 'none'];
}

/** The rating's name as ts-fsrs spells it ("Again", "Hard", "Good", "Easy"), for display. */
export function ratingName(grade: Grade): string {
	return Rating[grade];
}
