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

export interface ClassroomSessionsTable {
	id: string;
	/** The join code students type (see classroom/codes.ts); it works only while the session is open. */
	code: string;
	owner_id: string;
	set_id: string | null;
	title: string;
	/** "self": each student at their own speed; "instructor": one question at a time for the class. */
	pace: string;
	/** "open" (joining), "closed" (joining closed, answering goes on) or "ended". */
	status: string;
	released: number;
	/** The set's feedback setting: "immediate", "end" or "never". */
	feedback: string;
	/** JSON of the quiz Pack the session asks from (its passages and the set's questions). */
	pack: string;
	/** JSON of the engine's QuizSettings. */
	settings: string;
	seed: string;
	/** Instructor-paced: the question the class is on (-1 before the first), and whether it takes answers. */
	round_index: number;
	round_open: number;
	version: number;
	created_at: string;
	updated_at: string;
	ended_at: string | null;
}

export interface ClassroomStudentsTable {
	id: string;
	session_id: string;
	name: string;
	name_key: string;
	/** sha256 of the rejoin token, hex. */
	token_hash: string;
	seed: string;
	/** The saved attempt (quiz/saved.ts), written with every event. */
	attempt: string | null;
	/** One more with every stored event: a stale copy of the attempt cannot overwrite a newer one. */
	version: number;
	removed: number;
	submitted: number;
	current: number;
	answered: number;
	question_count: number;
	elapsed_ms: number;
	joined_at: string;
	updated_at: string;
}

export interface ClassroomAnswersTable {
	student_id: string;
	/** The idempotency key the request carried: a retried request is stored once. */
	key: string;
	session_id: string;
	/** The student's version after this event. */
	seq: number;
	type: string;
	question_id: string | null;
	/** JSON of the response given, for answer events. */
	response: string | null;
	points: number | null;
	max: number | null;
	at: string;
}

export interface ClassroomResponsesTable {
	student_id: string;
	question_id: string;
	session_id: string;
	response: string | null;
	status: string;
	points: number;
	max: number;
	/** Time into the attempt when this response was given. */
	elapsed_ms: number;
	answered_at: string;
}

export interface Database {
	users: UsersTable;
	auth_sessions: AuthSessionsTable;
	login_attempts: LoginAttemptsTable;
	packs: PacksTable;
	questions: QuestionsTable;
	sets: SetsTable;
	classroom_sessions: ClassroomSessionsTable;
	classroom_students: ClassroomStudentsTable;
	classroom_answers: ClassroomAnswersTable;
	classroom_responses: ClassroomResponsesTable;
}

export type Db = Kysely<Database>;
