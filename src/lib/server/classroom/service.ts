// Classroom sessions on the server: starting one from a set, students joining with its code and
// answering on machines the server runs, the instructor's controls, the live dashboard, and the
// report and export afterwards. Routes call these and turn the outcome into a response.
import { createHash, randomBytes } from 'node:crypto';
import { createActor } from 'xstate';
import type { Pack, Passage } from '../../content/types';
import {
	buildDashboard,
	newJoinCode,
	normaliseJoinCode,
	refusal,
	responsesCsv,
	sessionReport,
	studentState,
	type Dashboard,
	type FeedbackSetting,
	type SessionInfo,
	type SessionReport,
	type StudentEvent,
	type StudentState
} from '../../classroom';
import { newSeed } from '../../quiz/random';
import { questionResult } from '../../quiz/results';
import { isAnswered } from '../../quiz/responses';
import { restoreAttempt, serialiseAttempt } from '../../quiz/saved';
import type { QuizSettings } from '../../quiz/settings';
import { viewOf } from '../../quiz/view';
import { systemClock, type Clock } from '../clock';
import { isUniqueViolation } from '../db/errors';
import type { Db } from '../db/tables';
import { newId } from '../ids';
import { createRateLimiter, retryAfterSeconds } from '../rate-limit';
import type { Failure } from '../result';
import { validate } from '../result';
import type { ClassroomBus } from './bus';
import { createCommitQueue, type AnswerWrite } from './commit';
import { createDashboardHub } from './dashboard-hub';
import { done, refuse, type Outcome, type Refusal } from './outcome';
import { controlBody, joinBody, startBody, studentEventBody, type ControlAction } from './schemas';
import { createSessionsCache, infoOf, serverMachine, type LiveSession } from './sessions-cache';
import { catchUp, createStudentsCache, phaseNow, rememberKey, type LiveStudent } from './students-cache';
import * as store from './store';

export interface ResolvedSet {
	setId: string;
	title: string;
	pack: Pack;
	settings: QuizSettings;
	feedback: FeedbackSetting;
}

/** The set `setId` as a quiz, if `ownerId` owns it. */
export type SetResolver = (
	ownerId: string,
	setId: string
) => Promise<{ ok: true; value: ResolvedSet } | Failure<'not-found' | 'forbidden'>>;

export interface Limit {
	limit: number;
	windowMs: number;
}

export interface ClassroomOptions {
	db: Db;
	bus: ClassroomBus;
	resolveSet: SetResolver;
	now?: Clock;
	/** Joins per network address; a whole school may share one address. */
	joinLimit?: Limit;
	/** Events per student. */
	answerLimit?: Limit;
	/** Transactions written at once (PostgreSQL can take several; SQLite has one connection). */
	concurrency?: number;
}

export interface Joined {
	token: string;
	studentId: string;
	session: SessionInfo;
}

export interface StudentPack {
	code: string;
	title: string;
	pack: Pick<Pack, 'id' | 'title' | 'language' | 'source' | 'topics'>;
	passages: Passage[];
}

export interface SessionSummary extends SessionInfo {
	createdAt: string;
}

export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const CODE_TRIES = 8;
const MAX_REFS = 50_000;
/** The key the end of a session submits with, the same for every student, so a repeated end submits once. */
const END_KEY = 'session-end';

const STATUS_OF: Record<Failure['reason'], Refusal['status']> = {
	invalid: 400,
	forbidden: 403,
	'not-found': 404,
	conflict: 409
};
const fromFailure = (f: Failure): Refusal =>
	refuse(STATUS_OF[f.reason], f.message, f.issues ? { issues: f.issues } : {});

