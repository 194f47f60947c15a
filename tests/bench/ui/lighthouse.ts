// Lighthouse 12 as shipped: its default config (the mobile preset, simulated throttling), in the
// Chromium that chrome-launcher starts, median of the runs by performance.
import { chromium, type Page } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROME_FLAGS } from './browser';
import { measured, reasonOf, unmeasured, type Measured } from './measured';
import { medianBy } from './stats';

export interface LhScores {
	/** 0–100. */
	performance: number;
	/** 0–100. */
	accessibility: number;
}

export interface LhRun extends LhScores {
	/** Accessibility audits that failed, by id. */
	failing: string[];
	/** The performance metrics behind the score, in ms (CLS unitless). */
	metrics: Record<string, number>;
}

export interface LhFigure extends LhRun {
	url: string;
	runs: LhScores[];
	/** Why runs failed (each failed run is tried once more before it counts as failed). */
	failures: string[];
}

const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index'
];

function scoresOf(lhr: Result): LhRun {
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	const performance = lhr.categories.performance?.score;
	const accessibility = lhr.categories.accessibility?.score;
	if (performance == null || accessibility == null) {
		const warnings = lhr.runWarnings.join('; ');
		throw new Error(`Lighthouse gave no performance or accessibility score${warnings ? ` (${warnings})` : ''}`);
	}
	const failing = (lhr.categories.accessibility?.auditRefs ?? [])
		.map((ref) => lhr.audits[ref.id])
		.filter((a) => a && a.score !== null && a.score < 1)
		.map((a) => a.id);
	const metrics = Object.fromEntries(
		METRICS.flatMap((id) => (lhr.audits[id]?.numericValue === undefined ? [] : [[id, lhr.audits[id].numericValue]]))
	) as Record<string, number>;
	return {
		performance: Math.round(performance * 100),
		accessibility: Math.round(accessibility * 100),
		failing,
		metrics
	};
}

async function withChrome<T>(chromePath: string, use: (port: number) => Promise<T>): Promise<T> {
	const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
	try {
		return await use(chrome.port);
	} finally {
		chrome.kill();
	}
}

async function audit(url: string, port: number): Promise<LhRun> {
	const result = await lighthouse(url, {
		port,
		logLevel: 'error',
		// Audits of weight 0 and the full-page screenshot change no score, and cost seconds a run on
		// this machine (bf-cache navigates away and back).
		disableFullPageScreenshot: true,
		skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot', 'script-treemap-data'],
		onlyCategories: ['performance', 'accessibility']
	});
	if (!result) throw new Error('Lighthouse returned no result');
	return scoresOf(result.lhr);
}

async function status(url: string): Promise<number> {
	const res = await fetch(url, { signal: AbortSignal.timeout(15_000) });
	await res.arrayBuffer();
	return res.status;
}

/**
 * `count` runs, each tried a second time if it fails: on a loaded machine Lighthouse now and then
 * gives up on a page (NO_FCP), and one such run should not cost the page its figure.
 */
async function repeat(url: string, count: number, once: () => Promise<LhRun>): Promise<Measured<LhFigure>> {
	const done: LhRun[] = [];
	const failures: string[] = [];
	for (let i = 0; i < count; i++) {
		let ok = false;
		for (let attempt = 0; attempt < 2 && !ok; attempt++) {
			try {
				done.push(await once());
				ok = true;
			} catch (error) {
				failures.push(reasonOf(error));
			}
		}
		// A run that fails twice running says the page, not the machine, is the trouble.
		if (!ok) break;
	}
	const mid = medianBy(done, (r) => r.performance);
	if (!mid) return unmeasured(failures[0] ?? 'no Lighthouse run finished');
	return measured({
		...mid,
		url,
		runs: done.map(({ performance, accessibility }) => ({ performance, accessibility })),
		failures
	});
}

/** `runs` Lighthouse runs of a page anyone can open by its address, each in a fresh Chromium. */
export async function lighthousePage(chromePath: string, url: string, runs = 3): Promise<Measured<LhFigure>> {
	try {
		const code = await status(url);
		if (code >= 400) return unmeasured(`${url} answered HTTP ${code}`);
		return await repeat(url, runs, () => withChrome(chromePath, (port) => audit(url, port)));
	} catch (error) {
		return unmeasured(reasonOf(error));
	}
}

/**
 * Lighthouse runs of a page reached by playing through another, such as results, which exist only
 * in the browser that took the quiz: `reach` drives that Chromium (through Playwright) and returns
 * the address it ended at. Lighthouse clears caches and service workers before each run but keeps
 * local storage, so each run is a cold load of the same learner's results.
 */
export async function lighthouseReached(
	chromePath: string,
	reach: (page: Page) => Promise<string>,
	runs = 3
): Promise<Measured<LhFigure>> {
	try {
		return await withChrome(chromePath, async (port) => {
			const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
			let url: string;
			try {
				const page = await browser.contexts()[0].newPage();
				url = await reach(page);
				await page.close();
			} finally {
				await browser.close();
			}
			return repeat(url, runs, () => audit(url, port));
		});
	} catch (error) {
		return unmeasured(reasonOf(error));
	}
}
