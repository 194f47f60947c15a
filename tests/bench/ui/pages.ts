// The pages measured, and the signals the quiz page gives: performance marks at the moment its
// first question can be answered, when the page has hydrated, and when the quiz machine runs.
import type { Page } from '@playwright/test';
import { measured, unmeasured, type Measured } from './measured';

export const HOME_PATH = '/';
// A practice quiz of ten questions in a fixed order, so every run answers the same ones.
export const QUIZ_PATH = '/packs/russia-taliban-delisting/quiz?mode=practice&count=10&seed=bench';
export const QUESTION_READY = 'footnote:question-ready';
export const QUIZ_HYDRATED = 'footnote:quiz-hydrated';
export const QUIZ_LIVE = 'footnote:quiz-live';

export interface Opened {
	/** The question-ready mark's startTime: milliseconds from navigation start. */
	readyMs: number;
	/** The same moment as wall-clock milliseconds, comparable with Playwright's request timings. */
	readyEpochMs: number;
	/** When the page had hydrated, as wall-clock milliseconds (null if it made no such mark). */
	hydratedEpochMs: number | null;
	/** When every button works with no code left to load, from navigation start; null without the mark. */
	liveMs: number | null;
}

/**
 * Navigates to the quiz and reads its marks. Nothing runs in the page until its load event, so the
 * measuring takes no time from the page it measures. A missing page or a page that never marks the
 * moment comes back as a reason, not a throw.
 */
export async function openQuiz(page: Page, url: string, timeoutMs = 15_000): Promise<Measured<Opened>> {
	const deadline = Date.now() + timeoutMs;
	let status: number | undefined;
	try {
		status = (await page.goto(url, { waitUntil: 'load', timeout: timeoutMs }))?.status();
	} catch (error) {
		return unmeasured(`the quiz page did not load: ${(error as Error).message.split('\n')[0]}`);
	}
	if (status !== undefined && status >= 400) return unmeasured(`the quiz page answered HTTP ${status} (${url})`);
	for (;;) {
		const read = await page
			.evaluate(
				(names) => ({
					origin: performance.timeOrigin,
					marks: names.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null)
				}),
				[QUESTION_READY, QUIZ_HYDRATED, QUIZ_LIVE]
			)
			.catch(() => null);
		const [ready, hydrated, live] = read?.marks ?? [null, null, null];
		// Every mark, or at the deadline whatever came after the question-ready one.
		const done = ready !== null && hydrated !== null && live !== null;
		if (read && ready !== null && (done || Date.now() >= deadline)) {
			return measured({
				readyMs: ready,
				readyEpochMs: read.origin + ready,
				hydratedEpochMs: hydrated === null ? null : read.origin + hydrated,
				liveMs: live
			});
		}
		if (Date.now() >= deadline) {
			return unmeasured(`the quiz page made no performance mark "${QUESTION_READY}" within ${timeoutMs / 1000} s`);
		}
		await new Promise((r) => setTimeout(r, 25));
	}
}
