import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { serverNodeArgs } from './scripts/server-args.js';

// Tests drive a real Chromium: the one named by CHROME_PATH, else Debian's.
function chromium(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
		(p): p is string => !!p
	);
	const found = candidates.find((p) => existsSync(p));
	if (!found) {
		throw new Error(
			'No Chromium found for the browser tests. Install one (Debian: `sudo apt-get install chromium`) ' +
				'or point CHROME_PATH at a Chromium or Chrome binary. (`npx playwright install` is not needed.)'
		);
	}
	return found;
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BUILD_DIR = process.env.FOOTNOTE_BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromium(), args: CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npm run build && node ${serverNodeArgs().join(' ')} ${BUILD_DIR}`,
		port: PORT,
		reuseExistingServer: false,
		timeout: 180_000,
		env: {
			PORT: String(PORT),
			ORIGIN: `http://localhost:${PORT}`,
			DATABASE_URL: 'sqlite:data/e2e.db',
			BODY_SIZE_LIMIT: '3M',
			// Node closes a kept-alive connection after 5 s idle. A browser sends its request again when
			// the connection it reused was closed at that instant; Playwright's request API does not, and
			// a test that pauses about 5 s between two requests then fails with ECONNRESET.
			KEEP_ALIVE_TIMEOUT: '60'
		}
	}
});
