import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, testDatabases, type OpenTestDb } from '../db/test-databases';
import { createCommitQueue, type AnswerWrite, type WriteOutcome } from './commit';
import { joinedStudent } from './testing';
import { samplePack } from '../../quiz/testing/sample';

const pack = samplePack(2);

describe.each(testDatabases())('group commit on $name', (database) => {
	let t: OpenTestDb;
	let studentId: string;
	let sessionId: string;

	beforeAll(async () => {
		t = await database.open();
	});
	afterAll(async () => t.close());
	beforeEach(async () => {
		await clearTables(t.db);
		({ studentId, sessionId } = await joinedStudent(t.db, pack));
	});

	const write = (key: string, expected: number, questionId = 'q1'): AnswerWrite => ({
		studentId,
		sessionId,
		key,
		expected,
		at: '2025-01-01T00:00:00.000Z',
		type: 'answer.change',
		questionId,
		response: '{"type":"true-false","value":true}',
		points: 1,
		max: 1,
		student: {
			attempt: `{"v":${expected + 1}}`,
			submitted: false,
			current: 0,
			answered: 1,
			questionCount: 2,
			elapsedMs: 5
		},
		latest: {
			questionId,
			response: '{"type":"true-false","value":true}',
			status: 'correct',
			points: 1,
			max: 1,
			elapsedMs: 5
		}
	});

	it('stores a write, recognises its key again, and refuses one made from an older version', async () => {
		const queue = createCommitQueue(t.db);
		expect(await queue.write(write('k1', 0))).toBe('stored');
		expect(await queue.write(write('k1', 1))).toBe('duplicate');
		expect(await queue.write(write('k2', 0))).toBe('stale');
		const answers = await t.db.selectFrom('classroom_answers').select(['key', 'seq']).execute();
		expect(answers).toEqual([{ key: 'k1', seq: 1 }]);
		const student = await t.db
			.selectFrom('classroom_students')
			.select(['version', 'attempt'])
			.executeTakeFirstOrThrow();
		expect(student).toEqual({ version: 1, attempt: '{"v":1}' });
		await queue.close();
	});

	it('writes the writes queued together in one batch, each with its own outcome', async () => {
		const queue = createCommitQueue(t.db);
		const outcomes = await Promise.all([queue.write(write('a', 0, 'q1')), queue.write(write('b', 5, 'q2'))]);
		expect(outcomes).toEqual(['stored', 'stale']);
		const latest = await t.db.selectFrom('classroom_responses').select(['question_id', 'status']).execute();
		expect(latest).toEqual([{ question_id: 'q1', status: 'correct' }]);
		await queue.close();
	});

	it('refuses to write the attempt of a removed student', async () => {
		await t.db.updateTable('classroom_students').set({ removed: 1 }).execute();
		const queue = createCommitQueue(t.db);
		expect(await queue.write(write('k1', 0))).toBe('stale');
		expect(await t.db.selectFrom('classroom_answers').selectAll().execute()).toEqual([]);
		await queue.close();
	});

	it('waits while another connection is writing, then stores the write', async () => {
		const queue = createCommitQueue(t.db);
		expect(await queue.write(write('k0', 0))).toBe('stored');
		let outcome: Promise<WriteOutcome> | undefined;
		let settled = false;
		await t.db.transaction().execute(async (tx) => {
			await tx.updateTable('classroom_students').set({ updated_at: '2025-01-01T00:00:01.000Z' }).execute();
			outcome = queue.write(write('k1', 1));
			void outcome.then(() => (settled = true));
			await new Promise((r) => setTimeout(r, 100));
			expect(settled).toBe(false);
		});
		expect(await outcome).toBe('stored');
		await queue.close();
	});

	it('takes no more writes once closed', async () => {
		const queue = createCommitQueue(t.db);
		await queue.close();
		await expect(queue.write(write('k1', 0))).rejects.toThrow('the answers queue is closed');
	});
});
