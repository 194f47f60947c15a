// Debian's Chromium (or CHROME_PATH) with the flags that work in this sandbox; Playwright drives
// it and Lighthouse launches its own copy of the same binary.
import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';

export const CHROME_FLAGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	// Chromium loads its own omnibox popup (a WebUI page of some 180 scripts) in a renderer of its
	// own for every new window, which here means every fresh context: on two cores that work lands in
	// the middle of the page being measured, and the figures become the browser's, not the page's.
	'--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'
];

/** The Chromium to use, or a message saying how to provide one. */
export function chromePath(env: NodeJS.ProcessEnv = process.env): { path: string } | { reason: string } {
	const candidates = [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
		(p): p is string => !!p
	);
	const found = candidates.find((p) => existsSync(p));
	if (found) return { path: found };
	return {
		reason: `no Chromium at ${candidates.join(' or ')}; install Debian's chromium or set CHROME_PATH`
	};
}

export function launchBrowser(executablePath: string): Promise<Browser> {
	return chromium.launch({ executablePath, args: CHROME_FLAGS, headless: true });
}
