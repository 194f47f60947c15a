// Written with the schema builder and portable types only, so the same migration creates the same
// tables on SQLite and PostgreSQL. Migrations never import the current table types: they describe
// the schema as it was when they were written.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('username', 'text', (c) => c.notNull().unique())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('auth_sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('auth_sessions_user').on('auth_sessions').column('user_id').execute();
	await db.schema.createIndex('auth_sessions_expiry').on('auth_sessions').column('expires_at').execute();

	await db.schema
		.createTable('login_attempts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('login_attempts_key_at').on('login_attempts').columns(['key', 'at']).execute();

	await db.schema
		.createTable('packs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('meta', 'text', (c) => c.notNull())
		.addColumn('article', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('packs_owner').on('packs').column('owner_id').execute();

	await db.schema
		.createTable('sets')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('pack_id', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sets_owner').on('sets').column('owner_id').execute();

	await db.schema
		.createTable('questions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('pack_id', 'text', (c) => c.notNull())
		// A question outlives the set it was written for: it stays in its pack for other sets.
		.addColumn('set_id', 'text', (c) => c.references('sets.id').onDelete('set null'))
		.addColumn('question_id', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('questions_owner_pack_qid')
		.on('questions')
		.columns(['owner_id', 'pack_id', 'question_id'])
		.unique()
		.execute();
	await db.schema.createIndex('questions_set').on('questions').column('set_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['questions', 'sets', 'packs', 'login_attempts', 'auth_sessions', 'users']) {
		await db.schema.dropTable(table).execute();
	}
}
