// The tables as Kysely sees them. Column types are the portable subset both SQLite and
// PostgreSQL store the same way: text ids (random UUIDs), timestamps as ISO 8601 text in UTC (they
// sort and compare as text), booleans as 0/1 integers and JSON as text.
import type { Kysely } from 'kysely';

export interface UsersTable {
	id: string;
	/** Lowercase; unique. */
	username: string;
	/** scrypt$N$r$p$salt$hash (see auth/password.ts). */
	password_hash: string;
	created_at: string;
	updated_at: string;
}

export interface AuthSessionsTable {
	/** sha256 of the session token, hex: a leaked database does not leak live sessions. */
	id: string;
	user_id: string;
	created_at: string;
	expires_at: string;
}

export interface LoginAttemptsTable {
	id: string;
	/** "user:<username>" or "address:<ip>". */
	key: string;
	at: string;
}

export interface PacksTable {
	/** The pack's slug (meta.id): sets and questions name their pack by it. */
	id: string;
	owner_id: string;
	/** JSON of the pack's metadata (title, language, source, topics). */
	meta: string;
	/** The article as Markdown with passage markers. */
	article: string;
	created_at: string;
	updated_at: string;
}

export interface QuestionsTable {
	id: string;
	owner_id: string;
	/** A pack slug: the author's own pack or one from the questions/ folder. */
	pack_id: string;
	set_id: string | null;
	/** The question's own id (body.id), unique per owner and pack. */
	question_id: string;
	/** JSON of the question as written, after validation. */
	body: string;
	created_at: string;
	updated_at: string;
}

export interface SetsTable {
	id: string;
	/** Short share code, unique (see share-code.ts). */
	code: string;
	owner_id: string;
	title: string;
	pack_id: string;
	/** JSON of the set in the set file format (content/schema.ts setFileSchema). */
	body: string;
	created_at: string;
	updated_at: string;
}

export interface Database {
	users: UsersTable;
	auth_sessions: AuthSessionsTable;
	login_attempts: LoginAttemptsTable;
	packs: PacksTable;
	questions: QuestionsTable;
	sets: SetsTable;
}

export type Db = Kysely<Database>;
