// Answers on SQLite, written through a connection of their own with its statements prepared once.
// Through the shared connection each answer costs three statements parsed afresh and a dozen
// promises; here a whole batch is one synchronous transaction, which no other work of this process
// can interleave with. When another connection holds the write lock (a transaction of the app's
// that is waiting on something, or another process), the batch fails at once with SQLITE_BUSY
// rather than waiting, since waiting would block the very process that holds the lock: the queue
// tries it again a moment later.
//
// Checkpoints (copying the WAL back into the database file, with their fsyncs) run on a thread of
// their own: on the event loop, a class's answers set one off several times a second and each held
// every request for 10 to 20 ms.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { Db } from '../db/tables';
import type { AnswerWrite, WriteOutcome } from './commit';

export interface SqliteWriter {
	/** Writes the batch in one transaction; throws SQLITE_BUSY (see isBusy) when another connection is writing. */
	write(writes: readonly AnswerWrite[]): WriteOutcome[];
	close(): Promise<void>;
}

export const isBusy = (e: unknown) => (e as { code?: unknown } | null)?.code === 'SQLITE_BUSY';

const CHECKPOINT_EVERY_MS = 100;

// The checkpointing thread: PASSIVE checkpoints never wait for, nor hold up, a writer.
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Sqlite = require(workerData.driver);
const db = new Sqlite(workerData.file);
const timer = setInterval(() => {
	try {
		db.pragma('wal_checkpoint(PASSIVE)');
	} catch (e) {
		parentPort.postMessage(String(e && e.message));
	}
}, workerData.everyMs);
parentPort.on('message', () => {
	clearInterval(timer);
	db.close();
	parentPort.close();
});
`;

function checkpointElsewhere(file: string): () => Promise<void> {
	const driver = createRequire(import.meta.url).resolve('better-sqlite3');
	const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { driver, file, everyMs: CHECKPOINT_EVERY_MS } });
	worker.unref();
	let failed = false;
	worker.on('message', (message: string) => {
		if (!failed) console.error(`classroom: a checkpoint of ${file} failed: ${message}`);
		failed = true;
	});
	worker.on('error', (e) => console.error(`classroom: the checkpoints of ${file} stopped: ${e.message}`));
	const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
	return () => {
		worker.postMessage('close');
		return exited;
	};
}

/** The file behind a SQLite database, or null for one in memory (a second connection cannot share it). */
async function fileOf(db: Db): Promise<string | null> {
	const rows = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
	const main = rows.rows.find((r) => r.name === 'main');
	return main?.file ? main.file : null;
}

export async function openSqliteWriter(db: Db): Promise<SqliteWriter | null> {
	const file = await fileOf(db);
	if (!file) return null;
	const { default: Sqlite } = await import('better-sqlite3');
	const conn: BetterSqlite3.Database = new Sqlite(file);
	// WAL is a property of the file (the app's connection set it); the rest belongs to each connection.
	// In WAL mode NORMAL survives the process being killed: only a power cut can lose the last commits.
	conn.pragma('synchronous = NORMAL');
	conn.pragma('foreign_keys = ON');
	conn.pragma('busy_timeout = 0');
	conn.pragma('wal_autocheckpoint = 0');
	const stopCheckpoints = checkpointElsewhere(file);

	const insertAnswer = conn.prepare(`insert into classroom_answers
		(student_id, key, session_id, seq, type, question_id, response, points, max, at)
		values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (student_id, key) do nothing`);
	const updateAttempt = conn.prepare(`update classroom_students set attempt = ?, version = ?, submitted = ?,
		current = ?, answered = ?, question_count = ?, elapsed_ms = ?, updated_at = ?
		where id = ? and version = ? and removed = 0`);
	const deleteAnswer = conn.prepare('delete from classroom_answers where student_id = ? and key = ?');
	const upsertResponse = conn.prepare(`insert into classroom_responses
		(student_id, question_id, session_id, response, status, points, max, elapsed_ms, answered_at)
		values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (student_id, question_id) do update set
		response = excluded.response, status = excluded.status, points = excluded.points, max = excluded.max,
		elapsed_ms = excluded.elapsed_ms, answered_at = excluded.answered_at`);

	function one(w: AnswerWrite): WriteOutcome {
		const inserted = insertAnswer.run(
			w.studentId,
			w.key,
			w.sessionId,
			w.expected + 1,
			w.type,
			w.questionId,
			w.response,
			w.points,
			w.max,
			w.at
		);
		if (inserted.changes === 0) return 'duplicate';
		const s = w.student;
		const updated = updateAttempt.run(
			s.attempt,
			w.expected + 1,
			s.submitted ? 1 : 0,
			s.current,
			s.answered,
			s.questionCount,
			Math.round(s.elapsedMs),
			w.at,
			w.studentId,
			w.expected
		);
		if (updated.changes === 0) {
			deleteAnswer.run(w.studentId, w.key);
			return 'stale';
		}
		const l = w.latest;
		if (l) {
			upsertResponse.run(
				w.studentId,
				l.questionId,
				w.sessionId,
				l.response,
				l.status,
				l.points,
				l.max,
				Math.round(l.elapsedMs),
				w.at
			);
		}
		return 'stored';
	}

	// IMMEDIATE takes the write lock at the start, so a busy database fails before anything is done.
	const batch = conn.transaction((writes: readonly AnswerWrite[]) => writes.map(one));
	return {
		write: (writes) => batch.immediate(writes),
		close: async () => {
			conn.close();
			await stopCheckpoints();
		}
	};
}
