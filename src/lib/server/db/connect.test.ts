import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, createDb, databaseUrl, getDb, initDb, migrate, parseDatabaseUrl, redactUrl } from '.';

const dir = mkdtempSync(join(tmpdir(), 'footnote-connect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseDatabaseUrl', () => {
	it.each([
		['sqlite:data/footnote.db', { kind: 'sqlite', path: 'data/footnote.db' }],
		['sqlite:/var/lib/footnote.db', { kind: 'sqlite', path: '/var/lib/footnote.db' }],
		['sqlite:///var/lib/footnote.db', { kind: 'sqlite', path: '/var/lib/footnote.db' }],
		['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
		['  postgres://u:p@db:5432/footnote ', { kind: 'postgres', url: 'postgres://u:p@db:5432/footnote' }],
		['postgresql://db/footnote', { kind: 'postgres', url: 'postgresql://db/footnote' }]
	])('reads %j', (url, target) => {
		expect(parseDatabaseUrl(url)).toEqual(target);
	});

	it('refuses an unknown scheme without showing the password', () => {
		expect(() => parseDatabaseUrl('mysql://root:hunter2@db/footnote')).toThrowErrorMatchingInlineSnapshot(
			`[DatabaseUrlError: DATABASE_URL "mysql://root:***@db/footnote" is not understood; use "sqlite:<file>" (default sqlite:data/footnote.db) or "postgres://user:password@host:port/database"]`
		);
	});

	it('refuses "sqlite:" with no file', () => {
		expect(() => parseDatabaseUrl('sqlite:')).toThrowErrorMatchingInlineSnapshot(
			`[DatabaseUrlError: DATABASE_URL "sqlite:" names no file; write e.g. "sqlite:data/footnote.db"]`
		);
	});
});

describe('redactUrl', () => {
	it.each([
		['postgres://me:secret@host/db', 'postgres://me:***@host/db'],
		['postgres://host/db', 'postgres://host/db'],
		['sqlite:data/x.db', 'sqlite:data/x.db']
	])('shows %j as %j', (url, shown) => expect(redactUrl(url)).toBe(shown));
});

describe('databaseUrl', () => {
	it('defaults to the SQLite file under data/ when DATABASE_URL is unset or blank', () => {
		expect(databaseUrl({})).toBe('sqlite:data/footnote.db');
		expect(databaseUrl({ DATABASE_URL: ' ' })).toBe('sqlite:data/footnote.db');
		expect(databaseUrl({ DATABASE_URL: 'postgres://h/db' })).toBe('postgres://h/db');
	});
});

describe('a SQLite database', () => {
	it('is created with its folder, in WAL mode with foreign keys enforced, and migrated once', async () => {
		const file = join(dir, 'nested', 'deeper', 'footnote.db');
		const db = createDb(`sqlite:${file}`);
		try {
			expect(await migrate(db)).toEqual(['0001-accounts-and-sets', '0010-classroom']);
			expect(await migrate(db)).toEqual([]);
			expect(existsSync(file)).toBe(true);
			const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
			expect(mode.rows[0].journal_mode).toBe('wal');
			const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
			expect(fk.rows[0].foreign_keys).toBe(1);
			const tables = await db.introspection.getTables();
			expect(tables.map((t) => t.name).sort()).toEqual([
				'auth_sessions',
				'classroom_answers',
				'classroom_responses',
				'classroom_sessions',
				'classroom_students',
				'login_attempts',
				'packs',
				'questions',
				'sets',
				'users'
			]);
		} finally {
			await db.destroy();
		}
	});

	it('that cannot be opened fails with a message naming the file', async () => {
		const db = createDb(`sqlite:${dir}`);
		await expect(db.selectFrom('users').selectAll().execute()).rejects.toThrow(
			`cannot open the SQLite database ${dir}:`
		);
		await db.destroy().catch(() => {});
	});
});

describe('getDb and initDb', () => {
	it('open DATABASE_URL once, migrate it, and start afresh after closeDb', async () => {
		const before = process.env.DATABASE_URL;
		process.env.DATABASE_URL = `sqlite:${join(dir, 'app.db')}`;
		try {
			const db = await initDb();
			expect(getDb()).toBe(db);
			expect(await initDb()).toBe(db);
			expect(await db.selectFrom('users').selectAll().execute()).toEqual([]);
			await closeDb();
			expect(getDb()).not.toBe(db);
		} finally {
			await closeDb();
			if (before === undefined) delete process.env.DATABASE_URL;
			else process.env.DATABASE_URL = before;
		}
	});
});
