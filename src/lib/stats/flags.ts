// Plain-language flags over the figures. The thresholds follow Moodle's guidance for reading its statistics
// report, tightened or merged where a classroom set is short and its classes small.
import type { Flag, ItemFlagCode, ItemStats, SetFlagCode, SetStats } from './types';

export const THRESHOLDS = {
	/**
	 * Facility above which a question is too easy. Moodle's guide calls 90–94% "very easy" and above that
	 * "extremely easy": when nearly everyone earns the marks, the question cannot tell who read the passage
	 * closely, and in a short set it takes the place of a question that could.
	 */
	tooEasy: 0.9,
	/**
	 * Facility below which a question is too hard. Moodle's guide calls 11–20% "difficult" and 5% or less
	 * "extremely difficult or something wrong with the question". After a class has read the article, fewer
	 * than one in five earning the marks points at the key, the wording or the cited passage before the class.
	 */
	tooHard: 0.2,
	/**
	 * How far above the random guess score facility must rise before the question is known to be doing more
	 * than guessing would. Five points is about one student in twenty: less than that is noise in a class.
	 */
	nearGuessing: 0.05,
	/**
	 * Discrimination index (percent) below which a question does not discriminate. Moodle's guide rates
	 * 0–19 "very weak", 20–29 "weak" and from 30 adequate; below 20 the question's marks have almost
	 * nothing to do with how the rest of the set went. Moodle also highlights a discriminative efficiency
	 * below 15, but |efficiency| ≥ |index| whenever both exist, so any such question is flagged here already.
	 */
	weakDiscrimination: 20,
	/**
	 * Alpha below which the set is not internally consistent. Moodle's guide: above 75% is satisfactory,
	 * below 64% the test as a whole is unsatisfactory.
	 */
	lowConsistency: 0.64,
	/**
	 * Attempts below which every figure is fragile: one student moves a facility by 10 points or more, and a
	 * correlation's standard error (about 1/√n) is over 0.3, larger than the gap between a weak and a good index.
	 */
	fewAttempts: 10
} as const;

// Figures are sums of fractions: 0.9 can arrive as 0.9000000000000001 and must not count as above 0.9.
const EPS = 1e-9;

const pct = (fraction: number) => `${Math.round(fraction * 100)}%`;
const num = (n: number) => String(Math.round(n * 100) / 100);

export type ItemFlagFacts = Pick<
	ItemStats,
	'facility' | 'randomGuessScore' | 'discriminationIndex' | 'markVariance' | 'meanMark'
>;

export function itemFlags(item: ItemFlagFacts): Flag<ItemFlagCode>[] {
	const flags: Flag<ItemFlagCode>[] = [];
	const add = (code: ItemFlagCode, message: string) => flags.push({ code, message });
	const { facility, randomGuessScore: guess, discriminationIndex: di } = item;

	if (facility !== null && facility > THRESHOLDS.tooEasy + EPS) {
		add(
			'too-easy',
			`Too easy: attempts earned ${pct(facility)} of its marks, so it barely tells who read the passage closely.`
		);
	}
	if (facility !== null && facility < THRESHOLDS.tooHard - EPS) {
		add(
			'too-hard',
			`Too hard: attempts earned only ${pct(facility)} of its marks. Check the key, the wording and whether the cited passage supports the answer.`
		);
	}
	if (facility !== null && guess !== null && guess > 0 && facility <= guess + THRESHOLDS.nearGuessing + EPS) {
		add(
			'near-guessing',
			`No better than guessing: attempts earned ${pct(facility)} of its marks, and random guessing would earn about ${pct(guess)}.`
		);
	}
	if (di !== null && di < 0) {
		add(
			'negative-discrimination',
			`Discriminates the wrong way (index ${Math.round(di)}%): those who did well on the other questions did worse on this one. Check the key first.`
		);
	} else if (di !== null && di < THRESHOLDS.weakDiscrimination - EPS) {
		add(
			'weak-discrimination',
			`Does not discriminate (index ${Math.round(di)}%): doing well on it has little to do with doing well on the rest of the set.`
		);
	}
	// A question everyone got right or wrong is already flagged above, for the reason that matters.
	if (item.markVariance === 0 && item.meanMark !== null && flags.length === 0) {
		add('no-spread', `Every attempt scored the same (${num(item.meanMark)}) on it, so it cannot tell anyone apart.`);
	}
	return flags;
}

export function setFlags(set: Pick<SetStats, 'alpha'>, attemptCount: number): Flag<SetFlagCode>[] {
	const flags: Flag<SetFlagCode>[] = [];
	if (attemptCount > 0 && attemptCount < THRESHOLDS.fewAttempts) {
		flags.push({
			code: 'few-attempts',
			message: `Only ${attemptCount} attempt${attemptCount === 1 ? '' : 's'}: one student changes these figures a lot, so read them as hints.`
		});
	}
	if (set.alpha !== null && set.alpha < THRESHOLDS.lowConsistency - EPS) {
		flags.push({
			code: 'low-consistency',
			message: `Low internal consistency (alpha ${set.alpha.toFixed(2)}): the questions do not rise and fall together, so the total says little about one shared understanding. Look first at questions that discriminate weakly or the wrong way.`
		});
	}
	return flags;
}
