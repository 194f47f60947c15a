import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { createSession, validateSession } from '../auth/sessions';
import { clearTables, TEST_SCRYPT, testDatabases, type OpenTestDb } from '../db/test-databases';
import { createPack } from './packs';
import { createQuestion, getQuestion } from './questions';
import { createSet, getSet } from './sets';
import { article, packMeta, question, setBody } from './test-fixtures';
import {
	authenticate,
	changePassword,
	createUser,
	deleteUser,
	getUser,
	getUserByUsername,
	hasAnyUser,
	listUsers,
	setPassword,
	type User
} from './users';

describe.each(testDatabases())('users on $name', (database) => {
	let t: OpenTestDb;
	beforeAll(async () => {
		t = await database.open();
	});
	afterAll(() => t.close());
	beforeEach(() => clearTables(t.db));

	async function user(username: string, password = 'a good long password'): Promise<User> {
		const r = await createUser(t.db, { username, password });
		if (!r.ok) throw new Error(r.message);
		return r.value;
	}

	it('knows whether any account exists, for the first-run setup page', async () => {
		expect(await hasAnyUser(t.db)).toBe(false);
		await user('ada');
		expect(await hasAnyUser(t.db)).toBe(true);
	});

	it('creates an account with a lowercased username and lists accounts by name, without hashes', async () => {
		const now = () => new Date('2026-01-02T03:04:05.006Z');
		const r = await createUser(t.db, { username: '  Grace.Hopper ', password: 'cobol forever!' }, { now });
		expect(r).toEqual({
			ok: true,
			value: {
				id: expect.any(String),
				username: 'grace.hopper',
				createdAt: '2026-01-02T03:04:05.006Z',
				updatedAt: '2026-01-02T03:04:05.006Z'
			}
		});
		await user('ada');
		expect((await listUsers(t.db)).map((u) => u.username)).toEqual(['ada', 'grace.hopper']);
		expect(JSON.stringify(await listUsers(t.db))).not.toContain('scrypt');
	});

	it('refuses a username that is taken, in any case', async () => {
		await user('ada');
		expect(await createUser(t.db, { username: 'ADA', password: 'another password' })).toMatchInlineSnapshot(`
			{
			  "message": "an account named "ada" already exists; choose another username",
			  "ok": false,
			  "reason": "conflict",
			}
		`);
	});

	it('reports a bad username and a weak password together', async () => {
		expect(await createUser(t.db, { username: 'a b', password: 'short' })).toMatchInlineSnapshot(`
			{
			  "issues": [
			    {
			      "message": "use letters, digits, ".", "_" or "-" in the username, starting with a letter or digit",
			      "path": "username",
			    },
			    {
			      "message": "the password is too short (5 characters); use at least 10",
			      "path": "password",
			    },
			  ],
			  "message": "the new account is not valid: username: use letters, digits, ".", "_" or "-" in the username, starting with a letter or digit (and 1 more)",
			  "ok": false,
			  "reason": "invalid",
			}
		`);
	});

	it('authenticates the right password only', async () => {
		const ada = await user('ada', 'difference engine');
		expect(await authenticate(t.db, 'Ada', 'difference engine')).toEqual(ada);
		expect(await authenticate(t.db, 'ada', 'difference Engine')).toBeNull();
		expect(await authenticate(t.db, 'nobody', 'difference engine')).toBeNull();
		expect(await authenticate(t.db, '', 'difference engine')).toBeNull();
	});

	it('rehashes a password made with older parameters at the next login', async () => {
		const ada = await user('ada', 'difference engine');
		const old = await hashPassword('difference engine', { N: 512, r: 8, p: 1 });
		await t.db.updateTable('users').set({ password_hash: old }).where('id', '=', ada.id).execute();
		expect(await authenticate(t.db, 'ada', 'difference engine')).toEqual(ada);
		const row = await t.db
			.selectFrom('users')
			.select('password_hash')
			.where('id', '=', ada.id)
			.executeTakeFirstOrThrow();
		expect(row.password_hash.startsWith(`scrypt$${TEST_SCRYPT.N}$`)).toBe(true);
	});

	it('changes the password when the current one is given, ending other sessions', async () => {
		const ada = await user('ada', 'difference engine');
		const here = await createSession(t.db, ada.id);
		const elsewhere = await createSession(t.db, ada.id);
		const r = await changePassword(t.db, ada.id, {
			current: 'difference engine',
			next: 'analytical engine',
			keepSessionToken: here.token
		});
		expect(r).toEqual({ ok: true, value: undefined });
		expect(await authenticate(t.db, 'ada', 'analytical engine')).not.toBeNull();
		expect(await authenticate(t.db, 'ada', 'difference engine')).toBeNull();
		expect(await validateSession(t.db, here.token)).not.toBeNull();
		expect(await validateSession(t.db, elsewhere.token)).toBeNull();
	});

	it.each([
		[
			'a wrong current password',
			{ current: 'not it at all', next: 'analytical engine' },
			{ ok: false, reason: 'forbidden', message: 'the current password is not correct' }
		],
		[
			'a weak new password',
			{ current: 'difference engine', next: 'short' },
			{
				ok: false,
				reason: 'invalid',
				message: 'the new password is not valid: password: the password is too short (5 characters); use at least 10',
				issues: [{ path: 'password', message: 'the password is too short (5 characters); use at least 10' }]
			}
		],
		[
			'the same password again',
			{ current: 'difference engine', next: 'difference engine' },
			{
				ok: false,
				reason: 'invalid',
				message: 'the new password is not valid: next: the new password is the same as the current one',
				issues: [{ path: 'next', message: 'the new password is the same as the current one' }]
			}
		]
	])('refuses a password change with %s and keeps the old password', async (_, input, expected) => {
		const ada = await user('ada', 'difference engine');
		expect(await changePassword(t.db, ada.id, input)).toEqual(expected);
		expect(await authenticate(t.db, 'ada', 'difference engine')).not.toBeNull();
	});

	it('says not-found when changing the password of an account that is gone', async () => {
		expect(await changePassword(t.db, 'missing', { current: 'x', next: 'y' })).toMatchObject({ reason: 'not-found' });
		expect(await setPassword(t.db, 'missing', 'long enough password')).toMatchObject({ reason: 'not-found' });
	});

	it('deletes an account with its sessions, packs, sets and questions, and nobody else’s', async () => {
		const ada = await user('ada');
		const grace = await user('grace');
		const session = await createSession(t.db, ada.id);
		const pack = await createPack(t.db, ada.id, { meta: packMeta(), article });
		const set = await createSet(t.db, ada.id, setBody());
		const q = await createQuestion(t.db, ada.id, { packId: 'court-ruling', body: question() });
		const gracesSet = await createSet(t.db, grace.id, setBody('russia-taliban-delisting'));
		if (!pack.ok || !set.ok || !q.ok || !gracesSet.ok) throw new Error('fixture failed');

		expect(await deleteUser(t.db, ada.id)).toEqual({ ok: true, value: undefined });

		expect(await getUser(t.db, ada.id)).toBeNull();
		expect(await getUserByUsername(t.db, 'ada')).toBeNull();
		expect(await validateSession(t.db, session.token)).toBeNull();
		expect(await getSet(t.db, set.value.id)).toBeNull();
		expect(await getQuestion(t.db, q.value.id)).toBeNull();
		expect(await t.db.selectFrom('packs').selectAll().execute()).toEqual([]);
		expect(await getSet(t.db, gracesSet.value.id)).not.toBeNull();
		expect(await deleteUser(t.db, ada.id)).toMatchObject({ ok: false, reason: 'not-found' });
	});
});
