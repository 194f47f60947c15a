// Opening a database from a URL. Drivers load on first use, so a PostgreSQL deployment never loads
// the SQLite native module and the other way round.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import type { Database, Db } from './tables';

export const DEFAULT_DATABASE_URL = 'sqlite:data/footnote.db';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** DATABASE_URL names no database we can open. The message says what was wrong and what works. */
export class DatabaseUrlError extends Error {
	override name = 'DatabaseUrlError';
}

/** The URL with any password replaced, for messages and logs. */
export function redactUrl(url: string): string {
	return url.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

export function parseDatabaseUrl(url: string): DatabaseTarget {
	const value = url.trim();
	if (/^sqlite:/i.test(value)) {
		// "sqlite:data/x.db", "sqlite:/abs/x.db" and "sqlite:///abs/x.db" all name a file.
		const path = value.slice('sqlite:'.length).replace(/^\/\//, '');
		if (!path) throw new DatabaseUrlError('DATABASE_URL "sqlite:" names no file; write e.g. "sqlite:data/footnote.db"');
		return { kind: 'sqlite', path };
	}
	if (/^postgres(ql)?:\/\/./i.test(value)) return { kind: 'postgres', url: value };
	throw new DatabaseUrlError(
		`DATABASE_URL "${redactUrl(value)}" is not understood; use "sqlite:<file>" (default ${DEFAULT_DATABASE_URL}) ` +
			'or "postgres://user:password@host:port/database"'
	);
}

export interface CreateDbOptions {
	/** PostgreSQL only: the schema to work in (it must exist), so test runs do not share tables. */
	schema?: string;
}

function sqliteDialect(path: string): Dialect {
	const inMemory = path === ':memory:';
	const file = inMemory ? path : resolve(path);
	if (!inMemory) mkdirSync(dirname(file), { recursive: true });
	return new SqliteDialect({
		database: async () => {
			const { default: Sqlite } = await import('better-sqlite3');
			let sqlite: BetterSqlite3.Database;
			try {
				sqlite = new Sqlite(file);
			} catch (e) {
				throw new Error(`cannot open the SQLite database ${file}: ${(e as Error).message}`, { cause: e });
			}
			// WAL lets pages read while a write is in progress; without foreign_keys SQLite ignores the
			// cascades that delete an account's data; busy_timeout waits out another process's write.
			sqlite.pragma('journal_mode = WAL');
			sqlite.pragma('foreign_keys = ON');
			sqlite.pragma('busy_timeout = 5000');
			return sqlite;
		}
	});
}

function postgresDialect(url: string, schema: string | undefined): Dialect {
	if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
		throw new DatabaseUrlError(`schema "${schema}" must be lowercase letters, digits and "_"`);
	}
	return new PostgresDialect({
		pool: async () => {
			const { default: pg } = await import('pg');
			return new pg.Pool({
				connectionString: url,
				max: 10,
				...(schema ? { options: `-c search_path=${schema}` } : {})
			});
		}
	});
}

/** A new connection (pool) to the database at `url`. The caller owns it: `await db.destroy()`. */
export function createDb(url: string, options: CreateDbOptions = {}): Db {
	const target = parseDatabaseUrl(url);
	const dialect = target.kind === 'sqlite' ? sqliteDialect(target.path) : postgresDialect(target.url, options.schema);
	return new Kysely<Database>({ dialect });
}
