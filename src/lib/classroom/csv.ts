// Every response of a session as a spreadsheet: one row per student and question given, with what
// they answered, the points, the maximum and when. Every cell is quoted and a cell that a spreadsheet
// would run as a formula is defused, since students choose their own names and type their answers.
import type { Question } from '../content/types';
import { describeResponse } from './describe';
import type { ResponseRecord } from './records';
import type { StudentAttempt } from './report';

export const CSV_HEADER = [
	'student',
	'student_id',
	'question_number',
	'question_id',
	'type',
	'response',
	'status',
	'points',
	'max',
	'answered_at',
	'seconds_into_attempt'
] as const;

/** A quoted CSV cell; text starting with = + - @ or a tab or return is prefixed with ' so it stays text. */
export function csvCell(value: string | number | null): string {
	const s = value === null ? '' : String(value);
	const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
	return `"${safe.replace(/"/g, '""')}"`;
}

const number = (n: number) => String(Math.round(n * 10000) / 10000);

export function responsesCsv(questions: Question[], attempts: StudentAttempt[], responses: ResponseRecord[]): string {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const when = new Map(responses.map((r) => [`${r.studentId}\u0000${r.questionId}`, r]));
	const lines = [CSV_HEADER.map(csvCell).join(',')];
	for (const a of attempts) {
		if (a.removed) continue;
		a.given.forEach((g, i) => {
			const q = byId.get(g.questionId);
			const at = when.get(`${a.id}\u0000${g.questionId}`);
			const answered = g.status !== 'unanswered';
			lines.push(
				[
					csvCell(a.name),
					csvCell(a.id),
					csvCell(i + 1),
					csvCell(g.questionId),
					csvCell(q?.type ?? ''),
					csvCell(q ? describeResponse(q, g.response) : ''),
					csvCell(g.status),
					csvCell(number(g.points)),
					csvCell(number(g.max)),
					csvCell(answered && at ? at.answeredAt : ''),
					csvCell(answered && at ? number(at.elapsedMs / 1000) : '')
				].join(',')
			);
		});
	}
	// CRLF as RFC 4180 writes it; the byte-order mark makes spreadsheets read the names as UTF-8.
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
