import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromePath, launchBrowser } from './browser';
import { serveFakeQuiz } from './fake-quiz';
import { measureInteractions } from './interaction';
import { measurePageJs } from './js-weight';
import { openQuiz } from './pages';

const chrome = chromePath();

// These drive a real Chromium against a stand-in quiz, so they run only where one is installed.
describe.skipIf(!('path' in chrome))('measuring a quiz in Chromium', { timeout: 60_000 }, () => {
	let browser: Browser;
	beforeAll(async () => {
		if ('path' in chrome) browser = await launchBrowser(chrome.path);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('answers every kind of control, times each Check and Next, and reads the results address', async () => {
		const quiz = await serveFakeQuiz({ questions: 4 });
		try {
			const m = await measureInteractions(browser, `${quiz.origin}/quiz`, 7);
			if (!m.ok) throw new Error(m.reason);
			expect(m.value.samples.map((s) => s.step)).toEqual(['check', 'next', 'check', 'next', 'check', 'next', 'check']);
			// Seven clicks are one play-through less its See results, so it stopped short of the results.
			expect(m.value.resultsUrl).toBe('');
			const more = await measureInteractions(browser, `${quiz.origin}/quiz`, 8);
			if (!more.ok) throw new Error(more.reason);
			expect(more.value.samples).toHaveLength(8);
			expect(m.value.samples.every((s) => s.ms > 0 && s.ms < 1000)).toBe(true);
			expect(more.value.resultsUrl).toBe(`${quiz.origin}/results?seed=fake`);
		} finally {
			await quiz.close();
		}
	});

	it('plays the quiz again in a fresh context when one play-through has too few clicks', async () => {
		const quiz = await serveFakeQuiz({ questions: 2 });
		try {
			const m = await measureInteractions(browser, `${quiz.origin}/quiz`, 5);
			if (!m.ok) throw new Error(m.reason);
			expect(m.value.samples.map((s) => s.step)).toEqual(['check', 'next', 'check', 'check', 'next']);
		} finally {
			await quiz.close();
		}
	});

	it('times a result rendered late to the frame that shows it, not to the frame after the click', async () => {
		const quiz = await serveFakeQuiz({ questions: 2, checkDelayMs: 150 });
		try {
			const m = await measureInteractions(browser, `${quiz.origin}/quiz`, 3);
			if (!m.ok) throw new Error(m.reason);
			const checks = m.value.samples.filter((s) => s.step === 'check');
			expect(checks.every((s) => s.ms >= 150)).toBe(true);
		} finally {
			await quiz.close();
		}
	});

	it('reports a page without the question-ready mark as a reason, not a figure', async () => {
		const quiz = await serveFakeQuiz({ questions: 1 });
		try {
			const page = await browser.newPage();
			expect(await openQuiz(page, `${quiz.origin}/results`, 500)).toEqual({
				ok: false,
				reason: 'the quiz page made no performance mark "footnote:question-ready" within 0.5 s'
			});
			expect(await openQuiz(page, `${quiz.origin}/missing`)).toEqual({
				ok: false,
				reason: `the quiz page answered HTTP 404 (${quiz.origin}/missing)`
			});
			await page.close();
		} finally {
			await quiz.close();
		}
	});

	it('weighs the scripts and preloads a page fetched before its question was ready, and no later ones', async () => {
		const quiz = await serveFakeQuiz({ questions: 1 });
		try {
			const m = await measurePageJs(browser, `${quiz.origin}/quiz`, 'question-ready');
			if (!m.ok) throw new Error(m.reason);
			expect(m.value.files.map((f) => f.url).sort()).toEqual([`${quiz.origin}/app.js`, `${quiz.origin}/early.js`]);
			const idle = await measurePageJs(browser, `${quiz.origin}/quiz`, 'idle');
			if (!idle.ok) throw new Error(idle.reason);
			expect(idle.value.files.map((f) => f.url)).toContain(`${quiz.origin}/late.js`);
			expect(m.value.gzipBytes).toBeGreaterThan(100);
		} finally {
			await quiz.close();
		}
	});
});
