// The pages measured, and the one signal the quiz page gives: a performance mark at the moment its
// first question can be answered.
import type { Page } from '@playwright/test';
import { measured, unmeasured, type Measured } from './measured';

export const HOME_PATH = '/';
// A practice quiz of ten questions in a fixed order, so every run answers the same ones.
export const QUIZ_PATH = '/packs/russia-taliban-delisting/quiz?mode=practice&count=10&seed=bench';
export const QUESTION_READY = 'footnote:question-ready';

export interface Opened {
	/** The mark's startTime: milliseconds from navigation start. */
	readyMs: number;
	/** The same moment as wall-clock milliseconds, comparable with Playwright's request timings. */
	readyEpochMs: number;
}

/**
 * Navigates to the quiz and waits for its question-ready mark. A missing page or a page that never
 * marks the moment comes back as a reason, not a throw.
 */
export async function openQuiz(page: Page, url: string, timeoutMs = 15_000): Promise<Measured<Opened>> {
	let status: number | undefined;
	try {
		status = (await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs }))?.status();
	} catch (error) {
		return unmeasured(`the quiz page did not load: ${(error as Error).message.split('\n')[0]}`);
	}
	if (status !== undefined && status >= 400) return unmeasured(`the quiz page answered HTTP ${status} (${url})`);
	try {
		const handle = await page.waitForFunction(
			(name) => {
				const mark = performance.getEntriesByName(name, 'mark')[0];
				return mark ? { readyMs: mark.startTime, readyEpochMs: performance.timeOrigin + mark.startTime } : null;
			},
			QUESTION_READY,
			{ timeout: timeoutMs }
		);
		return measured((await handle.jsonValue()) as Opened);
	} catch {
		return unmeasured(`the quiz page made no performance mark "${QUESTION_READY}" within ${timeoutMs / 1000} s`);
	}
}
