import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, testDatabases, type OpenTestDb } from '../db/test-databases';
import { createUser, type User } from '../repo/users';
import {
	createSession,
	deleteExpiredSessions,
	hashToken,
	invalidateSession,
	invalidateUserSessions,
	SESSION_LIFETIME_MS,
	sessionCookieOptions,
	validateSession
} from './sessions';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-03-01T09:00:00.000Z');
const at = (ms: number) => () => new Date(ms);

describe.each(testDatabases())('sessions on $name', (database) => {
	let t: OpenTestDb;
	let user: User;
	beforeAll(async () => {
		t = await database.open();
	});
	afterAll(() => t.close());
	beforeEach(async () => {
		await clearTables(t.db);
		const created = await createUser(t.db, { username: 'ada', password: 'analytical engine' });
		if (!created.ok) throw new Error(created.message);
		user = created.value;
	});

	it('gives a 32-byte base64url token that finds its user until it expires 30 days later', async () => {
		const s = await createSession(t.db, user.id, { now: at(T0) });
		expect(s.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(s.expiresAt.toISOString()).toBe('2026-03-31T09:00:00.000Z');
		const valid = await validateSession(t.db, s.token, { now: at(T0 + DAY) });
		expect(valid).toEqual({ user, expiresAt: s.expiresAt, renewed: false });
		expect(await validateSession(t.db, s.token, { now: at(T0 + SESSION_LIFETIME_MS) })).toBeNull();
	});

	it('stores only the hash of the token', async () => {
		const s = await createSession(t.db, user.id, { now: at(T0) });
		const rows = await t.db.selectFrom('auth_sessions').select('id').execute();
		expect(rows).toEqual([{ id: hashToken(s.token) }]);
		expect(rows[0].id).not.toContain(s.token);
	});

	it('removes an expired session when it is presented', async () => {
		const s = await createSession(t.db, user.id, { now: at(T0) });
		await validateSession(t.db, s.token, { now: at(T0 + 31 * DAY) });
		expect(await t.db.selectFrom('auth_sessions').selectAll().execute()).toEqual([]);
	});

	it('extends a session used in the second half of its life to a full lifetime from then', async () => {
		const s = await createSession(t.db, user.id, { now: at(T0) });
		const used = T0 + 20 * DAY;
		const valid = await validateSession(t.db, s.token, { now: at(used) });
		expect(valid?.renewed).toBe(true);
		expect(valid?.expiresAt.getTime()).toBe(used + SESSION_LIFETIME_MS);
		expect(await validateSession(t.db, s.token, { now: at(T0 + 45 * DAY) })).not.toBeNull();
	});

	it.each([
		['nothing', undefined],
		['an empty string', ''],
		['a malformed token', 'not a token'],
		['an unknown token', 'A'.repeat(43)]
	])('finds no one for %s', async (_, token) => {
		await createSession(t.db, user.id);
		expect(await validateSession(t.db, token)).toBeNull();
	});

	it('stops accepting a token once it is invalidated, leaving other sessions alone', async () => {
		const a = await createSession(t.db, user.id);
		const b = await createSession(t.db, user.id);
		await invalidateSession(t.db, a.token);
		expect(await validateSession(t.db, a.token)).toBeNull();
		expect(await validateSession(t.db, b.token)).not.toBeNull();
	});

	it('ends all of an account’s sessions but the one it is told to keep', async () => {
		const [a, b, c] = [
			await createSession(t.db, user.id),
			await createSession(t.db, user.id),
			await createSession(t.db, user.id)
		];
		expect(await invalidateUserSessions(t.db, user.id, { except: b.token })).toBe(2);
		expect(await validateSession(t.db, a.token)).toBeNull();
		expect(await validateSession(t.db, b.token)).not.toBeNull();
		expect(await validateSession(t.db, c.token)).toBeNull();
	});

	it('reclaims expired rows and keeps live ones', async () => {
		await createSession(t.db, user.id, { now: at(T0) });
		const live = await createSession(t.db, user.id, { now: at(T0 + 10 * DAY) });
		expect(await deleteExpiredSessions(t.db, { now: at(T0 + 35 * DAY) })).toBe(1);
		expect(await validateSession(t.db, live.token, { now: at(T0 + 35 * DAY) })).not.toBeNull();
	});
});

describe('sessionCookieOptions', () => {
	const expires = new Date('2026-04-01T00:00:00Z');
	it.each([
		[new URL('https://footnote.example/login'), true],
		[new URL('http://localhost:5173/login'), false],
		[true, true],
		[false, false]
	])('for %s sets Secure to %s, with HttpOnly, SameSite=Lax and Path=/', (from, secure) => {
		expect(sessionCookieOptions(from, expires)).toEqual({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure,
			expires
		});
	});
});
