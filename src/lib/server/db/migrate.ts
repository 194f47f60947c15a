import { Migrator } from 'kysely';
import { migrations } from './migrations';
import type { Db } from './tables';

export class MigrationError extends Error {
	override name = 'MigrationError';
}

/** Brings the schema up to date; returns the names of the migrations it ran (none when current). */
export async function migrate(db: Db): Promise<string[]> {
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const { error, results = [] } = await migrator.migrateToLatest();
	if (error) {
		const failed = results.find((r) => r.status === 'Error')?.migrationName;
		const reason = error instanceof Error ? error.message : String(error);
		throw new MigrationError(`database migration ${failed ? `"${failed}" ` : ''}failed: ${reason}`, { cause: error });
	}
	return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
