// A server of its own, on a database of its own: the first-run page needs a database with no
// account, and a login lockout must not lock the shared test server's address for other tests.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { uniqueName } from './instructor-helpers';

// One server for both tests, which run in order; the server start and axe need room on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: ChildProcess;
let base: string;
const file = `data/${uniqueName('first-run')}.db`;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.listen(0, () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
		s.on('error', reject);
	});
}

test.beforeAll(async () => {
	const port = await freePort();
	base = `http://localhost:${port}`;
	server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), ORIGIN: base, DATABASE_URL: `sqlite:${file}` },
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/login`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('the first-run server did not start');
});

test.afterAll(() => {
	server?.kill();
	for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
});

test('the first account is made on the setup page, which is gone afterwards', async ({ page }) => {
	await page.goto(`${base}/login`);
	await page.getByRole('link', { name: 'Create the first one' }).click();
	await expect(page.getByRole('heading', { name: 'Create the first instructor account' })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'setup');
	await page.getByLabel('Username').fill('First');
	await page.getByLabel('Password', { exact: true }).fill('short');
	await page.getByLabel('The same password again').fill('short');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('alert')).toContainText('the password is too short (5 characters); use at least 10');
	await page.getByLabel('Password', { exact: true }).fill('a long enough password');
	await page.getByLabel('The same password again').fill('a long enough password');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(`${base}/sets`);
	await expect(page.getByText('Signed in as first')).toBeVisible();
	const again = await page.goto(`${base}/setup`);
	expect(again?.status()).toBe(404);
});

test('after five wrong passwords the login page says when to try again', async ({ page }) => {
	await page.goto(`${base}/login`);
	const attempt = async (password: string) => {
		await page.getByLabel('Username').fill('first');
		await page.getByLabel('Password').fill(password);
		const answered = page.waitForResponse(
			(r) => r.url().startsWith(`${base}/login`) && r.request().method() === 'POST'
		);
		await page.getByRole('button', { name: 'Log in' }).click();
		await answered;
	};
	for (let i = 0; i < 5; i++) {
		await attempt(`wrong guess ${i}`);
		await expect(page.getByRole('alert')).toContainText('Wrong username or password.');
	}
	await attempt('a long enough password');
	await expect(page.getByRole('alert')).toContainText(/Too many failed logins; try again in 1[45] minutes\./);
});
