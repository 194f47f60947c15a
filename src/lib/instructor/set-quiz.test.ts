import { describe, expect, it } from 'vitest';
import { selectQuestions } from '../quiz/selection';
import { describeSetSize, packForSet, quizSettingsForSet } from './set-quiz';
import { testPack, testSet } from './testing';

const own = {
	id: 'own-question',
	type: 'true-false',
	difficulty: 1,
	prompt: 'Trade came second.',
	answer: true,
	explanation: 'So the article says.',
	sources: [{ passage: 'trade', quote: 'Trade with Central Asia came second.' }]
};

describe('a set as a quiz', () => {
	it.each([
		['practice', 'immediate', 'practice'],
		['practice', 'end', 'exam'],
		['practice', 'never', 'exam'],
		['exam', 'immediate', 'exam']
	] as const)('in %s mode with feedback %s runs as the engine’s %s mode', (mode, feedback, want) => {
		expect(quizSettingsForSet(testSet({ settings: { mode, feedback } }), []).mode).toBe(want);
	});

	it('carries the time limit in seconds, attempts aside, and the draw as the engine’s filter and count', () => {
		const set = testSet({
			settings: { timeLimitMinutes: 2.5, retries: 50, shuffleQuestions: false, certainty: true },
			draw: { count: 1, topics: ['reasons'] }
		});
		const s = quizSettingsForSet(set, []);
		expect(s).toMatchObject({
			timeLimitSeconds: 150,
			retries: 10,
			ids: ['ruling-date'],
			count: 1,
			topics: ['reasons'],
			shuffleQuestions: false,
			certainty: true
		});
	});

	it('gives the learner only the questions the set can ask, its own included', () => {
		const { pack, settings } = packForSet(testPack(), testSet({ newQuestions: [own] }));
		expect(pack.questions.map((q) => q.id)).toEqual(['ruling-date', 'own-question']);
		expect(pack.questions[1].topic).toBe('timeline');
		expect(settings.ids).toEqual(['ruling-date', 'own-question']);
		expect(
			selectQuestions(pack.questions, { ...settings, shuffleQuestions: false }, 's').questions.map((q) => q.id)
		).toEqual(['ruling-date', 'own-question']);
	});

	it('keeps the questions a draw may take, and draws the number asked', () => {
		const set = testSet({ questions: [], draw: { count: 1, topics: ['reasons'] } });
		const { pack, settings } = packForSet(testPack(), set);
		expect(pack.questions.map((q) => q.id)).toEqual(['lives-lost', 'first-reason']);
		const picked = selectQuestions(pack.questions, settings, 'seed-1').questions;
		expect(picked).toHaveLength(1);
		expect(['lives-lost', 'first-reason']).toContain(picked[0].id);
	});

	it.each([
		[{}, '1 question'],
		[{ questions: ['a', 'b'], newQuestions: [own] }, '3 questions'],
		[{ draw: { count: 5 } }, '1 question and 5 drawn at random'],
		[{ questions: [], draw: { count: 5 } }, '5 questions drawn at random']
	])('describes the size of %j as %j', (over, text) => {
		expect(describeSetSize(testSet(over))).toBe(text);
	});
});
