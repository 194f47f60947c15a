import { statSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type OpenTestDb } from '../db/test-databases';
import { samplePack } from '../../quiz/testing/sample';
import type { AnswerWrite } from './commit';
import { openSqliteWriter } from './sqlite-writer';
import { joinedStudent } from './testing';

const sqlite = testDatabases().find((d) => d.name === 'sqlite');
if (!sqlite) throw new Error('the SQLite test database is always there');

describe('the answers writer on SQLite', () => {
	let t: OpenTestDb;
	let file: string;
	let studentId: string;
	let sessionId: string;

	beforeAll(async () => {
		t = await sqlite.open();
		const rows = await sql<{ name: string; file: string }>`pragma database_list`.execute(t.db);
		file = rows.rows.find((r) => r.name === 'main')?.file ?? '';
		({ studentId, sessionId } = await joinedStudent(t.db, samplePack(2)));
	});
	afterAll(async () => t.close());

	// An attempt of 6 kB: each answer rewrites the student's row, so every commit adds pages to the WAL.
	const write = (n: number): AnswerWrite => ({
		studentId,
		sessionId,
		key: `k${n}`,
		expected: n,
		at: '2025-01-01T00:00:00.000Z',
		type: 'answer.change',
		questionId: 'q1',
		response: '{"type":"true-false","value":true}',
		points: 1,
		max: 1,
		student: {
			attempt: `{"pad":"${'x'.repeat(6000)}${n}"}`,
			submitted: false,
			current: 0,
			answered: 1,
			questionCount: 2,
			elapsedMs: 5
		},
		latest: null
	});

	it('checkpoints on a thread of its own: the WAL stays small however many answers are committed', async () => {
		const writer = await openSqliteWriter(t.db);
		if (!writer) throw new Error('a file database has a writer');
		const walBytes = () => statSync(`${file}-wal`).size;
		let n = 0;
		let largest = 0;
		// 4,000 commits of at least two 4 kB pages each: 32 MB through the WAL, in bursts.
		for (let burst = 0; burst < 20; burst++) {
			for (let i = 0; i < 200; i++, n++) expect(writer.write([write(n)])).toEqual(['stored']);
			largest = Math.max(largest, walBytes());
			await new Promise((r) => setTimeout(r, 150));
		}
		await writer.close();
		expect(largest).toBeLessThan(12_000_000);
		const stored = await t.db
			.selectFrom('classroom_answers')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(stored.n)).toBe(4000);
	});
});
