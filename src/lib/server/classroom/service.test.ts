import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, type StudentEvent, type StudentState } from '../../classroom';
import type { Question } from '../../content/types';
import { rightResponse, samplePack, wrongResponse } from '../../quiz/testing/sample';
import { clearTables, testDatabases, type OpenTestDb } from '../db/test-databases';
import type { Db } from '../db/tables';
import { addInstructor, addSetRow, testClassroom, type TestSet } from './testing';
import type { Classroom } from './service';

const pack = samplePack(8);
const byId = new Map(pack.questions.map((q) => [q.id, q]));
let keyCount = 0;
const key = () => `key-${++keyCount}-${Date.now()}`;

function value<T>(o: { ok: true; value: T } | { ok: false; message: string }): T {
	if (!o.ok) throw new Error(o.message);
	return o.value;
}

const answer = (q: Question, right = true): StudentEvent => ({
	type: 'answer.change',
	questionId: q.id,
	response: right ? rightResponse(q) : wrongResponse(q)
});

describe.each(testDatabases())('classroom sessions on $name', (database) => {
	let t: OpenTestDb;
	let db: Db;
	let owner: string;
	let setId: string;
	let sets: Map<string, { ownerId: string } & TestSet>;
	let classroom: Classroom;

	beforeAll(async () => {
		t = await database.open();
		db = t.db;
	});
	afterAll(async () => t.close());
	beforeEach(async () => {
		await clearTables(db);
		owner = await addInstructor(db);
		setId = await addSetRow(db, owner);
		sets = new Map([[setId, { ownerId: owner, pack, settings: { mode: 'exam' } }]]);
		classroom = testClassroom(db, sets);
	});
	afterEach(() => classroom.close());

	async function start(pace: 'self' | 'instructor' = 'self', set: Partial<TestSet> = {}) {
		sets.set(setId, { ...(sets.get(setId) as { ownerId: string } & TestSet), ...set });
		return value(await classroom.startSession(owner, { setId, pace }));
	}

	async function join(code: string, name: string) {
		return value(await classroom.join('127.0.0.1', { code, name }));
	}

	async function send(token: string, event: StudentEvent, k = key()) {
		return classroom.send(token, { key: k, event });
	}

	const questionOf = (s: StudentState) => byId.get(s.view?.question?.question.id ?? '') as Question;

	it('starts a session with a six-character join code from the alphabet without look-alikes', async () => {
		const session = await start();
		expect(session.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
		expect(session).toMatchObject({ status: 'open', pace: 'self', released: false, round: null, feedback: 'end' });
		expect((await classroom.listSessions(owner)).map((s) => [s.id, s.students])).toEqual([[session.id, 0]]);
	});

	it.each([
		[{ setId: 'nope', pace: 'self' }, 404, 'the set does not exist'],
		[{ setId: 42 }, 400, 'the session is not valid: setId: expected text, got number 42'],
		[{ setId: 'x', pace: 'fast' }, 400, expect.stringContaining('pace')]
	])('refuses to start a session from %j', async (body, status, message) => {
		expect(await classroom.startSession(owner, body)).toMatchObject({ ok: false, status, message });
	});

	it('shows a session to its owner only: another instructor gets 403, nobody gets one that does not exist', async () => {
		const session = await start();
		const other = await addInstructor(db, 'other');
		expect(await classroom.dashboard(other, session.id)).toMatchObject({ ok: false, status: 403 });
		expect(await classroom.control(other, session.id, { action: 'end' })).toMatchObject({ ok: false, status: 403 });
		expect(await classroom.report(other, session.id)).toMatchObject({ ok: false, status: 403 });
		expect(await classroom.csv(other, session.id)).toMatchObject({ ok: false, status: 403 });
		expect(await classroom.dashboard(owner, 'no-such-id')).toMatchObject({ ok: false, status: 404 });
	});

	it('lets students join with the code as typed, and refuses a wrong code, a taken name and a bad name', async () => {
		const session = await start();
		const typed = `${session.code.slice(0, 3).toLowerCase()}-${session.code.slice(3)}`;
		const ada = await join(typed, '  Ada   L. ');
		expect(ada.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(value(await classroom.studentState(ada.token)).student.name).toBe('Ada L.');
		const wrong = session.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
		expect(await classroom.join('127.0.0.1', { code: wrong, name: 'Bo' })).toMatchObject({
			ok: false,
			status: 404,
			message: 'there is no open session with this code: check it with your instructor'
		});
		expect(await classroom.join('127.0.0.1', { code: session.code, name: 'ada l.' })).toMatchObject({
			ok: false,
			status: 409,
			message: 'someone in this session already goes by "ada l."; add an initial or a number'
		});
		expect(await classroom.join('127.0.0.1', { code: session.code, name: '   ' })).toMatchObject({
			ok: false,
			status: 400,
			issues: [{ path: 'name', message: 'write the name the class knows you by' }]
		});
	});

	it('stops taking students when joining is closed, and the code stops working when the session ends', async () => {
		const session = await start();
		value(await classroom.control(owner, session.id, { action: 'close-joining' }));
		expect(await classroom.join('10.0.0.1', { code: session.code, name: 'Late' })).toMatchObject({
			ok: false,
			status: 403
		});
		value(await classroom.control(owner, session.id, { action: 'end' }));
		expect(await classroom.join('10.0.0.1', { code: session.code, name: 'Later' })).toMatchObject({
			ok: false,
			status: 404
		});
	});

	it('limits joins per network address', async () => {
		await classroom.close();
		classroom = testClassroom(db, sets, { joinLimit: { limit: 2, windowMs: 60_000 } });
		const session = await start();
		await join(session.code, 'One');
		await join(session.code, 'Two');
		expect(await classroom.join('127.0.0.1', { code: session.code, name: 'Three' })).toMatchObject({
			ok: false,
			status: 429,
			retryAfterSeconds: 30
		});
		expect((await classroom.join('10.9.9.9', { code: session.code, name: 'Three' })).ok).toBe(true);
	});

	it('lets a whole school behind one network address join within the same minute', async () => {
		await classroom.close();
		const frozen = new Date('2025-03-01T09:00:00.000Z');
		classroom = testClassroom(db, sets, { now: () => frozen });
		const session = await start();
		const replies = await Promise.all(
			Array.from({ length: 600 }, (_, i) => classroom.join('203.0.113.7', { code: session.code, name: `Pupil ${i}` }))
		);
		expect(replies.filter((r) => !r.ok)).toEqual([]);
	});

	it('refuses a student request without a valid token', async () => {
		for (const token of [undefined, '', 'short', 'x'.repeat(43)]) {
			expect(await classroom.studentState(token)).toMatchObject({ ok: false, status: 401 });
			expect(await classroom.send(token, { key: key(), event: { type: 'quiz.submit' } })).toMatchObject({
				ok: false,
				status: 401
			});
		}
	});

	it('never sends an exam key, feedback or explanation before the student submits', async () => {
		const session = await start();
		const ada = await join(session.code, 'Ada');
		let state = value(await classroom.studentState(ada.token));
		for (let i = 0; i < pack.questions.length; i++) {
			const q = questionOf(state);
			state = value(await send(ada.token, answer(q, i % 2 === 0)));
			const text = JSON.stringify(state);
			for (const secret of pack.questions.map((x) => x.explanation)) expect(text).not.toContain(secret);
			expect(text).not.toContain('"correct"');
			expect(state.view?.question?.reveal).toBeNull();
			state = value(await send(ada.token, { type: 'question.next' }));
		}
		state = value(await send(ada.token, { type: 'quiz.submit' }));
		// Submitted but not released: nothing of the review yet.
		expect(state).toMatchObject({ stage: 'submitted', view: null, score: null });
	});

	it('stores every answer once however often its request is retried, and keeps the latest response', async () => {
		const session = await start();
		const ada = await join(session.code, 'Ada');
		const q = questionOf(value(await classroom.studentState(ada.token)));
		const k = key();
		const first = value(await send(ada.token, answer(q, false), k));
		const again = value(await send(ada.token, answer(q, true), k));
		expect(again.view?.question?.response).toEqual(first.view?.question?.response);
		value(await send(ada.token, answer(q, true)));
		const rows = await db.selectFrom('classroom_answers').select(['key', 'type']).execute();
		expect(rows).toHaveLength(2);
		const latest = await db.selectFrom('classroom_responses').selectAll().execute();
		expect(latest.map((r) => [r.question_id, r.status, Number(r.points)])).toEqual([[q.id, 'correct', 1]]);
	});

	it('carries on where the student was after the server restarts, without applying a retried answer twice', async () => {
		const session = await start();
		const ada = await join(session.code, 'Ada');
		let state = value(await classroom.studentState(ada.token));
		const q1 = questionOf(state);
		value(await send(ada.token, answer(q1)));
		state = value(await send(ada.token, { type: 'question.next' }));
		const q2 = questionOf(state);
		const k = key();
		value(await send(ada.token, answer(q2, false), k));

		await classroom.close();
		classroom = testClassroom(db, sets);
		state = value(await classroom.studentState(ada.token));
		expect(state.view?.index).toBe(1);
		expect(state.view?.question?.response).toEqual(wrongResponse(q2));
		expect(state.view?.answeredCount).toBe(2);
		value(await send(ada.token, { type: 'question.prev' }, k));
		expect(value(await classroom.studentState(ada.token)).view?.index).toBe(1);
	});

	it('in practice mode, returns the feedback of each answer as it is checked', async () => {
		const session = await start('self', { settings: { mode: 'practice' } });
		const ada = await join(session.code, 'Ada');
		const q = questionOf(value(await classroom.studentState(ada.token)));
		value(await send(ada.token, answer(q, false)));
		const checked = value(await send(ada.token, { type: 'answer.check' }));
		expect(checked.view?.question?.reveal?.result.status).toBe('wrong');
		expect(checked.view?.question?.reveal?.explanation).toBe(q.explanation);
	});

	it('refuses what a student may not send: extra time, and anything after being removed', async () => {
		const session = await start('self', { settings: { mode: 'exam', timeLimitSeconds: 600 } });
		const ada = await join(session.code, 'Ada');
		expect(await classroom.send(ada.token, { key: key(), event: { type: 'time.extend' } })).toMatchObject({
			ok: false,
			status: 400
		});
		expect(value(await classroom.studentState(ada.token)).view?.can.extend).toBe(false);
		value(await classroom.control(owner, session.id, { action: 'remove-student', studentId: ada.studentId }));
		expect(await send(ada.token, { type: 'question.next' })).toMatchObject({
			ok: false,
			status: 409,
			message: 'you were removed from this session',
			state: { stage: 'removed', view: null }
		});
		expect(value(await classroom.dashboard(owner, session.id)).students[0].removed).toBe(true);
	});

	it('runs an instructor-paced round: closed before it opens, one question open at a time, and its distribution', async () => {
		const session = await start('instructor', { settings: { mode: 'exam', shuffleQuestions: false } });
		expect(session.round).toEqual({ index: -1, open: false, count: 8 });
		const students = await Promise.all(['Ada', 'Bo', 'Cy'].map((n) => join(session.code, n)));
		expect(value(await classroom.studentState(students[0].token))).toMatchObject({ stage: 'waiting', view: null });
		const q0 = pack.questions[0];
		expect(await send(students[0].token, answer(q0))).toMatchObject({
			ok: false,
			message: 'the instructor has not opened a question yet'
		});

		value(await classroom.control(owner, session.id, { action: 'open-round' }));
		const open = value(await classroom.studentState(students[1].token));
		expect(open).toMatchObject({ stage: 'answering', session: { round: { index: 0, open: true } } });
		expect(open.view?.question?.question.id).toBe(q0.id);
		expect(await send(students[1].token, { type: 'question.next' })).toMatchObject({
			ok: false,
			message: 'the instructor moves the class from question to question'
		});
		expect(await send(students[1].token, answer(pack.questions[1]))).toMatchObject({
			ok: false,
			message: 'that question is not the one open'
		});
		value(await send(students[0].token, answer(q0, true)));
		value(await send(students[1].token, answer(q0, false)));
		value(await send(students[2].token, answer(q0, false)));

		value(await classroom.control(owner, session.id, { action: 'close-round' }));
		expect(await send(students[2].token, answer(q0, true))).toMatchObject({
			ok: false,
			message: 'this question is closed'
		});
		const closed = value(await classroom.studentState(students[2].token));
		expect(closed.stage).toBe('waiting');
		expect(closed.view?.question?.locked).toBe(true);

		const board = value(await classroom.dashboard(owner, session.id));
		const stats = board.questions[0];
		expect(stats).toMatchObject({ id: q0.id, answered: 3, right: 1, wrong: 2 });
		expect(stats.shareRight).toBeCloseTo(1 / 3);
		const wrongId =
			wrongResponse(q0).type === 'single-choice' ? (wrongResponse(q0) as { optionId: string }).optionId : '';
		expect(stats.distribution.find((d) => d.value === wrongId)?.count).toBe(2);
		expect(stats.distribution.filter((d) => d.correct).map((d) => d.count)).toEqual([1]);

		value(await classroom.control(owner, session.id, { action: 'open-round' }));
		const next = value(await classroom.studentState(students[0].token));
		expect(next.view?.question?.question.id).toBe(pack.questions[1].id);
	});

	it('submits everyone at the end and shows results only once they are released, as the set allows', async () => {
		const session = await start('self', { feedback: 'end' });
		const ada = await join(session.code, 'Ada');
		const bo = await join(session.code, 'Bo');
		const q = questionOf(value(await classroom.studentState(ada.token)));
		value(await send(ada.token, answer(q)));
		expect(await classroom.control(owner, session.id, { action: 'release' })).toMatchObject({
			ok: false,
			status: 409,
			message: 'end the session before releasing results'
		});
		value(await classroom.control(owner, session.id, { action: 'end' }));
		expect(value(await classroom.studentState(ada.token))).toMatchObject({ stage: 'submitted', view: null });
		expect(await send(bo.token, { type: 'question.next' })).toMatchObject({
			ok: false,
			message: 'the session has ended'
		});
		value(await classroom.control(owner, session.id, { action: 'release' }));
		const results = value(await classroom.studentState(ada.token));
		expect(results).toMatchObject({ stage: 'results', score: { points: 1, max: 8, percent: 12.5 } });
		expect(results.view?.review?.find((r) => r.question.id === q.id)?.reveal?.explanation).toBe(q.explanation);
		expect(value(await classroom.studentState(bo.token)).score).toEqual({ points: 0, max: 8, percent: 0 });
	});

	it('releases the score alone when the set never shows feedback', async () => {
		const session = await start('self', { feedback: 'never' });
		const ada = await join(session.code, 'Ada');
		value(await classroom.control(owner, session.id, { action: 'end' }));
		value(await classroom.control(owner, session.id, { action: 'release' }));
		expect(value(await classroom.studentState(ada.token))).toMatchObject({
			stage: 'results',
			view: null,
			score: { points: 0, max: 8 }
		});
	});

	it('exports one CSV row per student and question given, quoted so no cell runs as a formula', async () => {
		const session = await start();
		const ada = await join(session.code, '=HYPERLINK("x")');
		const bo = await join(session.code, 'Bo');
		const q = questionOf(value(await classroom.studentState(ada.token)));
		value(await send(ada.token, answer(q)));
		const csv = value(await classroom.csv(owner, session.id));
		expect(csv.filename).toMatch(new RegExp(`^footnote-session-${session.code}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
		const lines = csv.body
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines).toHaveLength(1 + 2 * pack.questions.length);
		expect(lines[0]).toBe(
			'"student","student_id","question_number","question_id","type","response","status","points","max","answered_at","seconds_into_attempt"'
		);
		const adaRows = lines.filter((l) => l.startsWith(`"'=HYPERLINK(""x"")","${ada.studentId}"`));
		expect(adaRows).toHaveLength(pack.questions.length);
		expect(adaRows.filter((l) => l.includes('"correct","1","1"'))).toHaveLength(1);
		expect(lines.filter((l) => l.startsWith(`"Bo","${bo.studentId}"`))).toHaveLength(pack.questions.length);
	});
});
