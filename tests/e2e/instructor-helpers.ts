// Accounts and sessions for the instructor browser tests. Accounts are made the way an operator
// makes them (the user:add command, against the database the test server uses), each with a
// unique name, so test files can run in parallel and again without clearing anything.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const E2E_DATABASE_URL = 'sqlite:data/e2e.db';
export const PACK = 'russia-taliban-delisting';

export interface Account {
	username: string;
	password: string;
}

export function uniqueName(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export async function addUser(prefix: string, databaseUrl = E2E_DATABASE_URL): Promise<Account> {
	const account = { username: uniqueName(prefix), password: `pw-${randomBytes(8).toString('hex')}` };
	await run(process.execPath, ['bin/footnote.js', 'user:add', account.username], {
		env: { ...process.env, DATABASE_URL: databaseUrl, FOOTNOTE_PASSWORD: account.password }
	});
	return account;
}

/**
 * Opens a page and waits until its scripts have loaded: a button that works only with JavaScript
 * does nothing when pressed before then.
 */
export async function visit(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

/** Logs in through the page, as a person does, and lands where `next` says. */
export async function logIn(page: Page, account: Account, next = '/sets') {
	await visit(page, `/login?next=${encodeURIComponent(next)}`);
	await page.getByLabel('Username').fill(account.username);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Log in' }).click();
	// Checking a password costs 150–300 ms of scrypt; on a busy machine with other tests running, more.
	await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}$`), { timeout: 20_000 });
	await page.waitForLoadState('networkidle');
}

/**
 * Logs a request context in with a plain form post (the session cookie then goes with every
 * request it makes). A form post from elsewhere is refused by the CSRF check, so it names its origin.
 */
export async function logInRequest(request: APIRequestContext, baseURL: string, account: Account) {
	const res = await request.post('/login', {
		form: { username: account.username, password: account.password, next: '/sets' },
		// As a browser posts a form: asking for a page, so the answer is a redirect, not an action's JSON.
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status(), await res.text()).toBe(303);
}

/** A small valid set on the repository's pack. */
export const setBody = (over: Record<string, unknown> = {}) => ({
	id: 'api-set',
	title: 'API set',
	pack: PACK,
	questions: ['delisting-ruling-date', 'days-ruling-to-upgrade'],
	...over
});
