// Classroom sessions: a session started from a set, the students who joined it with its code, every
// answer event as it was given (keyed for idempotency) and each student's latest response to each
// question (what the dashboard, the report and the CSV export read).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('classroom_sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		// The session keeps its own copy of the set's pack and settings, so editing or deleting the
		// set afterwards changes neither the scoring nor the report.
		.addColumn('set_id', 'text', (c) => c.references('sets.id').onDelete('set null'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('pace', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('released', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('feedback', 'text', (c) => c.notNull())
		.addColumn('pack', 'text', (c) => c.notNull())
		.addColumn('settings', 'text', (c) => c.notNull())
		.addColumn('seed', 'text', (c) => c.notNull())
		.addColumn('round_index', 'integer', (c) => c.notNull().defaultTo(-1))
		.addColumn('round_open', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('ended_at', 'text')
		.execute();
	await db.schema.createIndex('classroom_sessions_owner').on('classroom_sessions').column('owner_id').execute();

	await db.schema
		.createTable('classroom_students')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('session_id', 'text', (c) => c.notNull().references('classroom_sessions.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		// The name folded for comparison: two students of a session may not share one.
		.addColumn('name_key', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('seed', 'text', (c) => c.notNull())
		.addColumn('attempt', 'text')
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('removed', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('submitted', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('current', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('question_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('elapsed_ms', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('joined_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('classroom_students_name')
		.on('classroom_students')
		.columns(['session_id', 'name_key'])
		.unique()
		.execute();

	await db.schema
		.createTable('classroom_answers')
		.addColumn('student_id', 'text', (c) => c.notNull().references('classroom_students.id').onDelete('cascade'))
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('session_id', 'text', (c) => c.notNull())
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('question_id', 'text')
		.addColumn('response', 'text')
		.addColumn('points', 'real')
		.addColumn('max', 'real')
		.addColumn('at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('classroom_answers_pk', ['student_id', 'key'])
		.execute();
	await db.schema.createIndex('classroom_answers_session').on('classroom_answers').column('session_id').execute();

	await db.schema
		.createTable('classroom_responses')
		.addColumn('student_id', 'text', (c) => c.notNull().references('classroom_students.id').onDelete('cascade'))
		.addColumn('question_id', 'text', (c) => c.notNull())
		.addColumn('session_id', 'text', (c) => c.notNull())
		.addColumn('response', 'text')
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('points', 'real', (c) => c.notNull())
		.addColumn('max', 'real', (c) => c.notNull())
		.addColumn('elapsed_ms', 'integer', (c) => c.notNull())
		.addColumn('answered_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('classroom_responses_pk', ['student_id', 'question_id'])
		.execute();
	await db.schema.createIndex('classroom_responses_session').on('classroom_responses').column('session_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['classroom_responses', 'classroom_answers', 'classroom_students', 'classroom_sessions']) {
		await db.schema.dropTable(table).execute();
	}
}
