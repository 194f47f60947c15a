// What every scorer returns. Each question is worth one point, so questions of every type weigh the
// same in a total; partial credit is a fraction of that point.

export interface PartResult {
	/** An option, item, pair or blank id; "value" for true-false, numeric and short-text. */
	id: string;
	correct: boolean;
}

export interface ScoreResult {
	points: number;
	max: number;
	/** Every part right: full points. */
	correct: boolean;
	/** Which parts of the response were right, in the question's own order. */
	parts: PartResult[];
	/** The author's feedback that applies to this response. */
	feedback: string[];
	/** What the engine itself has to say, such as a number it could not read. */
	notes: string[];
}

export const MAX_POINTS = 1;

/** Rounds away float noise (2/3 + 1/3) so that full marks compare equal to the maximum. */
export function scored(
	fraction: number,
	parts: PartResult[],
	feedback: string[] = [],
	notes: string[] = []
): ScoreResult {
	const clamped = Math.min(1, Math.max(0, fraction));
	const points = Math.round(clamped * MAX_POINTS * 1e6) / 1e6;
	return { points, max: MAX_POINTS, correct: points === MAX_POINTS, parts, feedback, notes };
}

/** Ids in the order given, each once, keeping only those `known` holds; the rest are reported. */
export function knownOnce(ids: readonly string[], known: ReadonlySet<string>): { ids: string[]; unknown: string[] } {
	const seen = new Set<string>();
	const out: string[] = [];
	const unknown: string[] = [];
	for (const id of ids) {
		if (seen.has(id)) continue;
		seen.add(id);
		if (known.has(id)) out.push(id);
		else unknown.push(id);
	}
	return { ids: out, unknown };
}

export const unknownNote = (what: string, ids: string[]): string[] =>
	ids.length ? [`ignored ${what} not in this question: ${ids.map((i) => JSON.stringify(i)).join(', ')}`] : [];

export const feedbackOf = (...texts: (string | undefined)[]): string[] => texts.filter((t): t is string => !!t);
