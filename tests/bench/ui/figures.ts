// The figures `bench:ui` reports, their budgets, and how both are printed: a line per figure for
// people, then one JSON object for `npm run bench` to merge.
import type { LhScores } from './lighthouse';

export type LhPage = 'home' | 'quiz' | 'results';
export const LH_PAGES: LhPage[] = ['home', 'quiz', 'results'];

export interface Figures {
	quizPageJsGzipBytes: number | null;
	homePageJsGzipBytes: number | null;
	quizFirstQuestionMs: number | null;
	/**
	 * From navigation start to every button working with no code left to load (the quiz machine starts
	 * at the first answer or press), median of the same loads; no budget.
	 */
	quizLiveMs: number | null;
	checkInteractionMsMedian: number | null;
	lighthouse: Record<LhPage, LhScores | null>;
	validateMs5000: number | null;
}

export const emptyFigures = (): Figures => ({
	quizPageJsGzipBytes: null,
	homePageJsGzipBytes: null,
	quizFirstQuestionMs: null,
	quizLiveMs: null,
	checkInteractionMsMedian: null,
	lighthouse: { home: null, quiz: null, results: null },
	validateMs5000: null
});

export const BUDGETS = {
	quizPageJsGzipBytes: 50_000,
	quizFirstQuestionMs: 300,
	checkInteractionMsMedian: 50,
	lighthousePerformance: 95,
	lighthouseAccessibility: 100,
	validateMs5000: 1000
} as const;

/** 1 kB = 1000 B, as the budget is written. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (n: number): string => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

export interface BudgetLine {
	label: string;
	/** The figure as printed, or null when it was not measured. */
	shown: string | null;
	budget: string;
	/** true within budget, false over, null when there is no figure to judge. */
	met: boolean | null;
}

function line<T>(
	label: string,
	value: T | null,
	show: (v: T) => string,
	budget: string,
	ok: (v: T) => boolean
): BudgetLine {
	return value === null
		? { label, shown: null, budget, met: null }
		: { label, shown: show(value), budget, met: ok(value) };
}

export function budgetLines(f: Figures): BudgetLine[] {
	const lines = [
		line(
			'quiz page JS (gzip -9)',
			f.quizPageJsGzipBytes,
			kB,
			`≤ ${kB(BUDGETS.quizPageJsGzipBytes)}`,
			(v) => v <= BUDGETS.quizPageJsGzipBytes
		),
		line(
			'first question answerable',
			f.quizFirstQuestionMs,
			ms,
			`≤ ${BUDGETS.quizFirstQuestionMs} ms`,
			(v) => v <= BUDGETS.quizFirstQuestionMs
		),
		line(
			'Check/Next interaction, median',
			f.checkInteractionMsMedian,
			ms,
			`≤ ${BUDGETS.checkInteractionMsMedian} ms`,
			(v) => v <= BUDGETS.checkInteractionMsMedian
		)
	];
	for (const page of LH_PAGES) {
		const scores = f.lighthouse[page];
		lines.push(
			line(
				`Lighthouse ${page}: performance`,
				scores?.performance ?? null,
				String,
				`≥ ${BUDGETS.lighthousePerformance}`,
				(v) => v >= BUDGETS.lighthousePerformance
			),
			line(
				`Lighthouse ${page}: accessibility`,
				scores?.accessibility ?? null,
				String,
				`= ${BUDGETS.lighthouseAccessibility}`,
				(v) => v >= BUDGETS.lighthouseAccessibility
			)
		);
	}
	lines.push(
		line(
			'validating 5,000 questions',
			f.validateMs5000,
			ms,
			`≤ ${ms(BUDGETS.validateMs5000)}`,
			(v) => v <= BUDGETS.validateMs5000
		)
	);
	return lines;
}

export function formatBudgetLine(l: BudgetLine, labelWidth = 36): string {
	const mark = l.met === null ? '?' : l.met ? '✓' : '✗';
	return `  ${mark} ${l.label.padEnd(labelWidth)} ${(l.shown ?? 'not measured').padStart(12)}   budget ${l.budget}`;
}

/** Every figure that is null, by its JSON name: `--strict` fails on any. */
export function missingFigures(f: Figures): string[] {
	const missing: string[] = [];
	for (const [key, value] of Object.entries(f)) {
		if (key === 'lighthouse') continue;
		if (value === null) missing.push(key);
	}
	for (const page of LH_PAGES) if (f.lighthouse[page] === null) missing.push(`lighthouse.${page}`);
	return missing;
}
