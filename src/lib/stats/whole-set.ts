// Figures for the set as a whole, as Moodle's quiz statistics calculator works them out
// (mod/quiz/report/statistics/classes/calculator.php): the distribution of attempt totals and Cronbach's
// alpha from the questions' mark variances. Moodle works out skewness and alpha only from three attempts
// up and kurtosis from four, and so does this, so the two agree on when a figure exists.
import { mean, median, powerSums } from './moments';
import type { SetFigure, SetStats } from './types';

export interface WholeSetInput {
	/** Each analysed attempt's total mark. */
	totals: readonly number[];
	/** Each question's mark variance, null where it has none. */
	markVariances: readonly (number | null)[];
	setMaxMark: number;
	/** Attempts that were not given every question of the set. */
	incompleteAttempts: number;
}

const ALL_FIGURES: SetFigure[] = [
	'mean',
	'median',
	'sd',
	'skewness',
	'kurtosis',
	'alpha',
	'errorRatio',
	'standardError'
];

export function wholeSetFigures(input: WholeSetInput): SetStats {
	const { totals, markVariances, setMaxMark, incompleteAttempts } = input;
	const s = totals.length;
	const p = markVariances.length;
	const missing: Partial<Record<SetFigure, string>> = {};
	const out: SetStats = {
		maxMark: setMaxMark,
		mean: null,
		median: null,
		sd: null,
		skewness: null,
		kurtosis: null,
		alpha: null,
		errorRatio: null,
		standardError: null,
		missing
	};
	const lack = (figures: SetFigure[], reason: string) => {
		for (const f of figures) if (out[f] === null && missing[f] === undefined) missing[f] = reason;
	};
	if (s === 0) {
		lack(ALL_FIGURES, 'there are no attempts');
		return out;
	}
	out.mean = mean(totals);
	out.median = median(totals);
	if (s === 1) {
		lack(ALL_FIGURES, 'needs at least two attempts; there is one');
		return out;
	}

	const { p2, p3, p4 } = powerSums(totals);
	out.sd = Math.sqrt(p2 / (s - 1));

	// Alpha's own preconditions come first: they say more about the set than the count of attempts does.
	if (p < 2) lack(['alpha'], `needs at least two questions; the set has ${p === 0 ? 'none' : 'one'}`);
	else if (incompleteAttempts > 0) {
		const n = incompleteAttempts === 1 ? 'one attempt was' : `${incompleteAttempts} attempts were`;
		lack(['alpha'], `${n} not given every question, and alpha compares whole attempts`);
	}
	if (s === 2) {
		lack(['skewness', 'alpha'], 'needs at least three attempts; there are two');
		lack(['kurtosis'], 'needs at least four attempts; there are two');
	} else {
		const m2 = p2 / s;
		const m3 = p3 / s;
		const m4 = p4 / s;
		const k2 = p2 / (s - 1);
		if (k2 === 0) {
			lack(['skewness', 'kurtosis', 'alpha'], 'every attempt has the same total');
		} else {
			const k3 = (s * s * m3) / ((s - 1) * (s - 2));
			out.skewness = k3 / Math.pow(k2, 3 / 2);
			if (s > 3) {
				const k4 = (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
				out.kurtosis = k4 / (k2 * k2);
			} else lack(['kurtosis'], 'needs at least four attempts; there are three');
			if (missing.alpha === undefined) {
				let sumOfVariances = 0;
				for (const v of markVariances) sumOfVariances += v ?? 0;
				out.alpha = (p / (p - 1)) * (1 - sumOfVariances / k2);
			}
		}
	}

	if (out.alpha === null) {
		lack(['errorRatio', 'standardError'], `there is no alpha: ${missing.alpha}`);
		return out;
	}
	// Alpha cannot exceed 1, but rounding can nudge it a hair past.
	out.errorRatio = 100 * Math.sqrt(Math.max(0, 1 - out.alpha));
	out.standardError = (out.errorRatio * out.sd) / 100;
	return out;
}
