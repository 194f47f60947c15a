// The classroom tables: sessions, students, the log of answer events and each student's latest
// response per question. Rows in, typed records out; the service decides what is allowed.
import type { Pack } from '../../content/types';
import type { Pace, FeedbackSetting, ResponseRecord, SessionInfo, SessionStatus, StudentRecord } from '../../classroom';
import type { Response } from '../../quiz/responses';
import type { Status } from '../../quiz/results';
import type { QuizSettings } from '../../quiz/settings';
import type { ClassroomSessionsTable, ClassroomStudentsTable, Db } from '../db/tables';

/** The session's state: what changes while it runs (small, read often). */
export interface SessionState {
	status: SessionStatus;
	released: boolean;
	roundIndex: number;
	roundOpen: boolean;
	version: number;
	endedAt: string | null;
}

/** What never changes once a session is started. */
export interface SessionFixed {
	id: string;
	code: string;
	ownerId: string;
	setId: string | null;
	title: string;
	pace: Pace;
	feedback: FeedbackSetting;
	pack: Pack;
	settings: QuizSettings;
	seed: string;
	createdAt: string;
}

export type SessionRecord = SessionFixed & SessionState;

export const stateOf = (
	row: Pick<ClassroomSessionsTable, 'status' | 'released' | 'round_index' | 'round_open' | 'version' | 'ended_at'>
): SessionState => ({
	status: row.status as SessionStatus,
	released: row.released === 1,
	roundIndex: row.round_index,
	roundOpen: row.round_open === 1,
	version: row.version,
	endedAt: row.ended_at
});

export function sessionOf(row: ClassroomSessionsTable): SessionRecord {
	return {
		id: row.id,
		code: row.code,
		ownerId: row.owner_id,
		setId: row.set_id,
		title: row.title,
		pace: row.pace as Pace,
		feedback: row.feedback as FeedbackSetting,
		pack: JSON.parse(row.pack) as Pack,
		settings: JSON.parse(row.settings) as QuizSettings,
		seed: row.seed,
		createdAt: row.created_at,
		...stateOf(row)
	};
}

export function sessionInfo(s: SessionFixed & SessionState, roundCount: number): SessionInfo {
	return {
		id: s.id,
		code: s.code,
		title: s.title,
		pace: s.pace,
		status: s.status,
		released: s.released,
		feedback: s.feedback,
		round: s.pace === 'instructor' ? { index: s.roundIndex, open: s.roundOpen, count: roundCount } : null
	};
}

export async function insertSession(db: Db, row: ClassroomSessionsTable): Promise<void> {
	await db.insertInto('classroom_sessions').values(row).execute();
}

export async function readSession(db: Db, id: string): Promise<SessionRecord | null> {
	const row = await db.selectFrom('classroom_sessions').selectAll().where('id', '=', id).executeTakeFirst();
	return row ? sessionOf(row) : null;
}

export async function readSessionState(db: Db, id: string): Promise<SessionState | null> {
	const row = await db
		.selectFrom('classroom_sessions')
		.select(['status', 'released', 'round_index', 'round_open', 'version', 'ended_at'])
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? stateOf(row) : null;
}

export async function sessionIdByCode(db: Db, code: string): Promise<string | null> {
	const row = await db.selectFrom('classroom_sessions').select('id').where('code', '=', code).executeTakeFirst();
	return row?.id ?? null;
}

export interface SessionListing {
	id: string;
	code: string;
	title: string;
	pace: Pace;
	status: SessionStatus;
	released: boolean;
	createdAt: string;
	students: number;
}

export async function listOwnedSessions(db: Db, ownerId: string): Promise<SessionListing[]> {
	const rows = await db
		.selectFrom('classroom_sessions as s')
		.leftJoin('classroom_students as st', (j) => j.onRef('st.session_id', '=', 's.id').on('st.removed', '=', 0))
		.select(['s.id', 's.code', 's.title', 's.pace', 's.status', 's.released', 's.created_at'])
		.select((eb) => eb.fn.count<string | number>('st.id').as('students'))
		.where('s.owner_id', '=', ownerId)
		.groupBy(['s.id', 's.code', 's.title', 's.pace', 's.status', 's.released', 's.created_at'])
		.orderBy('s.created_at', 'desc')
		.orderBy('s.id')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		code: r.code,
		title: r.title,
		pace: r.pace as Pace,
		status: r.status as SessionStatus,
		released: r.released === 1,
		createdAt: r.created_at,
		students: Number(r.students)
	}));
}

