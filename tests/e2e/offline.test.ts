// Offline once loaded: the app is served by a server of this test's own (the node build that the
// Playwright configuration has just built), visited once, and then the server is stopped for real.
// Playwright's offline switch does not reach a service worker, so only stopping the server shows
// that the pages, the code and the questions come from the worker's cache.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { expect, test } from '@playwright/test';
import { answerByKeyboard, PACK, press, readHistory } from './study-helpers';

const PORT = 4187;
const BASE = `http://localhost:${PORT}`;

let server: ChildProcess | null = null;

async function reachable(): Promise<boolean> {
	try {
		return (await fetch(`${BASE}/study`)).ok;
	} catch {
		return false;
	}
}

async function startServer(): Promise<void> {
	if (!existsSync('build/index.js')) throw new Error('No node build in build/: run `npm run build` first.');
	server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(PORT), ORIGIN: BASE, DATABASE_URL: 'sqlite::memory:' },
		stdio: 'ignore'
	});
	for (let i = 0; i < 150; i++) {
		if (await reachable()) return;
		if (server.exitCode !== null) throw new Error(`the server stopped at once (exit code ${server.exitCode})`);
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the server did not answer at ${BASE} within 30 seconds`);
}

async function stopServer(): Promise<void> {
	if (!server || server.exitCode !== null) return;
	const exited = once(server, 'exit');
	server.kill();
	await exited;
	server = null;
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.beforeEach(startServer);
test.afterEach(stopServer);

test('after a first visit, the app still loads and a study session still works with the server stopped', async ({
	page
}) => {
	await page.goto(`${BASE}/study`);
	const today = page.getByRole('region', { name: 'Today' });
	await expect(today).toContainText('10 questions to study today');
	// Ready once the worker is active, which it becomes only after everything is in its cache.
	await page.evaluate(async () => void (await navigator.serviceWorker.ready));

	await stopServer();
	expect(await reachable()).toBe(false);

	await page.reload();
	await expect(today).toContainText('10 questions to study today');
	await press(page.getByRole('button', { name: 'Start studying' }));
	await answerByKeyboard(page);
	await press(page.locator('form.question').getByRole('button', { name: 'Check' }));
	await expect(page.getByText(/^Saved, rated/)).toBeVisible();
	expect((await readHistory(page)).answers).toHaveLength(1);

	// Moving within the app, and opening other pages afresh, works as well.
	await press(page.getByRole('link', { name: 'Progress' }));
	await expect(page.getByRole('region', { name: 'Coming due' })).toContainText('1 question is due today.');
	await page.goto(`${BASE}/packs/${PACK}/quiz?count=2&seed=offline`);
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	await page.goto(`${BASE}/packs/${PACK}/article#doha-meeting`);
	await expect(page.locator('#doha-meeting')).toContainText('third Doha meeting of special envoys');
});

test('the worker keeps one cache, of the version it serves', async ({ page }) => {
	await page.goto(`${BASE}/progress`);
	await page.evaluate(async () => void (await navigator.serviceWorker.ready));
	const caches = await page.evaluate(async () => {
		const keys = await globalThis.caches.keys();
		const cache = await globalThis.caches.open(keys[0]);
		const paths = (await cache.keys()).map((r) => new URL(r.url).pathname);
		return { keys, paths };
	});
	expect(caches.keys).toHaveLength(1);
	expect(caches.keys[0]).toMatch(/^footnote-/);
	expect(caches.paths).toEqual(
		expect.arrayContaining(['/study', '/progress', `/packs/${PACK}/pack.json`, `/packs/${PACK}/quiz`])
	);
});
