// Moodle's statistics walkthrough (mod/quiz/report/statistics/tests/fixtures), played as a class:
// 25 students answer 7 questions through the session, the engine scores them, and the session's
// report must give the figures Moodle gives. Marks of 1/3, 1/2 and 4/5 come from cloze questions of
// 30 blanks, of which 10, 15 or 24 are filled right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moodleQuestionStats, moodleResults } from '../../stats/moodle-fixture.testing';
import type { ClozeQuestion, Pack } from '../../content/types';
import { contentVersion } from '../../content/normalise';
import type { SessionReport } from '../../classroom';
import { testDatabases, type OpenTestDb } from '../db/test-databases';
import { addInstructor, addSetRow, testClassroom } from './testing';

const results = moodleResults;
const expected = moodleQuestionStats;
const SLOTS = ['1', '2', '3', '4', '5', '6', '7'];
const BLANKS = 30;

function clozeQuestion(slot: string): ClozeQuestion {
	const q: ClozeQuestion = {
		id: `slot-${slot}`,
		type: 'cloze',
		topic: 'general',
		difficulty: 2,
		prompt: `Slot ${slot}`,
		explanation: `Explanation of slot ${slot}.`,
		tags: [],
		sources: [{ passage: `p${slot}`, quote: 'words' }],
		text: Array.from({ length: BLANKS }, (_, i) => `{{b${i}}}`).join(' '),
		blanks: Array.from({ length: BLANKS }, (_, i) => ({ id: `b${i}`, accepted: ['x'] })),
		version: ''
	};
	q.version = contentVersion(q);
	return q;
}

const pack: Pack = {
	id: 'moodle',
	title: 'Moodle fixture',
	language: 'en',
	source: { title: null, author: null, publisher: null, date: null, url: null, licence: null, note: null },
	topics: [{ id: 'general', title: 'General' }],
	passages: SLOTS.map((s) => ({ id: `p${s}`, section: null, text: `Passage ${s}.` })),
	questions: SLOTS.map(clozeQuestion)
};

/** A response to a 30-blank cloze that scores `mark`. */
const responseFor = (mark: number) => {
	const right = Math.round(mark * BLANKS);
	return {
		type: 'cloze' as const,
		blanks: Object.fromEntries(Array.from({ length: BLANKS }, (_, i) => [`b${i}`, i < right ? 'x' : 'no']))
	};
};

const COLUMNS = {
	facility: 'facility',
	sd: 'sd',
	effectiveweight: 'effectiveWeight',
	covariance: 'covariance',
	markvariance: 'markVariance',
	othermarkvariance: 'otherMarkVariance',
	discriminationindex: 'discriminationIndex',
	covariancemax: 'covarianceMax',
	discriminativeefficiency: 'discriminativeEfficiency'
} as const;

describe.each(testDatabases())("a session's report on $name", (database) => {
	let t: OpenTestDb;
	let report: SessionReport;

	beforeAll(async () => {
		t = await database.open();
		const owner = await addInstructor(t.db);
		const setId = await addSetRow(t.db, owner);
		const classroom = testClassroom(
			t.db,
			new Map([[setId, { ownerId: owner, pack, settings: { mode: 'exam', shuffleQuestions: false } }]])
		);
		const session = await classroom.startSession(owner, { setId, pace: 'self' });
		if (!session.ok) throw new Error(session.message);
		let n = 0;
		for (const row of results) {
			const joined = await classroom.join('127.0.0.1', {
				code: session.value.code,
				name: `Student ${row.quizattempt}`
			});
			if (!joined.ok) throw new Error(joined.message);
			for (const slot of SLOTS) {
				const event = {
					type: 'answer.change',
					questionId: `slot-${slot}`,
					response: responseFor(Number(row[`slots.${slot}.mark`]))
				};
				const sent = await classroom.send(joined.value.token, { key: `k-${++n}-answer`, event });
				if (!sent.ok) throw new Error(sent.message);
			}
		}
		const ended = await classroom.control(owner, session.value.id, { action: 'end' });
		if (!ended.ok) throw new Error(ended.message);
		const made = await classroom.report(owner, session.value.id);
		if (!made.ok) throw new Error(made.message);
		report = made.value.report;
		await classroom.close();
	}, 60_000);
	afterAll(async () => t.close());

	it('counts one attempt per student, at every question', () => {
		expect(report.attemptCount).toBe(25);
		expect(report.items.map((i) => [i.questionId, i.attemptCount])).toEqual(SLOTS.map((s) => [`slot-${s}`, 25]));
	});

	it.each(expected.map((row) => [row.slot, row] as const))(
		'reproduces every figure Moodle gives for slot %s to 4 decimals',
		(slot, row) => {
			const item = report.items.find((i) => i.questionId === `slot-${slot}`);
			for (const [column, field] of Object.entries(COLUMNS)) {
				expect(item?.[field], `${column} for slot ${slot}`).toBeCloseTo(Number(row[column]), 4);
			}
		}
	);

	it("reproduces Moodle's Cronbach's alpha and flags the set as inconsistent", () => {
		expect((report.alpha as number) * 100).toBeCloseTo(-87.2230935542, 4);
		expect(report.flags.map((f) => f.code)).toEqual(['low-consistency']);
		expect(report.items.find((i) => i.questionId === 'slot-3')?.flags.map((f) => f.code)).toEqual([
			'too-easy',
			'negative-discrimination'
		]);
	});

	it('reports the passages behind the lost marks, the most lost first', () => {
		const lost = report.passages.map((p) => p.shareLost as number);
		expect(lost).toHaveLength(7);
		expect(report.passages.map((p) => p.answers)).toEqual(Array(7).fill(25));
		const facility = new Map(expected.map((r) => [`p${r.slot}`, Number(r.facility)]));
		for (const p of report.passages) expect(1 - (p.shareLost as number)).toBeCloseTo(facility.get(p.id) as number, 4);
	});
});
