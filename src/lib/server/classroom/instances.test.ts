// Two app instances on one PostgreSQL database, as behind a load balancer: live updates cross from
// one to the other by LISTEN/NOTIFY, and a student whose requests alternate between them loses no
// answer. Runs only when TEST_DATABASE_URL names a PostgreSQL database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, StudentEvent } from '../../classroom';
import { rightResponse, samplePack } from '../../quiz/testing/sample';
import { testDatabases, type OpenTestDb } from '../db/test-databases';
import { postgresBus, type ClassroomBus } from './bus';
import type { Classroom } from './service';
import { addInstructor, addSetRow, testClassroom } from './testing';

const url = process.env.TEST_DATABASE_URL?.trim();
const postgres = testDatabases().find((d) => d.name === 'postgres');
const pack = samplePack(4);

describe.skipIf(!url || !postgres)('two app instances on PostgreSQL', () => {
	let t: OpenTestDb;
	let buses: ClassroomBus[];
	let a: Classroom;
	let b: Classroom;
	let owner: string;
	let setId: string;

	beforeAll(async () => {
		t = await (postgres as NonNullable<typeof postgres>).open();
		owner = await addInstructor(t.db);
		setId = await addSetRow(t.db, owner);
		const sets = new Map([
			[setId, { ownerId: owner, pack, settings: { mode: 'exam' as const, shuffleQuestions: false } }]
		]);
		buses = [postgresBus(url as string, t.db), postgresBus(url as string, t.db)];
		a = testClassroom(t.db, sets, { bus: buses[0] });
		b = testClassroom(t.db, sets, { bus: buses[1] });
		// Let both listening connections start before anything is published.
		await new Promise((r) => setTimeout(r, 300));
	});
	afterAll(async () => {
		await Promise.all([a.close(), b.close()]);
		await Promise.all(buses.map((bus) => bus.close()));
		await t.close();
	});

	it('shows an answer given on one instance on a dashboard served by the other', async () => {
		const session = await a.startSession(owner, { setId, pace: 'self' });
		if (!session.ok) throw new Error(session.message);
		const boards: Dashboard[] = [];
		const watching = await b.watchDashboard(owner, session.value.id, (d) => boards.push(d));
		if (!watching.ok) throw new Error(watching.message);
		const joined = await a.join('127.0.0.1', { code: session.value.code, name: 'Ada' });
		if (!joined.ok) throw new Error(joined.message);
		const q = pack.questions[0];
		const event: StudentEvent = { type: 'answer.change', questionId: q.id, response: rightResponse(q) };
		expect((await a.send(joined.value.token, { key: 'answer-on-a-1', event })).ok).toBe(true);
		await expect.poll(() => boards.at(-1)?.questions.find((x) => x.id === q.id)?.answered, { timeout: 5000 }).toBe(1);
		expect(boards.at(-1)?.students.map((s) => s.name)).toEqual(['Ada']);
		watching.value();
	});

	it('keeps every answer of a student whose requests alternate between the instances', async () => {
		const session = await a.startSession(owner, { setId, pace: 'self' });
		if (!session.ok) throw new Error(session.message);
		const joined = await b.join('127.0.0.1', { code: session.value.code, name: 'Bo' });
		if (!joined.ok) throw new Error(joined.message);
		const token = joined.value.token;
		for (const [i, q] of pack.questions.entries()) {
			const via = i % 2 === 0 ? a : b;
			const event: StudentEvent = { type: 'answer.change', questionId: q.id, response: rightResponse(q) };
			const sent = await via.send(token, { key: `alternate-${i}-key`, event });
			expect(sent.ok && sent.value.view?.answeredCount).toBe(i + 1);
		}
		const state = await a.studentState(token);
		expect(state.ok && state.value.view?.answeredCount).toBe(pack.questions.length);
		const stored = await t.db
			.selectFrom('classroom_answers')
			.select('key')
			.where('student_id', '=', joined.value.studentId)
			.execute();
		expect(stored.map((r) => r.key).sort()).toEqual(pack.questions.map((_, i) => `alternate-${i}-key`).sort());
	});

	it('removes a student on every instance', async () => {
		const session = await a.startSession(owner, { setId, pace: 'self' });
		if (!session.ok) throw new Error(session.message);
		const joined = await a.join('127.0.0.1', { code: session.value.code, name: 'Cy' });
		if (!joined.ok) throw new Error(joined.message);
		expect((await b.studentState(joined.value.token)).ok).toBe(true);
		await a.control(owner, session.value.id, { action: 'remove-student', studentId: joined.value.studentId });
		const after = await b.send(joined.value.token, { key: 'after-removal', event: { type: 'question.next' } });
		expect(after).toMatchObject({ ok: false, status: 409, message: 'you were removed from this session' });
	});
});
