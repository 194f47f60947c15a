// Answers the server acknowledged that are not in the database: each must be there, keyed as sent.
import type { Db } from '../../../src/lib/server/db/tables';
import type { Acked } from './load';

export async function countLost(db: Db, sessionId: string, acked: readonly Acked[]): Promise<number> {
	const rows = await db
		.selectFrom('classroom_answers')
		.select(['student_id', 'key'])
		.where('session_id', '=', sessionId)
		.execute();
	const stored = new Set(rows.map((r) => `${r.student_id} ${r.key}`));
	return acked.filter((a) => !stored.has(`${a.studentId} ${a.key}`)).length;
}
