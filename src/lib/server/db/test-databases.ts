// The databases repository tests run against: a temporary SQLite file always, and PostgreSQL too
// when TEST_DATABASE_URL is set. Each open() gets its own file or schema, so test files running in
// parallel never share tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { setScryptParams } from '../auth/password';
import { createUser, type User } from '../repo/users';
import { createDb } from './connect';
import { migrate } from './migrate';
import type { Db } from './tables';

export interface OpenTestDb {
	db: Db;
	close(): Promise<void>;
}

export interface TestDatabase {
	name: 'sqlite' | 'postgres';
	open(): Promise<OpenTestDb>;
}

const sqlite: TestDatabase = {
	name: 'sqlite',
	async open() {
		const dir = mkdtempSync(join(tmpdir(), 'footnote-test-'));
		const db = createDb(`sqlite:${join(dir, 'footnote.db')}`);
		await migrate(db);
		return {
			db,
			async close() {
				await db.destroy();
				rmSync(dir, { recursive: true, force: true });
			}
		};
	}
};

function postgres(url: string): TestDatabase {
	return {
		name: 'postgres',
		async open() {
			const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
			const admin = createDb(url);
			await sql`create schema ${sql.id(schema)}`.execute(admin);
			await admin.destroy();
			const db = createDb(url, { schema });
			await migrate(db);
			return {
				db,
				async close() {
					await db.destroy();
					const cleanup = createDb(url);
					await sql`drop schema ${sql.id(schema)} cascade`.execute(cleanup);
					await cleanup.destroy();
				}
			};
		}
	};
}

/** Cheap hashing for tests that create accounts by the dozen; auth/password.test.ts covers the real cost. */
export const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestDatabase[] {
	setScryptParams(TEST_SCRYPT);
	const url = env.TEST_DATABASE_URL?.trim();
	return url ? [sqlite, postgres(url)] : [sqlite];
}

/** Empties every table, children first, so each test starts from nothing. */
export async function clearTables(db: Db): Promise<void> {
	const tables = [
		'classroom_responses',
		'classroom_answers',
		'classroom_students',
		'classroom_sessions',
		'questions',
		'sets',
		'packs',
		'login_attempts',
		'auth_sessions',
		'users'
	] as const;
	for (const table of tables) {
		await db.deleteFrom(table).execute();
	}
}

/** Accounts for a test, one per name, each with the same good password. */
export async function createTestUsers(db: Db, ...usernames: string[]): Promise<User[]> {
	const made = await Promise.all(
		usernames.map((username) => createUser(db, { username, password: 'a good long password' }))
	);
	return made.map((u) => {
		if (!u.ok) throw new Error(u.message);
		return u.value;
	});
}
