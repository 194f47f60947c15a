// Per-question figures as Moodle's question statistics calculator works them out
// (question/classes/statistics/questions/calculator.php): each question's mark set against the rest of the
// attempt's marks, with n − 1 denominators. A figure that cannot exist is null with the reason beside it,
// never NaN: Moodle prints an empty cell, and a person reading the report deserves to know why.
import { covariance, mean, sortedCovariance, variance } from './moments';
import type { ItemFigure, ItemStats, StatsAttempt, StatsQuestion } from './types';

export type ItemFigures = Omit<ItemStats, 'flags'>;

export function attemptTotal(attempt: StatsAttempt): number {
	let total = 0;
	for (const mark of Object.values(attempt.marks)) total += mark ?? 0;
	return total;
}

const NO_ATTEMPTS = 'no attempt was given this question';

function nullFigures(reason: string, figures: ItemFigure[]): Partial<Record<ItemFigure, string>> {
	return Object.fromEntries(figures.map((f) => [f, reason]));
}

const SPREAD_FIGURES: ItemFigure[] = [
	'sd',
	'markVariance',
	'otherMarkVariance',
	'covariance',
	'covarianceMax',
	'covarianceWithTotal',
	'discriminationIndex',
	'discriminativeEfficiency',
	'effectiveWeight'
];

export function itemFigures(
	question: StatsQuestion,
	attempts: readonly StatsAttempt[],
	totals: readonly number[],
	setMaxMark: number,
	questionCount: number
): ItemFigures {
	const marks: number[] = [];
	const rest: number[] = [];
	const whole: number[] = [];
	let unanswered = 0;
	attempts.forEach((a, i) => {
		if (!Object.hasOwn(a.marks, question.id)) return;
		const mark = a.marks[question.id];
		if (mark === null) unanswered++;
		marks.push(mark ?? 0);
		rest.push(totals[i] - (mark ?? 0));
		whole.push(totals[i]);
	});
	const s = marks.length;
	const missing: Partial<Record<ItemFigure, string>> = {};

	const guess = question.randomGuessScore ?? null;
	if (guess === null) {
		missing.randomGuessScore =
			question.randomGuessScore === null
				? 'random guessing has no fixed score on this kind of question'
				: 'no random guess score was given for this question';
	}
	const intendedWeight = setMaxMark > 0 ? (100 * question.maxMark) / setMaxMark : null;
	if (intendedWeight === null) missing.intendedWeight = 'the set is worth no marks';

	const base = {
		questionId: question.id,
		maxMark: question.maxMark,
		attemptCount: s,
		unansweredCount: unanswered,
		randomGuessScore: guess,
		intendedWeight,
		meanMark: null,
		facility: null,
		sd: null,
		effectiveWeight: null,
		discriminationIndex: null,
		discriminativeEfficiency: null,
		markVariance: null,
		otherMarkVariance: null,
		covariance: null,
		covarianceMax: null,
		covarianceWithTotal: null
	};
	if (s === 0) {
		return {
			...base,
			missing: { ...missing, ...nullFigures(NO_ATTEMPTS, ['meanMark', 'facility', ...SPREAD_FIGURES]) }
		};
	}

	const meanMark = mean(marks);
	const facility = question.maxMark > 0 ? meanMark / question.maxMark : null;
	if (facility === null) missing.facility = 'the question is worth no marks';
	if (s === 1) {
		const reason = 'needs at least two attempts at the question; there is one';
		return { ...base, meanMark, facility, missing: { ...missing, ...nullFigures(reason, SPREAD_FIGURES) } };
	}

	const markVariance = variance(marks);
	const otherMarkVariance = variance(rest);
	const cov = covariance(marks, rest);
	const covarianceMax = sortedCovariance(marks, rest);
	const covarianceWithTotal = covariance(marks, whole);

	// Moodle tests the product and the maximum covariance for zero; both are zero exactly when one side is constant.
	const noSpread =
		markVariance === 0
			? 'every attempt scored the same on this question'
			: otherMarkVariance === 0
				? questionCount === 1
					? 'there are no other questions to compare it with'
					: 'every attempt scored the same on the other questions'
				: null;
	const discriminationIndex = noSpread ? null : (100 * cov) / Math.sqrt(markVariance * otherMarkVariance);
	const discriminativeEfficiency = noSpread || covarianceMax === 0 ? null : (100 * cov) / covarianceMax;
	if (noSpread) missing.discriminationIndex = noSpread;
	if (discriminativeEfficiency === null) {
		missing.discriminativeEfficiency = noSpread ?? 'the largest covariance these marks allow is zero';
	}

	return {
		...base,
		meanMark,
		facility,
		sd: Math.sqrt(markVariance),
		markVariance,
		otherMarkVariance,
		covariance: cov,
		covarianceMax,
		covarianceWithTotal,
		discriminationIndex,
		discriminativeEfficiency,
		missing
	};
}

/**
 * Moodle's effective weight: each question's share of Σ√(covariance with the total), over the questions whose
 * covariance with the total is not negative. A negative one has no square root, so Moodle leaves it blank.
 */
export function withEffectiveWeights(items: readonly ItemFigures[]): ItemFigures[] {
	let sum = 0;
	for (const item of items) {
		if (item.covarianceWithTotal !== null && item.covarianceWithTotal >= 0) sum += Math.sqrt(item.covarianceWithTotal);
	}
	return items.map((item) => {
		const c = item.covarianceWithTotal;
		if (c === null) return item;
		if (c < 0) {
			const reason = 'its marks go against the totals (negative covariance with the total)';
			return { ...item, effectiveWeight: null, missing: { ...item.missing, effectiveWeight: reason } };
		}
		if (sum === 0) {
			const reason = "no question's marks vary with the totals";
			return { ...item, effectiveWeight: null, missing: { ...item.missing, effectiveWeight: reason } };
		}
		return { ...item, effectiveWeight: (100 * Math.sqrt(c)) / sum };
	});
}
