import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { setScryptParams } from '../../lib/server/auth/password';
import { createDb } from '../../lib/server/db';
import { TEST_SCRYPT } from '../../lib/server/db/test-databases';
import { authenticate, listUsers } from '../../lib/server/repo/users';
import { run, type UserAddIo } from './user-add';

const dir = mkdtempSync(join(tmpdir(), 'footnote-user-add-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
setScryptParams(TEST_SCRYPT);

let n = 0;
let url: string;
beforeEach(() => {
	url = `sqlite:${join(dir, `run-${n++}`, 'footnote.db')}`;
});

function io(env: Record<string, string>, answers?: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const prompts: string[] = [];
	const value: UserAddIo = {
		env: { DATABASE_URL: url, ...env },
		out: (line) => out.push(line),
		err: (line) => err.push(line),
		askHidden: answers
			? async (prompt) => {
					prompts.push(prompt);
					return answers.shift() ?? '';
				}
			: null
	};
	return { io: value, out, err, prompts };
}

async function users() {
	const db = createDb(url);
	try {
		return (await listUsers(db)).map((u) => u.username);
	} finally {
		await db.destroy();
	}
}

describe('user:add', () => {
	it('creates an account with the password from FOOTNOTE_PASSWORD, creating the database', async () => {
		const t = io({ FOOTNOTE_PASSWORD: 'a good long password' });
		expect(await run(['Ada'], t.io)).toBe(0);
		expect(t.out).toEqual([`created instructor account "ada" in ${url}`]);
		expect(t.err).toEqual([]);
		const db = createDb(url);
		expect(await authenticate(db, 'ada', 'a good long password')).not.toBeNull();
		await db.destroy();
	});

	it('refuses a weak password and creates nothing', async () => {
		const t = io({ FOOTNOTE_PASSWORD: 'short' });
		expect(await run(['ada'], t.io)).toBe(1);
		expect(t.err).toEqual(['the password is too short (5 characters); use at least 10']);
		expect(await users()).toEqual([]);
	});

	it('refuses a username that exists, before asking for a password', async () => {
		expect(await run(['ada'], io({ FOOTNOTE_PASSWORD: 'a good long password' }).io)).toBe(0);
		const t = io({}, ['another long password', 'another long password']);
		expect(await run(['ADA'], t.io)).toBe(1);
		expect(t.err).toEqual(['an account named "ada" already exists; nothing was changed']);
		expect(t.prompts).toEqual([]);
	});

	it('asks twice at a terminal and creates the account when both agree', async () => {
		const t = io({}, ['typed at the terminal', 'typed at the terminal']);
		expect(await run(['grace'], t.io)).toBe(0);
		expect(t.prompts).toEqual(['Password for grace (at least 10 characters): ', 'The same password again: ']);
		expect(await users()).toEqual(['grace']);
	});

	it.each([
		[['typed at the terminal', 'typed differently'], 'the two passwords differ; nothing was created', 2],
		[['short'], 'the password is too short (5 characters); use at least 10', 1]
	])('at a terminal, refuses %j', async (answers, message, asked) => {
		const t = io({}, [...answers]);
		expect(await run(['grace'], t.io)).toBe(1);
		expect(t.err).toEqual([message]);
		expect(t.prompts).toHaveLength(asked);
		expect(await users()).toEqual([]);
	});

	it('without FOOTNOTE_PASSWORD or a terminal, says how to give the password', async () => {
		const t = io({});
		expect(await run(['grace'], t.io)).toBe(1);
		expect(t.err).toEqual(['no password given: set FOOTNOTE_PASSWORD, or run the command at a terminal to type it']);
	});

	it.each([
		[[], 2, 'usage: npm run user:add -- USERNAME'],
		[['a', 'b'], 2, 'usage: npm run user:add -- USERNAME'],
		[['a', '--admin'], 2, 'unknown option --admin\nusage: npm run user:add -- USERNAME'],
		[
			['no spaces'],
			1,
			'"no spaces" cannot be a username: use letters, digits, ".", "_" or "-" in the username, starting with a letter or digit'
		]
	])('for arguments %j exits %d with a message', async (args, code, message) => {
		const t = io({ FOOTNOTE_PASSWORD: 'a good long password' });
		expect(await run(args, t.io)).toBe(code);
		expect(t.err).toEqual([message]);
	});

	it('names a DATABASE_URL it cannot use', async () => {
		const t = io({ FOOTNOTE_PASSWORD: 'a good long password', DATABASE_URL: 'mysql://root:pw@db/x' });
		expect(await run(['ada'], t.io)).toBe(1);
		expect(t.err).toMatchInlineSnapshot(`
			[
			  "DATABASE_URL "mysql://root:***@db/x" is not understood; use "sqlite:<file>" (default sqlite:data/footnote.db) or "postgres://user:password@host:port/database"",
			]
		`);
	});
});
