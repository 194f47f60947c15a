import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

// axe-core itself, injected once per document and run in it. The app has no frames, so the top
// document is the whole page; this skips the per-scan page and frame set-up of a wrapper library,
// which costs about a second a scan on a two-core machine.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

declare global {
	interface Window {
		axe?: typeof import('axe-core');
	}
}

/** The violations axe finds on the page as it is now (in `selector` only, when given), one line each. */
async function axeViolations(page: Page, selector?: string): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(
		async ({ tags, selector }) => {
			const axe = window.axe!;
			const context = selector ? { include: [selector] } : document;
			const results = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
			return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
		},
		{ tags: TAGS, selector }
	);
}

/** Fails with the list of violations when axe finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page, label = page.url(), selector?: string) {
	expect(await axeViolations(page, selector), `axe violations on ${label}`).toEqual([]);
}

/** Runs the check in the light and in the dark colour scheme (in `selector` only, when given). */
export async function expectNoAxeViolationsInBothSchemes(page: Page, label?: string, selector?: string) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectNoAxeViolations(page, `${label ?? page.url()} (${colorScheme})`, selector);
	}
	await page.emulateMedia({ colorScheme: null });
}
