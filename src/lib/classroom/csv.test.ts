import { describe, expect, it } from 'vitest';
import { rightResponse, samplePack } from '../quiz/testing/sample';
import { csvCell, responsesCsv } from './csv';

describe('csvCell', () => {
	it.each<[string | number | null, string]>([
		['plain', '"plain"'],
		['say "hi"', '"say ""hi"""'],
		['=1+1', `"'=1+1"`],
		['+44 20', `"'+44 20"`],
		['-5', `"'-5"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\tx', `"'\tx"`],
		['two\nlines', '"two\nlines"'],
		[3.5, '"3.5"'],
		[null, '""']
	])('writes %j as %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('responsesCsv', () => {
	const pack = samplePack(2);
	const [q1, q2] = pack.questions;

	it('writes one row per student and question given, leaving out removed students', () => {
		const csv = responsesCsv(
			pack.questions,
			[
				{
					id: 's1',
					name: 'Ada',
					removed: false,
					submitted: true,
					given: [
						{ questionId: q1.id, response: rightResponse(q1), status: 'correct', points: 1, max: 1 },
						{ questionId: q2.id, response: null, status: 'unanswered', points: 0, max: 1 }
					]
				},
				{ id: 's2', name: 'Gone', removed: true, submitted: false, given: [] }
			],
			[
				{
					studentId: 's1',
					questionId: q1.id,
					response: rightResponse(q1),
					status: 'correct',
					points: 1,
					max: 1,
					elapsedMs: 12_345,
					answeredAt: '2025-05-01T10:00:00.000Z'
				}
			]
		);
		const option = q1.type === 'single-choice' ? q1.options.find((o) => o.correct)?.text : '';
		expect(csv.split('\r\n')).toEqual([
			'\uFEFF"student","student_id","question_number","question_id","type","response","status","points","max","answered_at","seconds_into_attempt"',
			`"Ada","s1","1","${q1.id}","single-choice","${option}","correct","1","1","2025-05-01T10:00:00.000Z","12.345"`,
			`"Ada","s1","2","${q2.id}","multiple-response","","unanswered","0","1","",""`,
			''
		]);
	});
});
