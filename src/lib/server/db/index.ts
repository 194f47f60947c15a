// The application's one database, opened from DATABASE_URL on first use.
import { createDb, DEFAULT_DATABASE_URL } from './connect';
import { migrate } from './migrate';
import type { Db } from './tables';

export { createDb, DatabaseUrlError, DEFAULT_DATABASE_URL, parseDatabaseUrl, redactUrl } from './connect';
export type { CreateDbOptions, DatabaseTarget } from './connect';
export { migrate, MigrationError } from './migrate';
export type * from './tables';

let db: Db | null = null;
let ready: Promise<Db> | null = null;

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
	return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The shared database (not yet migrated: the server calls initDb() once when it starts). */
export function getDb(): Db {
	db ??= createDb(databaseUrl());
	return db;
}

/** Opens the shared database and migrates it; calling it again returns the same promise. */
export function initDb(): Promise<Db> {
	if (!ready) {
		const current = getDb();
		ready = migrate(current).then(
			() => current,
			(e: unknown) => {
				// A failed start may be retried (the database was down), so forget the failure.
				ready = null;
				throw e;
			}
		);
	}
	return ready;
}

export async function closeDb(): Promise<void> {
	const current = db;
	db = null;
	ready = null;
	await current?.destroy();
}
