import { describe, expect, it } from 'vitest';
import type { Question } from '../content/types';
import { samplePack } from '../quiz/testing/sample';
import { buildDashboard } from './dashboard';
import type { ResponseRecord, StudentRecord } from './records';
import type { SessionInfo } from './types';

const pack = samplePack(7);
const shortText = pack.questions.find((q) => q.type === 'short-text') as Question;
const choice = pack.questions.find((q) => q.type === 'single-choice') as Extract<Question, { type: 'single-choice' }>;
const session: SessionInfo = {
	id: 's',
	code: 'ABC234',
	title: 'T',
	pace: 'self',
	status: 'open',
	released: false,
	feedback: 'end',
	round: null
};
const student = (id: string, removed = false): StudentRecord => ({
	id,
	name: id.toUpperCase(),
	joinedAt: '2025-01-01T00:00:00.000Z',
	removed,
	submitted: false,
	current: 0,
	answered: 1,
	questionCount: 7,
	elapsedMs: 0
});
const typed = (studentId: string, text: string, right: boolean): ResponseRecord => ({
	studentId,
	questionId: shortText.id,
	response: { type: 'short-text', text },
	status: right ? 'correct' : 'wrong',
	points: right ? 1 : 0,
	max: 1,
	elapsedMs: 1000,
	answeredAt: '2025-01-01T00:01:00.000Z'
});

describe('the live dashboard', () => {
	const board = buildDashboard({
		session,
		questions: pack.questions,
		passages: pack.passages,
		students: [student('a'), student('b'), student('c'), student('gone', true)],
		responses: [
			typed('a', 'Kabulov', true),
			typed('b', '  kabulov ', true),
			typed('c', 'Zhirnov', false),
			typed('gone', 'Zhirnov', false),
			{
				studentId: 'a',
				questionId: choice.id,
				response: { type: 'single-choice', optionId: choice.options[1].id },
				status: 'wrong',
				points: 0,
				max: 1,
				elapsedMs: 0,
				answeredAt: '2025-01-01T00:01:00.000Z'
			}
		],
		now: '2025-01-01T00:02:00.000Z'
	});

	it('groups typed answers as the scorer compares them, most given first, leaving out removed students', () => {
		const q = board.questions.find((x) => x.id === shortText.id);
		expect(q).toMatchObject({ answered: 3, right: 2, wrong: 1 });
		expect(q?.shareRight).toBeCloseTo(2 / 3);
		expect(q?.distribution).toEqual([
			{ value: 'kabulov', label: 'Kabulov', correct: true, count: 2, who: ['A', 'B'] },
			{ value: 'zhirnov', label: 'Zhirnov', correct: false, count: 1, who: ['C'] }
		]);
	});

	it('counts every option of a choice question, says who chose it, and flags a distractor that beats the key', () => {
		const q = board.questions.find((x) => x.id === choice.id);
		expect(q?.distribution.map((d) => [d.label, d.correct, d.count, d.who])).toEqual(
			choice.options.map((o, i) => [o.text, o.correct, i === 1 ? 1 : 0, i === 1 ? ['A'] : []])
		);
		expect(q?.flags.some((f) => f.startsWith('More attempts chose'))).toBe(true);
	});

	it('puts the passages behind the most lost marks first', () => {
		expect(board.passages.map((p) => [p.id, p.answers, p.shareLost])).toEqual([
			[choice.sources[0].passage, 1, 1],
			[shortText.sources[0].passage, 3, 1 / 3]
		]);
	});

	it('sums each student’s points so far', () => {
		expect(board.students.map((s) => [s.name, s.points, s.right])).toEqual([
			['A', 1, 1],
			['B', 1, 1],
			['C', 0, 0],
			['GONE', 0, 0]
		]);
	});
});
