// Instructor accounts. An account owns its packs, sets, questions and sessions; deleting it deletes
// them all (ON DELETE CASCADE in the schema).
import { z } from 'zod';
import { hashPassword, needsRehash, passwordProblem, verifyNothing, verifyPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/sessions';
import { systemClock, type ClockOption } from '../clock';
import { isUniqueViolation } from '../db/errors';
import type { Db, UsersTable } from '../db/tables';
import { newId } from '../ids';
import { fail, invalid, ok, validate, type Result } from '../result';

export interface User {
	id: string;
	username: string;
	createdAt: string;
	updatedAt: string;
}

export const usernameSchema = z
	.string({ error: 'the username must be text' })
	.trim()
	.toLowerCase()
	.min(3, 'the username is too short; use 3 to 32 characters')
	.max(32, 'the username is too long; use 3 to 32 characters')
	.regex(
		/^[a-z0-9][a-z0-9._-]*$/,
		'use letters, digits, ".", "_" or "-" in the username, starting with a letter or digit'
	);

export function toUser(row: Pick<UsersTable, 'id' | 'username' | 'created_at' | 'updated_at'>): User {
	return { id: row.id, username: row.username, createdAt: row.created_at, updatedAt: row.updated_at };
}

const userColumns = ['id', 'username', 'created_at', 'updated_at'] as const;

/** Lowercased and trimmed as stored; null when it could never be a username. */
export function normaliseUsername(username: string): string | null {
	const parsed = usernameSchema.safeParse(username);
	return parsed.success ? parsed.data : null;
}

export async function hasAnyUser(db: Db): Promise<boolean> {
	const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
	return row !== undefined;
}

export async function listUsers(db: Db): Promise<User[]> {
	const rows = await db.selectFrom('users').select(userColumns).orderBy('username').execute();
	return rows.map(toUser);
}

export async function getUser(db: Db, id: string): Promise<User | null> {
	const row = await db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
	return row ? toUser(row) : null;
}

export async function getUserByUsername(db: Db, username: string): Promise<User | null> {
	const name = normaliseUsername(username);
	if (!name) return null;
	const row = await db.selectFrom('users').select(userColumns).where('username', '=', name).executeTakeFirst();
	return row ? toUser(row) : null;
}

export async function createUser(
	db: Db,
	input: { username: string; password: string },
	{ now = systemClock }: ClockOption = {}
): Promise<Result<User, 'invalid' | 'conflict'>> {
	const name = validate(usernameSchema, input.username, 'the username');
	const weak = passwordProblem(input.password);
	const issues = [
		...(name.ok ? [] : (name.issues ?? [])).map((i) => ({ ...i, path: 'username' })),
		...(weak ? [{ path: 'password', message: weak }] : [])
	];
	if (!name.ok || weak) return invalid('the new account', issues);
	const taken = () => fail('conflict', `an account named "${name.value}" already exists; choose another username`);
	if (await getUserByUsername(db, name.value)) return taken();
	const at = now().toISOString();
	const row = {
		id: newId(),
		username: name.value,
		password_hash: await hashPassword(input.password),
		created_at: at,
		updated_at: at
	};
	try {
		await db.insertInto('users').values(row).execute();
	} catch (e) {
		if (isUniqueViolation(e)) return taken();
		throw e;
	}
	return ok(toUser(row));
}

/**
 * The account for this username and password, or null. Takes as long for an unknown username as for
 * a wrong password. Callers facing the network use login() (auth/login.ts), which also limits tries.
 */
export async function authenticate(db: Db, username: string, password: string): Promise<User | null> {
	const name = normaliseUsername(username);
	const row = name
		? await db
				.selectFrom('users')
				.select([...userColumns, 'password_hash'])
				.where('username', '=', name)
				.executeTakeFirst()
		: undefined;
	if (!row) return verifyNothing(password).then(() => null);
	if (!(await verifyPassword(password, row.password_hash))) return null;
	if (needsRehash(row.password_hash)) {
		// Raised parameters reach each account at its next login; the account's state is unchanged.
		await db
			.updateTable('users')
			.set({ password_hash: await hashPassword(password) })
			.where('id', '=', row.id)
			.execute();
	}
	return toUser(row);
}

/**
 * Replaces the password without asking for the old one (the command line, an administrator) and
 * ends every session of the account.
 */
export async function setPassword(
	db: Db,
	userId: string,
	password: string,
	{ now = systemClock, keepSessionToken }: ClockOption & { keepSessionToken?: string } = {}
): Promise<Result<void, 'invalid' | 'not-found'>> {
	const weak = passwordProblem(password);
	if (weak) return invalid('the new password', [{ path: 'password', message: weak }]);
	const hash = await hashPassword(password);
	const { numUpdatedRows } = await db
		.updateTable('users')
		.set({ password_hash: hash, updated_at: now().toISOString() })
		.where('id', '=', userId)
		.executeTakeFirst();
	if (Number(numUpdatedRows) === 0) return fail('not-found', 'the account no longer exists');
	await invalidateUserSessions(db, userId, { except: keepSessionToken });
	return ok(undefined);
}

/**
 * An instructor changing their own password: the current one must be given. Other sessions of the
 * account end (someone who learnt the old password is logged out); `keepSessionToken` stays valid.
 */
export async function changePassword(
	db: Db,
	userId: string,
	input: { current: string; next: string; keepSessionToken?: string },
	options: ClockOption = {}
): Promise<Result<void, 'invalid' | 'forbidden' | 'not-found'>> {
	const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
	if (!row) return fail('not-found', 'the account no longer exists');
	if (!(await verifyPassword(input.current, row.password_hash))) {
		return fail('forbidden', 'the current password is not correct');
	}
	if (input.next === input.current) {
		return invalid('the new password', [{ path: 'next', message: 'the new password is the same as the current one' }]);
	}
	return setPassword(db, userId, input.next, { ...options, keepSessionToken: input.keepSessionToken });
}

/** Deletes the account and, by cascade, its sessions, packs, sets and questions. */
export async function deleteUser(db: Db, userId: string): Promise<Result<void, 'not-found'>> {
	const { numDeletedRows } = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
	return Number(numDeletedRows) === 0 ? fail('not-found', 'the account does not exist') : ok(undefined);
}