export function createClassroom(options: ClassroomOptions) {
	const { db, bus, resolveSet } = options;
	const now = options.now ?? systemClock;
	const sessions = createSessionsCache(db, () => now().getTime());
	const students = createStudentsCache(db);
	const queue = createCommitQueue(db, { concurrency: options.concurrency ?? 1 });
	const joinLimiter = createRateLimiter({ ...(options.joinLimit ?? { limit: 1200, windowMs: 60_000 }), now });
	const answerLimiter = createRateLimiter({ ...(options.answerLimit ?? { limit: 200, windowMs: 10_000 }), now });
	const refs = new Map<string, { id: string; sessionId: string }>();

	const unsubscribe = bus.subscribe((m) => {
		if (m.kind === 'session') sessions.stale(m.session);
		if (m.kind === 'students' && m.student && m.removed) students.drop(m.student);
	});

	// ——— sessions, for their owner ———

	async function owned(ownerId: string, id: string): Promise<Outcome<LiveSession>> {
		const live = await sessions.get(id);
		if (!live) return refuse(404, 'there is no such session (it may have been deleted)');
		if (live.fixed.ownerId !== ownerId) return refuse(403, 'this session belongs to another instructor');
		return done(live);
	}

	async function startSession(ownerId: string, body: unknown): Promise<Outcome<SessionSummary>> {
		const parsed = validate(startBody, body, 'the session');
		if (!parsed.ok) return fromFailure(parsed);
		const resolved = await resolveSet(ownerId, parsed.value.setId);
		if (!resolved.ok) return fromFailure(resolved);
		const set = resolved.value;
		if (set.pack.questions.length === 0) return refuse(409, 'the set has no questions to ask');
		const at = now().toISOString();
		for (let i = 0; i < CODE_TRIES; i++) {
			const row = {
				id: newId(),
				code: newJoinCode(),
				owner_id: ownerId,
				set_id: set.setId,
				title: set.title,
				pace: parsed.value.pace,
				status: 'open',
				released: 0,
				feedback: set.feedback,
				pack: JSON.stringify(set.pack),
				settings: JSON.stringify(set.settings),
				seed: newSeed(),
				round_index: -1,
				round_open: 0,
				version: 0,
				created_at: at,
				updated_at: at,
				ended_at: null
			};
			try {
				await store.insertSession(db, row);
			} catch (e) {
				if (isUniqueViolation(e)) continue;
				throw e;
			}
			const live = await sessions.get(row.id);
			if (!live) throw new Error('a session just stored could not be read back');
			return done({ ...infoOf(live), createdAt: at });
		}
		return refuse(409, 'could not find a free join code; try again');
	}

	async function listSessions(ownerId: string) {
		return store.listOwnedSessions(db, ownerId);
	}

	async function sessionFor(ownerId: string, id: string): Promise<Outcome<SessionSummary>> {
		const live = await owned(ownerId, id);
		if (!live.ok) return live;
		return done({ ...infoOf(live.value), createdAt: live.value.fixed.createdAt });
	}

	async function changeState(live: LiveSession, change: Parameters<typeof store.updateSessionState>[2]) {
		const state = await store.updateSessionState(db, live.fixed.id, change, now().toISOString());
		if (state) sessions.setState(live.fixed.id, state);
		bus.publish({ session: live.fixed.id, kind: 'session' });
	}

	async function control(ownerId: string, id: string, body: unknown): Promise<Outcome<SessionInfo>> {
		const parsed = validate(controlBody, body, 'the action');
		if (!parsed.ok) return fromFailure(parsed);
		const found = await owned(ownerId, id);
		if (!found.ok) return found;
		const live = found.value;
		const problem = await apply(live, parsed.value);
		if (problem) return problem;
		return done(infoOf(live));
	}

	async function apply(live: LiveSession, action: ControlAction): Promise<Refusal | null> {
		const { status, roundIndex, roundOpen } = live.state;
		const ended = status === 'ended';
		const instructorPaced = live.fixed.pace === 'instructor';
		switch (action.action) {
			case 'close-joining':
				if (ended) return refuse(409, 'the session has ended');
				await changeState(live, { status: 'closed' });
				return null;
			case 'open-joining':
				if (ended) return refuse(409, 'the session has ended; start a new one');
				await changeState(live, { status: 'open' });
				return null;
			case 'end':
				if (!ended) await changeState(live, { status: 'ended', round_open: 0, ended_at: now().toISOString() });
				await submitEveryone(live);
				return null;
			case 'release':
				if (!ended) return refuse(409, 'end the session before releasing results');
				await changeState(live, { released: 1 });
				return null;
			case 'open-round': {
				if (!instructorPaced) return refuse(409, 'this session is self-paced: students move on their own');
				if (ended) return refuse(409, 'the session has ended');
				const index = action.index ?? (roundOpen ? roundIndex : roundIndex + 1);
				if (index >= live.questions.length)
					return refuse(409, `there are ${live.questions.length} questions; question ${index + 1} does not exist`);
				await changeState(live, { round_index: index, round_open: 1 });
				return null;
			}
			case 'close-round':
				if (!instructorPaced) return refuse(409, 'this session is self-paced: there are no rounds to close');
				if (roundIndex < 0) return refuse(409, 'no question has been opened yet');
				await changeState(live, { round_open: 0 });
				return null;
			case 'remove-student': {
				const removed = await store.setStudentRemoved(db, live.fixed.id, action.studentId, now().toISOString());
				if (!removed) return refuse(404, 'there is no such student in this session');
				students.drop(action.studentId);
				bus.publish({ session: live.fixed.id, kind: 'students', student: action.studentId, removed: true });
				return null;
			}
		}
	}

	/** At the end, whatever each student has answered is submitted, as when a time limit runs out. */
	async function submitEveryone(live: LiveSession) {
		for (const { id, removed } of await store.studentIds(db, live.fixed.id)) {
			if (removed) continue;
			await students.serial(id, async () => {
				for (let tries = 0; tries < 3; tries++) {
					const s = await students.get(id, live);
					if (!s || s.removed || phaseNow(s) === 'review') return;
					if (s.keys.includes(END_KEY)) return;
					const before = s.actor.getSnapshot().context.slots;
					catchUp(s, now().getTime(), live.fixed.settings.timeLimitSeconds !== null);
					s.actor.send({ type: 'quiz.submit' });
					if (phaseNow(s) === 'confirming') s.actor.send({ type: 'quiz.confirm' });
					const outcome = await queue.write(writeFor(s, live, END_KEY, 'quiz.submit', null, before));
					if (outcome === 'stored') {
						s.version++;
						rememberKey(s, END_KEY);
						return;
					}
					students.drop(id);
				}
			});
		}
		bus.publish({ session: live.fixed.id, kind: 'answers' });
	}

	// ——— the dashboard and the report ———

	async function computeDashboard(id: string): Promise<Dashboard | null> {
		const live = await sessions.get(id);
		if (!live) return null;
		const [records, responses] = await Promise.all([store.studentRecords(db, id), store.responseRecords(db, id)]);
		return buildDashboard({
			session: infoOf(live),
			questions: live.questions,
			passages: live.fixed.pack.passages,
			students: records,
			responses,
			now: now().toISOString()
		});
	}

	const hub = createDashboardHub(bus, computeDashboard);

	async function dashboard(ownerId: string, id: string): Promise<Outcome<Dashboard>> {
		const live = await owned(ownerId, id);
		if (!live.ok) return live;
		const d = await computeDashboard(id);
		return d ? done(d) : refuse(404, 'there is no such session');
	}

	async function watchDashboard(
		ownerId: string,
		id: string,
		listener: (d: Dashboard) => void
	): Promise<Outcome<() => void>> {
		const live = await owned(ownerId, id);
		if (!live.ok) return live;
		return done(hub.watch(id, listener));
	}

	async function attemptsOf(live: LiveSession) {
		const rows = await store.studentAttempts(db, live.fixed.id);
		return rows.map((r) => {
			const restored = r.attempt ? restoreAttempt(r.attempt, live.fixed.pack) : null;
			const ctx = restored?.ok ? restored.context : null;
			return {
				id: r.id,
				name: r.name,
				removed: r.removed,
				submitted: ctx?.resume === 'review',
				given: ctx
					? ctx.questions.map((q, i) => {
							const result = questionResult(q, ctx.slots[i], ctx.settings);
							return {
								questionId: q.id,
								response: ctx.slots[i].response,
								status: result.status,
								points: result.points,
								max: result.max
							};
						})
					: []
			};
		});
	}

	async function report(
		ownerId: string,
		id: string
	): Promise<Outcome<{ session: SessionInfo; report: SessionReport; students: number }>> {
		const found = await owned(ownerId, id);
		if (!found.ok) return found;
		const live = found.value;
		const attempts = await attemptsOf(live);
		return done({
			session: infoOf(live),
			report: sessionReport(live.questions, live.fixed.pack.passages, attempts),
			students: attempts.filter((a) => !a.removed).length
		});
	}

	async function csv(ownerId: string, id: string): Promise<Outcome<{ filename: string; body: string }>> {
		const found = await owned(ownerId, id);
		if (!found.ok) return found;
		const live = found.value;
		const [attempts, responses] = await Promise.all([attemptsOf(live), store.responseRecords(db, id)]);
		const day = live.fixed.createdAt.slice(0, 10);
		return done({
			filename: `footnote-session-${live.fixed.code}-${day}.csv`,
			body: responsesCsv(live.questions, attempts, responses)
		});
	}

	// ——— students ———

	async function join(address: string, body: unknown): Promise<Outcome<Joined>> {
		const limited = joinLimiter.take(address);
		if (!limited.allowed) {
			return refuse(429, 'too many joins from this network; wait a moment and try again', {
				retryAfterSeconds: retryAfterSeconds(limited)
			});
		}
		const parsed = validate(joinBody, body, 'the join');
		if (!parsed.ok) return fromFailure(parsed);
		const noSession = refuse(404, 'there is no open session with this code: check it with your instructor');
		const code = normaliseJoinCode(parsed.value.code);
		if (!code) return noSession;
		const sessionId = await store.sessionIdByCode(db, code);
		const live = sessionId ? await sessions.get(sessionId) : null;
		if (!live || live.state.status === 'ended') return noSession;
		if (live.state.status !== 'open') return refuse(403, 'this session is no longer taking new students');

		const name = parsed.value.name;
		const token = randomBytes(32).toString('base64url');
		const studentId = newId();
		const seed = live.fixed.pace === 'instructor' ? live.fixed.seed : newSeed();
		const at = now().toISOString();
		// The attempt is drawn now, so the report counts the questions of a student who never answered.
		const first = createActor(serverMachine, {
			input: { pack: live.fixed.pack, settings: live.fixed.settings, seed }
		}).start();
		const snapshot = first.getSnapshot();
		try {
			await store.insertStudent(db, {
				id: studentId,
				session_id: live.fixed.id,
				name,
				name_key: name.toLocaleLowerCase(),
				token_hash: hashToken(token),
				seed,
				attempt: serialiseAttempt(snapshot),
				version: 0,
				removed: 0,
				submitted: 0,
				current: 0,
				answered: 0,
				question_count: snapshot.context.questions.length,
				elapsed_ms: 0,
				joined_at: at,
				updated_at: at
			});
		} catch (e) {
			first.stop();
			if (!isUniqueViolation(e)) throw e;
			return refuse(409, `someone in this session already goes by "${name}"; add an initial or a number`);
		}
		// The machine just drawn serves the student's first answers: no restore from what was just written.
		students.adopt({
			id: studentId,
			sessionId: live.fixed.id,
			name,
			removed: false,
			version: 0,
			actor: first,
			tickedAt: now().getTime(),
			keys: []
		});
		bus.publish({ session: live.fixed.id, kind: 'students', student: studentId });
		return done({ token, studentId, session: infoOf(live) });
	}

	async function refOf(token: string | null | undefined) {
		if (!token || !TOKEN_SHAPE.test(token)) return null;
		// Kept by token, not by its hash: a hash per answer is work the cache is there to save.
		const cached = refs.get(token);
		if (cached) return cached;
		const found = await store.studentByTokenHash(db, hashToken(token));
		if (found) {
			if (refs.size >= MAX_REFS) refs.delete(refs.keys().next().value as string);
			refs.set(token, found);
		}
		return found;
	}

	const notJoined = () => refuse(401, 'join the session first: this link or cookie is not a student of any session');

	/** An instructor-paced class is on the round's question, whatever the student's machine last saw. */
	function align(s: LiveStudent, live: LiveSession) {
		const index = live.state.roundIndex;
		if (live.fixed.pace !== 'instructor' || index < 0 || phaseNow(s) === 'review') return;
		if (s.actor.getSnapshot().context.current !== index) s.actor.send({ type: 'question.goto', index });
	}

	function stateFor(s: LiveStudent, live: LiveSession): StudentState {
		align(s, live);
		return studentState(infoOf(live), { id: s.id, name: s.name, removed: s.removed }, viewOf(s.actor.getSnapshot()));
	}

	function writeFor(
		s: LiveStudent,
		live: LiveSession,
		key: string,
		type: string,
		event: StudentEvent | null,
		before: readonly unknown[]
	): AnswerWrite {
		const snapshot = s.actor.getSnapshot();
		const ctx = snapshot.context;
		const changed = ctx.slots.findIndex((slot, i) => slot !== before[i]);
		const q = changed >= 0 ? ctx.questions[changed] : ctx.questions[ctx.current];
		const result = changed >= 0 ? questionResult(q, ctx.slots[changed], ctx.settings) : null;
		const response = changed >= 0 ? ctx.slots[changed].response : null;
		return {
			studentId: s.id,
			sessionId: live.fixed.id,
			key,
			expected: s.version,
			at: now().toISOString(),
			type,
			questionId: q?.id ?? null,
			response: event?.type === 'answer.change' ? JSON.stringify(event.response) : null,
			points: result?.points ?? null,
			max: result?.max ?? null,
			student: {
				attempt: serialiseAttempt(snapshot),
				submitted: phaseNow(s) === 'review',
				current: ctx.current,
				answered: ctx.slots.filter((slot) => isAnswered(slot.response)).length,
				questionCount: ctx.questions.length,
				elapsedMs: ctx.elapsedMs
			},
			latest:
				result && q
					? {
							questionId: q.id,
							response: response ? JSON.stringify(response) : null,
							status: result.status,
							points: result.points,
							max: result.max,
							elapsedMs: ctx.elapsedMs
						}
					: null
		};
	}

	async function studentFor(token: string | null | undefined) {
		const ref = await refOf(token);
		if (!ref) return null;
		const live = await sessions.get(ref.sessionId);
		return live ? { ref, live } : null;
	}

	async function stateOfStudent(token: string | null | undefined): Promise<Outcome<StudentState>> {
		const found = await studentFor(token);
		if (!found) return notJoined();
		const { ref, live } = found;
		return students.serial(ref.id, async () => {
			let s = await students.get(ref.id, live);
			// Another instance may have written this attempt since: read it again if so.
			const stored = s ? await store.readStudent(db, ref.id) : null;
			if (s && stored && (stored.version !== s.version || stored.removed !== s.removed)) {
				students.drop(ref.id);
				s = await students.get(ref.id, live);
			}
			if (!s) return notJoined();
			if (!s.removed && phaseNow(s) !== 'review' && live.fixed.settings.timeLimitSeconds !== null) {
				const before = s.actor.getSnapshot().context.slots;
				catchUp(s, now().getTime(), live.fixed.settings.timeLimitSeconds !== null);
				// Time ran out since the last answer: the attempt was submitted by the clock, so store it.
				if (phaseNow(s) === 'review') {
					const key = `time-${s.version + 1}`;
					const outcome = await queue.write(writeFor(s, live, key, 'time.tick', null, before));
					if (outcome === 'stored') {
						s.version++;
						rememberKey(s, key);
						bus.publish({ session: live.fixed.id, kind: 'answers' });
					} else students.drop(ref.id);
				}
			}
			return done(stateFor(s, live));
		});
	}

	async function send(token: string | null | undefined, body: unknown): Promise<Outcome<StudentState>> {
		const found = await studentFor(token);
		if (!found) return notJoined();
		const { ref, live } = found;
		const limited = answerLimiter.take(ref.id);
		if (!limited.allowed) {
			return refuse(429, 'too many answers at once; wait a moment', {
				retryAfterSeconds: retryAfterSeconds(limited)
			});
		}
		const parsed = validate(studentEventBody, body, 'the event');
		if (!parsed.ok) return fromFailure(parsed);
		const { key, event } = parsed.value;
		return students.serial(ref.id, async () => {
			for (let tries = 0; tries < 3; tries++) {
				const s = await students.get(ref.id, live);
				if (!s) return notJoined();
				if (s.keys.includes(key)) return done(stateFor(s, live));
				catchUp(s, now().getTime(), live.fixed.settings.timeLimitSeconds !== null);
				align(s, live);
				const ctx = s.actor.getSnapshot().context;
				const round = infoOf(live).round;
				const why =
					refusal(event, {
						pace: live.fixed.pace,
						status: live.state.status,
						round,
						roundQuestionId: round && round.index >= 0 ? (live.questions[round.index]?.id ?? null) : null,
						removed: s.removed,
						phase: phaseNow(s)
					}) ??
					(event.type === 'answer.change' &&
					event.questionId !== undefined &&
					!ctx.questions.some((q) => q.id === event.questionId)
						? `question "${event.questionId}" is not in your quiz`
						: null);
				if (why) return refuse(409, why, { state: stateFor(s, live) });
				const before = ctx.slots;
				if (event.type === 'answer.change' && event.questionId !== undefined && live.fixed.pace === 'self') {
					const index = ctx.questions.findIndex((q) => q.id === event.questionId);
					if (index !== ctx.current) s.actor.send({ type: 'question.goto', index });
				}
				s.actor.send(event);
				let outcome;
				try {
					outcome = await queue.write(writeFor(s, live, key, event.type, event, before));
				} catch (e) {
					students.drop(ref.id);
					console.error('classroom: an answer could not be stored', e);
					return refuse(503, 'the answer could not be stored just now; it will be sent again');
				}
				if (outcome === 'stored') {
					s.version++;
					rememberKey(s, key);
					bus.publish({ session: live.fixed.id, kind: 'answers' });
					return done(stateFor(s, live));
				}
				// Written elsewhere since this machine was read, or already stored: read it again.
				students.drop(ref.id);
			}
			return refuse(503, 'the answer could not be stored just now; it will be sent again');
		});
	}

	/** What a join page shows before the student joins: the session's title, if the code is open. */
	async function lookup(code: string): Promise<Outcome<{ code: string; title: string; open: boolean }>> {
		const normal = normaliseJoinCode(code);
		const id = normal ? await store.sessionIdByCode(db, normal) : null;
		const live = id ? await sessions.get(id) : null;
		if (!live || live.state.status === 'ended')
			return refuse(404, 'there is no open session with this code: check it with your instructor');
		return done({ code: live.fixed.code, title: live.fixed.title, open: live.state.status === 'open' });
	}

	/** The article a student's citations point into, and the topics their results are grouped by. */
	async function studentPack(token: string | null | undefined): Promise<Outcome<StudentPack>> {
		const found = await studentFor(token);
		if (!found) return notJoined();
		const { pack } = found.live.fixed;
		return done({
			code: found.live.fixed.code,
			title: found.live.fixed.title,
			pack: { id: pack.id, title: pack.title, language: pack.language, source: pack.source, topics: pack.topics },
			passages: pack.passages
		});
	}

	async function watchStudent(token: string | null | undefined, listener: () => void): Promise<Outcome<() => void>> {
		const ref = await refOf(token);
		if (!ref) return notJoined();
		return done(
			bus.subscribe((m) => {
				if (m.session !== ref.sessionId) return;
				if (m.kind === 'session' || (m.kind === 'students' && m.student === ref.id)) listener();
			})
		);
	}

	return {
		startSession,
		listSessions,
		session: sessionFor,
		control,
		dashboard,
		watchDashboard,
		report,
		csv,
		join,
		studentState: stateOfStudent,
		send,
		watchStudent,
		lookup,
		studentPack,
		/** Waits for every answer queued to be written. */
		flush: () => queue.flush(),
		/** Stops following live updates, writes what is queued and lets go of the database. */
		close(): Promise<void> {
			unsubscribe();
			return queue.close();
		}
	};
}

export type Classroom = ReturnType<typeof createClassroom>;
