// How quickly the quiz answers a click on Check or Next, measured inside the page.
//
// Method: after the page has loaded, a click listener on window notes the click event's timeStamp,
// and a MutationObserver on the whole document notes that the page has changed since. The listener
// is a capture listener, so it runs before the page's own handlers (and even if one of them stops
// the event) and sees every change they make. It then waits for animation frames: the first frame
// whose callback finds the DOM changed since the click ends the sample, `performance.now() -
// event.timeStamp`. That is the time from the input to the frame that paints the result, whether
// the page renders in the click handler, in a microtask or after awaiting something. A click that
// changes nothing within 2 s is counted as unrendered rather than timed.
import type { Browser, Page } from '@playwright/test';
import { measured, reasonOf, unmeasured, type Measured } from './measured';
import { openQuiz } from './pages';
import { playQuiz, type Step } from './quiz-driver';
import { median } from './stats';

export interface Interactions {
	medianMs: number;
	samples: { step: Step; ms: number }[];
	/** The results page reached by the first play-through that went to the end ('' if none did). */
	resultsUrl: string;
}

interface Probe {
	/** One entry per timed click: milliseconds, or null when the click changed nothing. */
	entries: (number | null)[];
}

declare global {
	interface Window {
		__footnoteBenchProbe?: Probe;
	}
}

// Plain JavaScript in a string: tsx names the functions it compiles with a helper that exists only
// in Node, so a compiled function would fail when Playwright sends it to the page.
const PROBE_SOURCE = `(() => {
	if (window.__footnoteBenchProbe) return;
	const probe = { entries: [] };
	window.__footnoteBenchProbe = probe;
	let pending = null;
	new MutationObserver(() => {
		if (pending) pending.changed = true;
	}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
	const measuredButton = (target) => {
		const button = target instanceof Element ? target.closest('button, [role="button"], input[type="submit"]') : null;
		const label = (button && (button.getAttribute('aria-label') || button.textContent)) || '';
		return button !== null && /^\\s*(check|next)\\b/i.test(label);
	};
	window.addEventListener('click', (e) => {
		if (!measuredButton(e.target)) return;
		const sample = { t0: e.timeStamp, changed: false };
		pending = sample;
		const frame = () => requestAnimationFrame(() => {
			const elapsed = performance.now() - sample.t0;
			if (sample.changed) probe.entries.push(elapsed);
			else if (elapsed > 2000) probe.entries.push(null);
			else return frame();
			if (pending === sample) pending = null;
		});
		frame();
	}, true);
})()`;

const probeCount = (page: Page) => page.evaluate(() => window.__footnoteBenchProbe?.entries.length ?? 0);

/** Plays the quiz (again, in a fresh context, until `count` clicks are timed) and takes the median. */
export async function measureInteractions(browser: Browser, url: string, count = 20): Promise<Measured<Interactions>> {
	const samples: { step: Step; ms: number }[] = [];
	let unrendered = 0;
	let resultsUrl = '';
	for (let play = 0; samples.length + unrendered < count && play < 3; play++) {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const opened = await openQuiz(page, url);
			if (!opened.ok) return opened;
			await page.waitForLoadState('load');
			await page.evaluate(PROBE_SOURCE);
			// Each sample is read as soon as it is taken: finishing the quiz may replace the document.
			const drive = await playQuiz(page, {
				click: async (step, click) => {
					const before = await probeCount(page);
					await click();
					const entry = await page.waitForFunction(
						(n) => {
							const entries = window.__footnoteBenchProbe?.entries ?? [];
							return entries.length > n ? { ms: entries[n] } : null;
						},
						before,
						{ timeout: 5000 }
					);
					const { ms } = (await entry.jsonValue()) as { ms: number | null };
					if (ms === null) unrendered++;
					else samples.push({ step, ms });
				},
				stop: () => samples.length + unrendered >= count
			});
			resultsUrl ||= drive.resultsUrl ?? '';
		} catch (error) {
			return unmeasured(reasonOf(error));
		} finally {
			await context.close();
		}
	}
	if (unrendered > 0) return unmeasured(`${unrendered} Check/Next clicks changed nothing on the page within 2 s`);
	if (samples.length < count) return unmeasured(`only ${samples.length} of ${count} Check/Next clicks could be timed`);
	const taken = samples.slice(0, count);
	return measured({ medianMs: median(taken.map((s) => s.ms)) ?? NaN, samples: taken, resultsUrl });
}
