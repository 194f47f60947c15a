// The static build: every page that needs no server, and nothing that links to one that does.
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'build-static-test';
const PORT = Number(process.env.E2E_STATIC_PORT ?? 4185);
const BASE = `http://localhost:${PORT}`;
let server: ChildProcess | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(240_000);
	rmSync(OUT, { recursive: true, force: true });
	const build = spawnSync('npm', ['run', 'build:static'], {
		encoding: 'utf8',
		env: { ...process.env, FOOTNOTE_BUILD_DIR: OUT, FOOTNOTE_KIT_DIR: '.svelte-kit-static-test' }
	});
	expect(build.status, build.stderr.slice(-2000)).toBe(0);
	server = spawn(process.execPath, ['scripts/serve-static.js', OUT], { env: { ...process.env, PORT: String(PORT) } });
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(BASE)).ok) return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error('the static server did not start');
});

test.afterAll(() => {
	server?.kill();
	rmSync(OUT, { recursive: true, force: true });
});

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
	});
}

test('holds the learner pages and leaves out those that need a server, with no link to them', () => {
	for (const page of ['index.html', 'study.html', 'progress.html', 'packs/russia-taliban-delisting/article.html']) {
		expect(existsSync(join(OUT, page)), page).toBe(true);
	}
	expect(existsSync(join(OUT, 'packs/russia-taliban-delisting/quiz.html'))).toBe(true);
	expect(existsSync(join(OUT, 'packs/russia-taliban-delisting/pack.json'))).toBe(true);
	expect(existsSync(join(OUT, 'sets.html'))).toBe(false);
	expect(existsSync(join(OUT, 'login.html'))).toBe(false);
	for (const file of htmlFiles(OUT)) {
		const html = readFileSync(file, 'utf8');
		expect(html, file).not.toMatch(/href="[^"]*\/(sets|login|account|classroom|join)\b/);
	}
});

test('takes a quiz and opens its citation in the reader without a server behind it', async ({ page }) => {
	await page.goto(`${BASE}/packs/russia-taliban-delisting/quiz?count=2&seed=static`);
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	await page.goto(
		`${BASE}/packs/russia-taliban-delisting/article?quote=${encodeURIComponent('41 countries worldwide')}#legitimacy-precedent`
	);
	await expect(page.locator('#legitimacy-precedent mark')).toHaveText('41 countries worldwide');
	await page.goto(`${BASE}/study`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
