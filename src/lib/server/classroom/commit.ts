// Group commit: the events of every student that arrive while a transaction is being written go
// into the next one, so a busy classroom costs one commit per batch rather than one per answer.
// A request is answered only after its batch has committed: an acknowledged answer is stored.
import { sql, SqliteAdapter } from 'kysely';
import type { Db } from '../db/tables';
import { isBusy, openSqliteWriter, type SqliteWriter } from './sqlite-writer';

export interface AnswerWrite {
	studentId: string;
	sessionId: string;
	key: string;
	/** The version the stored attempt must still have; it becomes `expected + 1`. */
	expected: number;
	at: string;
	type: string;
	questionId: string | null;
	response: string | null;
	points: number | null;
	max: number | null;
	student: {
		attempt: string;
		submitted: boolean;
		current: number;
		answered: number;
		questionCount: number;
		elapsedMs: number;
	};
	/** The student's latest response to a question, when this event changed it. */
	latest: {
		questionId: string;
		response: string | null;
		status: string;
		points: number;
		max: number;
		elapsedMs: number;
	} | null;
}

/**
 * stored: written. duplicate: this key was stored before (a retry), nothing written. stale: the
 * attempt changed since it was read (another app instance wrote it, or the student was removed),
 * nothing written: read it again and retry.
 */
export type WriteOutcome = 'stored' | 'duplicate' | 'stale';

interface Queued {
	write: AnswerWrite;
	resolve: (o: WriteOutcome) => void;
	reject: (e: unknown) => void;
}

export interface CommitQueueOptions {
	/** Transactions in flight at once: 1 for SQLite (one connection), more for PostgreSQL's pool. */
	concurrency?: number;
	/** Largest batch in one transaction. */
	maxBatch?: number;
}

export interface CommitQueue {
	write(w: AnswerWrite): Promise<WriteOutcome>;
	/** Waits for everything queued to be written. */
	flush(): Promise<void>;
	/** Writes what is queued, then lets go of the database. */
	close(): Promise<void>;
}

const BUSY_RETRY_MS = 2;

const pairKey = (studentId: string, key: string) => `${studentId}\u0000${key}`;

type Written = { id: string; version: number | string };

/**
 * Through the app's connection (PostgreSQL; SQLite in memory): a batch in three statements whatever
 * its size, so a batch costs three round trips on PostgreSQL:
 * the events (a key stored before is skipped), the attempts (each only if still at the version it
 * was read at), and the latest responses. An event whose attempt had moved on is taken out again,
 * so it can be applied afresh.
 */
async function writeAll(tx: Db, writes: readonly AnswerWrite[]): Promise<WriteOutcome[]> {
	const inserted = await tx
		.insertInto('classroom_answers')
		.values(writes.map(answerRow))
		.onConflict((oc) => oc.columns(['student_id', 'key']).doNothing())
		.returning(['student_id', 'key'])
		.execute();
	const fresh = new Set(inserted.map((r) => pairKey(r.student_id, r.key)));
	const candidates = writes.filter((w) => fresh.has(pairKey(w.studentId, w.key)));
	// id@version of each attempt written: a write is stored only if its own version was.
	const written = new Set<string>();
	const wrote = (w: AnswerWrite) => written.has(`${w.studentId}@${w.expected + 1}`);
	if (candidates.length) {
		// VALUES columns are column1, column2…; the casts give PostgreSQL their types.
		const rows = candidates.map((w) => {
			const s = w.student;
			return sql`(${w.studentId}, cast(${w.expected} as integer), ${s.attempt}, cast(${s.submitted ? 1 : 0} as integer), cast(${s.current} as integer), cast(${s.answered} as integer), cast(${s.questionCount} as integer), cast(${Math.round(s.elapsedMs)} as integer), ${w.at})`;
		});
		const updated = await sql<Written>`
			update classroom_students
			set attempt = v.column3, version = v.column2 + 1, submitted = v.column4, current = v.column5,
				answered = v.column6, question_count = v.column7, elapsed_ms = v.column8, updated_at = v.column9
			from (values ${sql.join(rows)}) as v
			where classroom_students.id = v.column1 and classroom_students.version = v.column2
				and classroom_students.removed = 0
			returning classroom_students.id, classroom_students.version`.execute(tx);
		for (const r of updated.rows) written.add(`${r.id}@${Number(r.version)}`);
	}
	for (const w of candidates.filter((c) => !wrote(c))) {
		await tx.deleteFrom('classroom_answers').where('student_id', '=', w.studentId).where('key', '=', w.key).execute();
	}
	const latest = candidates.filter((w) => wrote(w) && w.latest);
	if (latest.length) {
		await tx
			.insertInto('classroom_responses')
			.values(latest.map(responseRow))
			.onConflict((oc) =>
				oc.columns(['student_id', 'question_id']).doUpdateSet((eb) => ({
					response: eb.ref('excluded.response'),
					status: eb.ref('excluded.status'),
					points: eb.ref('excluded.points'),
					max: eb.ref('excluded.max'),
					elapsed_ms: eb.ref('excluded.elapsed_ms'),
					answered_at: eb.ref('excluded.answered_at')
				}))
			)
			.execute();
	}
	return writes.map((w) => (!fresh.has(pairKey(w.studentId, w.key)) ? 'duplicate' : wrote(w) ? 'stored' : 'stale'));
}

