// What a page costs in JavaScript: every script its document fetches (module preloads included),
// each counted once, at its gzip -9 size, the size a well-configured server would send.
import type { Browser, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { reasonOf, unmeasured, measured, type Measured } from './measured';
import { openQuiz } from './pages';

export interface ScriptFile {
	url: string;
	bytes: number;
	gzipBytes: number;
}

export interface JsWeight {
	gzipBytes: number;
	files: ScriptFile[];
}

export const isScript = (resourceType: string, url: string): boolean =>
	resourceType === 'script' || /\.m?js$/.test(new URL(url).pathname);

export const gzipSize = (body: Uint8Array): number => gzipSync(body, { level: 9 }).length;

/** Sizes each URL once (the first body seen), largest first. */
export function weigh(bodies: readonly { url: string; body: Uint8Array }[]): JsWeight {
	const seen = new Map<string, ScriptFile>();
	for (const { url, body } of bodies) {
		if (!seen.has(url)) seen.set(url, { url, bytes: body.length, gzipBytes: gzipSize(body) });
	}
	const files = [...seen.values()].sort((a, b) => b.gzipBytes - a.gzipBytes || a.url.localeCompare(b.url));
	return { gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), files };
}

interface Seen {
	url: string;
	startEpochMs: number;
	body: Promise<Buffer | null>;
}

/**
 * The page's scripts from navigation until `until`: for the quiz, its question-ready mark or, if
 * later, its hydrated mark (a script whose request started after both is not needed to show and
 * answer the first question; the quiz machine loads after them); for a page without a question,
 * the load event and network idle.
 */
export async function measurePageJs(
	browser: Browser,
	url: string,
	until: 'question-ready' | 'idle'
): Promise<Measured<JsWeight>> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const seen: Seen[] = [];
		page.on('response', (response: Response) => {
			const request = response.request();
			// Fetches a service worker makes (precaching) are not the page's own.
			if (request.serviceWorker()) return;
			if (!isScript(request.resourceType(), response.url())) return;
			seen.push({
				url: response.url(),
				startEpochMs: request.timing().startTime,
				body: response.body().catch(() => null)
			});
		});
		let cutoff = Infinity;
		if (until === 'question-ready') {
			const opened = await openQuiz(page, url);
			if (!opened.ok) return opened;
			cutoff = Math.max(opened.value.readyEpochMs, opened.value.hydratedEpochMs ?? -Infinity);
			// Scripts requested before the mark may still be arriving; later ones are left out by time.
			await page.waitForLoadState('networkidle').catch(() => {});
		} else {
			const response = await page.goto(url, { waitUntil: 'load' });
			if (response && response.status() >= 400) return unmeasured(`${url} answered HTTP ${response.status()}`);
			await page.waitForLoadState('networkidle');
		}
		const kept = seen.filter((s) => s.startEpochMs <= cutoff);
		const bodies: { url: string; body: Uint8Array }[] = [];
		for (const s of kept) {
			const body = await s.body;
			if (!body) return unmeasured(`the body of ${s.url} could not be read`);
			bodies.push({ url: s.url, body });
		}
		return measured(weigh(bodies));
	} catch (error) {
		return unmeasured(reasonOf(error));
	} finally {
		await context.close();
	}
}