/** Applies a change of state and counts it; returns the new state. */
export async function updateSessionState(
	db: Db,
	id: string,
	change: Partial<Pick<ClassroomSessionsTable, 'status' | 'released' | 'round_index' | 'round_open' | 'ended_at'>>,
	at: string
): Promise<SessionState | null> {
	await db
		.updateTable('classroom_sessions')
		.set((eb) => ({ ...change, updated_at: at, version: eb('version', '+', 1) }))
		.where('id', '=', id)
		.execute();
	return readSessionState(db, id);
}

export interface StoredStudent {
	id: string;
	sessionId: string;
	name: string;
	seed: string;
	attempt: string | null;
	version: number;
	removed: boolean;
	joinedAt: string;
	updatedAt: string;
}

const studentOf = (r: ClassroomStudentsTable): StoredStudent => ({
	id: r.id,
	sessionId: r.session_id,
	name: r.name,
	seed: r.seed,
	attempt: r.attempt,
	version: r.version,
	removed: r.removed === 1,
	joinedAt: r.joined_at,
	updatedAt: r.updated_at
});

export async function insertStudent(db: Db, row: ClassroomStudentsTable): Promise<void> {
	await db.insertInto('classroom_students').values(row).execute();
}

export async function readStudent(db: Db, id: string): Promise<StoredStudent | null> {
	const row = await db.selectFrom('classroom_students').selectAll().where('id', '=', id).executeTakeFirst();
	return row ? studentOf(row) : null;
}

export async function studentByTokenHash(db: Db, hash: string): Promise<{ id: string; sessionId: string } | null> {
	const row = await db
		.selectFrom('classroom_students')
		.select(['id', 'session_id'])
		.where('token_hash', '=', hash)
		.executeTakeFirst();
	return row ? { id: row.id, sessionId: row.session_id } : null;
}

export async function studentIds(db: Db, sessionId: string): Promise<{ id: string; removed: boolean }[]> {
	const rows = await db
		.selectFrom('classroom_students')
		.select(['id', 'removed'])
		.where('session_id', '=', sessionId)
		.orderBy('joined_at')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({ id: r.id, removed: r.removed === 1 }));
}

export async function studentRecords(db: Db, sessionId: string): Promise<StudentRecord[]> {
	const rows = await db
		.selectFrom('classroom_students')
		.select(['id', 'name', 'joined_at', 'removed', 'submitted', 'current', 'answered', 'question_count', 'elapsed_ms'])
		.where('session_id', '=', sessionId)
		.orderBy('joined_at')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		joinedAt: r.joined_at,
		removed: r.removed === 1,
		submitted: r.submitted === 1,
		current: r.current,
		answered: r.answered,
		questionCount: r.question_count,
		elapsedMs: r.elapsed_ms
	}));
}

export async function studentAttempts(
	db: Db,
	sessionId: string
): Promise<{ id: string; name: string; removed: boolean; attempt: string | null }[]> {
	const rows = await db
		.selectFrom('classroom_students')
		.select(['id', 'name', 'removed', 'attempt'])
		.where('session_id', '=', sessionId)
		.orderBy('joined_at')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({ id: r.id, name: r.name, removed: r.removed === 1, attempt: r.attempt }));
}

export async function responseRecords(db: Db, sessionId: string): Promise<ResponseRecord[]> {
	const rows = await db
		.selectFrom('classroom_responses')
		.select(['student_id', 'question_id', 'response', 'status', 'points', 'max', 'elapsed_ms', 'answered_at'])
		.where('session_id', '=', sessionId)
		.execute();
	return rows.map((r) => ({
		studentId: r.student_id,
		questionId: r.question_id,
		response: r.response === null ? null : (JSON.parse(r.response) as Response),
		status: r.status as Status,
		points: Number(r.points),
		max: Number(r.max),
		elapsedMs: Number(r.elapsed_ms),
		answeredAt: r.answered_at
	}));
}

/** The keys of a student's latest events, newest first: a retried request is recognised after a restart. */
export async function recentKeys(db: Db, studentId: string, limit: number): Promise<string[]> {
	const rows = await db
		.selectFrom('classroom_answers')
		.select('key')
		.where('student_id', '=', studentId)
		.orderBy('seq', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => r.key);
}

export async function setStudentRemoved(db: Db, sessionId: string, studentId: string, at: string): Promise<boolean> {
	const r = await db
		.updateTable('classroom_students')
		.set((eb) => ({ removed: 1, updated_at: at, version: eb('version', '+', 1) }))
		.where('id', '=', studentId)
		.where('session_id', '=', sessionId)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}
