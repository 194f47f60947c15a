import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, testDatabases, type OpenTestDb } from '../db/test-databases';
import { createUser } from '../repo/users';
import { login, LOGIN_LIMITS, lockedMessage } from './login';

const MINUTE = 60_000;
const T0 = Date.parse('2026-03-01T09:00:00.000Z');

describe.each(testDatabases())('login on $name', (database) => {
	let t: OpenTestDb;
	let time = T0;
	const now = () => new Date(time);
	const attempt = (username: string, password: string, address = '10.0.0.1') =>
		login(t.db, { username, password, address }, { now });
	const fail = async (n: number, username: string, address = '10.0.0.1') => {
		for (let i = 0; i < n; i++) expect((await attempt(username, 'wrong password!', address)).ok).toBe(false);
	};

	beforeAll(async () => {
		t = await database.open();
	});
	afterAll(() => t.close());
	beforeEach(async () => {
		time = T0;
		await clearTables(t.db);
		const created = await createUser(t.db, { username: 'grace', password: 'compiler-a0 1952' });
		if (!created.ok) throw new Error(created.message);
	});

	it('lets the right password in, whatever the username’s case', async () => {
		const r = await attempt(' Grace ', 'compiler-a0 1952');
		expect(r.ok && r.user.username).toBe('grace');
	});

	it('says the same about a wrong password and an unknown username', async () => {
		expect(await attempt('grace', 'wrong password!')).toEqual({
			ok: false,
			reason: 'credentials',
			message: 'wrong username or password'
		});
		expect(await attempt('nobody', 'wrong password!')).toEqual(await attempt('grace', 'still wrong!!'));
	});

	it('locks a username after 5 failures in 15 minutes, even from other addresses and with the right password', async () => {
		for (let i = 0; i < 5; i++) {
			await fail(1, 'grace', `10.0.1.${i}`);
			time += MINUTE;
		}
		const r = await attempt('grace', 'compiler-a0 1952', '10.0.9.9');
		expect(r).toEqual({
			ok: false,
			reason: 'locked',
			retryAfterMinutes: 10,
			message: 'too many failed logins; try again in 10 minutes'
		});
	});

	it('unlocks when the oldest failure leaves the window', async () => {
		await fail(5, 'grace');
		time += LOGIN_LIMITS.windowMs - 30_000;
		const locked = await attempt('grace', 'compiler-a0 1952');
		expect(locked).toMatchObject({ reason: 'locked', retryAfterMinutes: 1, message: lockedMessage(1) });
		time += 30_000;
		expect((await attempt('grace', 'compiler-a0 1952')).ok).toBe(true);
	});

	it('does not count failures older than the window', async () => {
		await fail(4, 'grace');
		time += LOGIN_LIMITS.windowMs;
		await fail(4, 'grace');
		expect((await attempt('grace', 'compiler-a0 1952')).ok).toBe(true);
	});

	it('locks an address that fails across many usernames, but not the same usernames elsewhere', async () => {
		for (const name of ['a1', 'b2', 'c3', 'd4', 'e5']) await fail(1, name, '192.0.2.7');
		expect((await attempt('grace', 'compiler-a0 1952', '192.0.2.7')).ok).toBe(false);
		expect((await attempt('grace', 'compiler-a0 1952', '192.0.2.8')).ok).toBe(true);
	});

	it('clears a username’s failures on success but not its address’s', async () => {
		await fail(4, 'grace', '192.0.2.7');
		expect((await attempt('grace', 'compiler-a0 1952', '192.0.2.8')).ok).toBe(true);
		await fail(4, 'grace', '192.0.2.9');
		expect((await attempt('grace', 'compiler-a0 1952', '192.0.2.9')).ok).toBe(true);
		await fail(1, 'someone', '192.0.2.7');
		expect(await attempt('grace', 'compiler-a0 1952', '192.0.2.7')).toMatchObject({ reason: 'locked' });
	});

	it('does not record tries refused while locked, so the lock ends on time', async () => {
		await fail(5, 'grace');
		await fail(10, 'grace');
		time += LOGIN_LIMITS.windowMs;
		expect((await attempt('grace', 'compiler-a0 1952')).ok).toBe(true);
	});

	it('forgets failures older than the window', async () => {
		await fail(3, 'grace');
		time += LOGIN_LIMITS.windowMs + 1;
		await fail(1, 'other');
		expect(await t.db.selectFrom('login_attempts').select('key').orderBy('key').execute()).toEqual([
			{ key: 'address:10.0.0.1' },
			{ key: 'user:other' }
		]);
	});
});
