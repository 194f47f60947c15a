// Time to the first answerable question as a first-time visitor sees it: each run in a fresh
// browser context, so nothing is cached, and timed by the page's own mark from navigation start.
import type { Browser } from '@playwright/test';
import { measured, reasonOf, unmeasured, type Measured } from './measured';
import { openQuiz } from './pages';
import { median } from './stats';

export interface FirstQuestion {
	medianMs: number;
	runsMs: number[];
	/** When Check worked in the same loads; null if a load made no such mark. */
	liveMedianMs: number | null;
	liveRunsMs: (number | null)[];
}

export async function timeFirstQuestion(browser: Browser, url: string, runs = 5): Promise<Measured<FirstQuestion>> {
	const runsMs: number[] = [];
	const liveRunsMs: (number | null)[] = [];
	// One unmeasured visit first: the server's first render of a route loads its modules, a cost
	// paid once per server start, not per visitor.
	for (let i = -1; i < runs; i++) {
		const context = await browser.newContext();
		try {
			const opened = await openQuiz(await context.newPage(), url);
			if (!opened.ok) return opened;
			if (i >= 0) {
				runsMs.push(opened.value.readyMs);
				liveRunsMs.push(opened.value.liveMs);
			}
		} catch (error) {
			return unmeasured(reasonOf(error));
		} finally {
			await context.close();
		}
	}
	const live = liveRunsMs.every((ms) => ms !== null) ? median(liveRunsMs as number[]) : null;
	return measured({ medianMs: median(runsMs) ?? NaN, runsMs, liveMedianMs: live, liveRunsMs });
}
