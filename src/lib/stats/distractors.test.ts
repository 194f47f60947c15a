import { describe, expect, it } from 'vitest';
import type { Question } from '../content/types';
import { choiceOptions, distractorAnalysis, type ChoiceQuestionInput, type ChoiceResponse } from './distractors';

const question: ChoiceQuestionInput = {
	id: 'who-delisted',
	options: [
		{ id: 'a', correct: true, text: 'Kazakhstan' },
		{ id: 'b', correct: false, text: 'China' },
		{ id: 'c', correct: false, text: 'Iran' },
		{ id: 'd', correct: false }
	]
};
const responses = (...chosen: (string[] | null)[]): ChoiceResponse[] =>
	chosen.map((c, i) => ({ attemptId: `a${i + 1}`, chosen: c }));

function run(q: ChoiceQuestionInput, r: ChoiceResponse[]) {
	const outcome = distractorAnalysis(q, r);
	if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
	return outcome.value;
}

describe('distractor analysis', () => {
	it('counts how many chose each option, as a share of those who answered', () => {
		const result = run(question, responses(['a'], ['b'], ['a'], null, [], ['a']));
		expect(result).toMatchObject({ questionId: 'who-delisted', answeredCount: 4, unansweredCount: 2 });
		expect(result.options.map((o) => [o.optionId, o.count, o.share])).toEqual([
			['a', 3, 0.75],
			['b', 1, 0.25],
			['c', 0, 0],
			['d', 0, 0]
		]);
	});

	it('flags each wrong option nobody chose, naming it by its text where it has one', () => {
		const result = run(question, responses(['a'], ['b'], ['a']));
		expect(result.flags.map((f) => [f.optionId, f.code])).toEqual([
			['c', 'unchosen-distractor'],
			['d', 'unchosen-distractor']
		]);
		expect(result.flags.map((f) => f.message)).toMatchInlineSnapshot(`
			[
			  "A distractor nobody chose: none of the 3 attempts that answered picked “Iran”. Replace it with a misreading of the passage that people actually make.",
			  "A distractor nobody chose: none of the 3 attempts that answered picked option "d". Replace it with a misreading of the passage that people actually make.",
			]
		`);
	});

	it('never flags an unchosen right answer as a distractor', () => {
		const result = run(question, responses(['b'], ['c'], ['d']));
		expect(result.flags.some((f) => f.optionId === 'a' && f.code === 'unchosen-distractor')).toBe(false);
	});

	it('flags a wrong option chosen more often than the key', () => {
		const result = run(question, responses(['b'], ['b'], ['a'], ['c'], ['d']));
		expect(result.flags).toEqual([
			{
				optionId: 'b',
				code: 'distractor-beats-key',
				message:
					'More attempts chose “China” (2) than the right answer (1). Check the key, and whether the passage can be read to support this option.'
			}
		]);
	});

	it('does not compare options with the key when several may be chosen', () => {
		const multiple = { ...question, multiple: true };
		const result = run(multiple, responses(['a', 'b'], ['b', 'c'], ['b', 'd']));
		expect(result.options.map((o) => o.count)).toEqual([1, 3, 1, 1]);
		expect(result.flags).toEqual([]);
	});

	it('flags nothing when nobody answered', () => {
		const result = run(question, responses(null, []));
		expect(result.options.every((o) => o.share === null)).toBe(true);
		expect(result.flags).toEqual([]);
	});

	it('reports every problem in the responses at once, saying which attempt and which option', () => {
		const outcome = distractorAnalysis(question, [
			{ attemptId: 'a1', chosen: ['a', 'b'] },
			{ attemptId: 'a2', chosen: ['e'] },
			{ attemptId: '', chosen: ['a'] },
			{ attemptId: 'a4', chosen: 'a' as unknown as string[] }
		]);
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.problems).toMatchInlineSnapshot(`
			[
			  {
			    "message": "attempt "a1" chose 2 options, but only one may be chosen here",
			    "path": "responses[0].chosen",
			  },
			  {
			    "message": "attempt "a2" chose "e", which is not an option of this question ("a", "b", "c", "d")",
			    "path": "responses[1].chosen[0]",
			  },
			  {
			    "message": "each response needs the id of its attempt (non-empty text)",
			    "path": "responses[2].attemptId",
			  },
			  {
			    "message": "attempt "a4": chosen must be a list of option ids, or null if unanswered",
			    "path": "responses[3].chosen",
			  },
			]
		`);
	});

	it('reports a question without usable options', () => {
		const outcome = distractorAnalysis(
			{
				id: 'q',
				options: [
					{ id: 'a', correct: true },
					{ id: 'a', correct: 'yes' as unknown as boolean }
				]
			},
			[]
		);
		expect(!outcome.ok && outcome.problems).toMatchInlineSnapshot(`
			[
			  {
			    "message": "option id "a" is used twice",
			    "path": "question.options[1].id",
			  },
			  {
			    "message": "option "a" needs correct: true or false",
			    "path": "question.options[1].correct",
			  },
			]
		`);
	});
});

describe('options of a question', () => {
	const base = {
		topic: 't',
		difficulty: 1 as const,
		prompt: 'p',
		explanation: 'e',
		tags: [],
		sources: [],
		version: 'v'
	};

	it('presents true/false as the options "true" and "false"', () => {
		const q: Question = { ...base, id: 'tf', type: 'true-false', answer: false };
		expect(choiceOptions(q)).toEqual({
			id: 'tf',
			options: [
				{ id: 'true', correct: false, text: 'True' },
				{ id: 'false', correct: true, text: 'False' }
			]
		});
	});

	it('marks a multiple-response question as allowing several choices', () => {
		const q: Question = {
			...base,
			id: 'mr',
			type: 'multiple-response',
			options: [{ id: 'x', text: 'X', correct: true }]
		};
		expect(choiceOptions(q)).toEqual({ id: 'mr', multiple: true, options: [{ id: 'x', correct: true, text: 'X' }] });
	});

	it('has no options for a question answered by typing', () => {
		const q: Question = { ...base, id: 'st', type: 'short-text', accepted: ['x'], wrongAnswers: [] };
		expect(choiceOptions(q)).toBeNull();
	});
});