const answerRow = (w: AnswerWrite) => ({
	student_id: w.studentId,
	key: w.key,
	session_id: w.sessionId,
	seq: w.expected + 1,
	type: w.type,
	question_id: w.questionId,
	response: w.response,
	points: w.points,
	max: w.max,
	at: w.at
});

function responseRow(w: AnswerWrite) {
	const l = w.latest as NonNullable<AnswerWrite['latest']>;
	return {
		student_id: w.studentId,
		question_id: l.questionId,
		session_id: w.sessionId,
		response: l.response,
		status: l.status,
		points: l.points,
		max: l.max,
		elapsed_ms: Math.round(l.elapsedMs),
		answered_at: w.at
	};
}

export function createCommitQueue(db: Db, { concurrency = 1, maxBatch = 400 }: CommitQueueOptions = {}): CommitQueue {
	let waiting: Queued[] = [];
	let inFlight = 0;
	let scheduled = false;
	let closed = false;
	let paused = false;
	const idle: (() => void)[] = [];
	// SQLite's file gets a writer of its own (sqlite-writer.ts), opened with the first batch.
	let writer: Promise<SqliteWriter | null> | null = null;
	const writerFor = () =>
		(writer ??= db.getExecutor().adapter instanceof SqliteAdapter ? openSqliteWriter(db) : Promise.resolve(null));

	async function run(batch: Queued[]) {
		inFlight++;
		try {
			const writes = batch.map((q) => q.write);
			const sqlite = await writerFor();
			let outcomes: WriteOutcome[];
			try {
				outcomes = sqlite ? sqlite.write(writes) : await db.transaction().execute((tx) => writeAll(tx, writes));
			} catch (e) {
				if (!isBusy(e)) throw e;
				// Another connection is writing: this batch goes first when it is done.
				waiting = [...batch, ...waiting];
				paused = true;
				setTimeout(() => {
					paused = false;
					pump();
				}, BUSY_RETRY_MS);
				return;
			}
			batch.forEach((q, i) => q.resolve(outcomes[i]));
		} catch (e) {
			for (const q of batch) q.reject(e);
		} finally {
			inFlight--;
			pump();
		}
	}

	function pump() {
		while (waiting.length && inFlight < concurrency && !paused) {
			const batch = waiting.slice(0, maxBatch);
			waiting = waiting.slice(batch.length);
			void run(batch);
		}
		if (!waiting.length && inFlight === 0) for (const done of idle.splice(0)) done();
	}

	function flush() {
		if (!waiting.length && inFlight === 0) return Promise.resolve();
		return new Promise<void>((resolve) => idle.push(resolve));
	}

	return {
		write(write) {
			if (closed) return Promise.reject(new Error('the answers queue is closed'));
			return new Promise<WriteOutcome>((resolve, reject) => {
				waiting.push({ write, resolve, reject });
				// Writes queued in the same turn of the event loop share a transaction.
				if (!scheduled) {
					scheduled = true;
					setImmediate(() => {
						scheduled = false;
						pump();
					});
				}
			});
		},
		flush,
		async close() {
			closed = true;
			await flush();
			await (await writer)?.close();
		}
	};
}
