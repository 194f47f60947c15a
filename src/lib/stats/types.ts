// The shapes of item analysis: what a finished session hands in, and the figures that come out. Figures
// keep Moodle's units so a report can be laid beside Moodle's own: facility is a fraction of the maximum
// mark, the indices and weights are percentages, variances are in marks squared.

export interface StatsQuestion {
	id: string;
	/** The mark a full answer earns in this set. */
	maxMark: number;
	/**
	 * The fraction of the maximum mark random guessing earns on average (Moodle's "random guess score"), or
	 * null when it cannot be estimated. Left out, it is unknown; `guessScore` works it out for a question.
	 */
	randomGuessScore?: number | null;
}

export interface StatsAttempt {
	id: string;
	/** Who made the attempt; several attempts by one learner are told apart by `number`. */
	learner?: string;
	/** 1 for a learner's first attempt, 2 for the second, and so on. */
	number?: number;
	/**
	 * The mark for each question the attempt was given. null: given but not answered, which scores 0 as in
	 * Moodle. A question left out of the record was not given in this attempt (drawn from a pool), and the
	 * attempt does not count towards that question's figures.
	 */
	marks: Record<string, number | null>;
}

/**
 * Which attempts count. 'all' treats every attempt as if a different person made it (what Moodle's fixture
 * uses); 'first' keeps each learner's first attempt only, since a retake builds on feedback from the first
 * and breaks the assumptions behind item analysis.
 */
export type WhichAttempts = 'all' | 'first';

export interface ItemAnalysisInput {
	questions: StatsQuestion[];
	attempts: StatsAttempt[];
	which?: WhichAttempts;
}

/** A plain-language finding about a question, an option or the whole set. */
export interface Flag<Code extends string = string> {
	code: Code;
	message: string;
}

export type ItemFlagCode =
	'too-easy' | 'too-hard' | 'near-guessing' | 'negative-discrimination' | 'weak-discrimination' | 'no-spread';

export type SetFlagCode = 'low-consistency' | 'few-attempts';

export type ItemFigure =
	| 'meanMark'
	| 'facility'
	| 'sd'
	| 'randomGuessScore'
	| 'intendedWeight'
	| 'effectiveWeight'
	| 'discriminationIndex'
	| 'discriminativeEfficiency'
	| 'markVariance'
	| 'otherMarkVariance'
	| 'covariance'
	| 'covarianceMax'
	| 'covarianceWithTotal';

export interface ItemStats {
	questionId: string;
	maxMark: number;
	/** Attempts that were given the question (Moodle's s). */
	attemptCount: number;
	/** Of those, attempts that left it unanswered (scored 0). */
	unansweredCount: number;
	meanMark: number | null;
	/** Mean mark over maximum mark, 0 to 1. */
	facility: number | null;
	/** Standard deviation of the marks, in marks. */
	sd: number | null;
	/** Fraction of the maximum mark that random guessing earns. */
	randomGuessScore: number | null;
	/** Share of the set's maximum total this question carries, in percent. */
	intendedWeight: number | null;
	/** Share of the spread of totals this question actually causes, in percent (Moodle's formula). */
	effectiveWeight: number | null;
	/** Correlation of this question's mark with the rest of the attempt's marks, times 100. */
	discriminationIndex: number | null;
	/** Covariance with the rest as a percentage of the largest covariance these marks allow. */
	discriminativeEfficiency: number | null;
	markVariance: number | null;
	/** Variance of the attempt totals without this question. */
	otherMarkVariance: number | null;
	/** Covariance of this question's mark with the rest of the attempt's marks. */
	covariance: number | null;
	/** The covariance if marks and rest marks were paired in the same order. */
	covarianceMax: number | null;
	/** Covariance with the attempt total, this question included; effective weight rests on it. */
	covarianceWithTotal: number | null;
	/** Why each figure that is null could not be worked out. */
	missing: Partial<Record<ItemFigure, string>>;
	flags: Flag<ItemFlagCode>[];
}

export type SetFigure = 'mean' | 'median' | 'sd' | 'skewness' | 'kurtosis' | 'alpha' | 'errorRatio' | 'standardError';

/** The attempt totals as a distribution, and how consistently the questions measure one thing. */
export interface SetStats {
	/** Sum of the questions' maximum marks. */
	maxMark: number;
	mean: number | null;
	median: number | null;
	sd: number | null;
	skewness: number | null;
	kurtosis: number | null;
	/**
	 * Cronbach's alpha, at most 1. Moodle shows it times 100 as the "coefficient of internal consistency".
	 */
	alpha: number | null;
	/** 100·√(1 − alpha): the share of the spread of totals that is measurement error, in percent. */
	errorRatio: number | null;
	/** The error ratio applied to the standard deviation, in marks. */
	standardError: number | null;
	missing: Partial<Record<SetFigure, string>>;
}

export interface ItemAnalysis {
	/** Attempts analysed. */
	attemptCount: number;
	/** Attempts left out because `which` was 'first' and they were retakes. */
	skippedAttemptCount: number;
	items: ItemStats[];
	/** The same as `set.alpha`, at hand because it is the figure most asked for. */
	alpha: number | null;
	set: SetStats;
	flags: Flag<SetFlagCode>[];
}

/** Something wrong with the input: where (a path into it) and what. */
export interface InputProblem {
	path: string;
	message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };
