import { describe, expect, it } from 'vitest';
import { budgetLines, emptyFigures, formatBudgetLine, kB, missingFigures, ms, type Figures } from './figures';

const full = (): Figures => ({
	quizPageJsGzipBytes: 42_100,
	homePageJsGzipBytes: 0,
	quizFirstQuestionMs: 210,
	quizLiveMs: 520,
	checkInteractionMsMedian: 16.4,
	lighthouse: {
		home: { performance: 100, accessibility: 100 },
		quiz: { performance: 95, accessibility: 100 },
		results: { performance: 97, accessibility: 100 }
	},
	validateMs5000: 800
});

describe('budgetLines', () => {
	it('passes every figure within its budget, the limits included', () => {
		const f = full();
		f.quizPageJsGzipBytes = 50_000;
		f.quizFirstQuestionMs = 300;
		expect(budgetLines(f).filter((l) => l.met !== true)).toEqual([]);
	});

	it.each([
		{ change: (f: Figures) => (f.quizPageJsGzipBytes = 50_001), label: 'quiz page JS (gzip -9)' },
		{ change: (f: Figures) => (f.quizFirstQuestionMs = 300.1), label: 'first question answerable' },
		{ change: (f: Figures) => (f.checkInteractionMsMedian = 51), label: 'Check/Next interaction, median' },
		{
			change: (f: Figures) => (f.lighthouse.quiz = { performance: 94, accessibility: 100 }),
			label: 'Lighthouse quiz: performance'
		},
		{
			change: (f: Figures) => (f.lighthouse.results = { performance: 100, accessibility: 99 }),
			label: 'Lighthouse results: accessibility'
		},
		{ change: (f: Figures) => (f.validateMs5000 = 1001), label: 'validating 5,000 questions' }
	])('fails only "$label" when it alone is over budget', ({ change, label }) => {
		const f = full();
		change(f);
		expect(
			budgetLines(f)
				.filter((l) => l.met === false)
				.map((l) => l.label)
		).toEqual([label]);
	});

	it('judges nothing it has no figure for', () => {
		const lines = budgetLines(emptyFigures());
		expect(lines.every((l) => l.met === null && l.shown === null)).toBe(true);
		expect(lines).toHaveLength(10);
	});
});

describe('formatBudgetLine', () => {
	it('prints the mark, the figure and the budget', () => {
		const [js, first] = budgetLines(full());
		expect(formatBudgetLine(js)).toMatchInlineSnapshot(
			`"  ✓ quiz page JS (gzip -9)                    42.1 kB   budget ≤ 50.0 kB"`
		);
		expect(formatBudgetLine({ ...first, shown: null, met: null })).toMatchInlineSnapshot(
			`"  ? first question answerable            not measured   budget ≤ 300 ms"`
		);
	});
});

describe('missingFigures', () => {
	it('names every figure that is null by its JSON name', () => {
		const f = full();
		f.checkInteractionMsMedian = null;
		f.lighthouse.results = null;
		expect(missingFigures(f)).toEqual(['checkInteractionMsMedian', 'lighthouse.results']);
		expect(missingFigures(full())).toEqual([]);
	});
});

describe('units', () => {
	it('writes kilobytes as thousands of bytes and small times with a decimal', () => {
		expect(kB(50_000)).toBe('50.0 kB');
		expect(kB(1024)).toBe('1.0 kB');
		expect(ms(4.26)).toBe('4.3 ms');
		expect(ms(250.4)).toBe('250 ms');
	});
});
