import { describe, expect, it } from 'vitest';
import type { Question } from '../content/types';
import { guessScore } from './guess';

const base = {
	id: 'q',
	topic: 't',
	difficulty: 1 as const,
	prompt: 'p',
	explanation: 'e',
	tags: [],
	sources: [],
	version: 'v'
};
const option = (id: string, correct: boolean) => ({ id, text: id, correct });

describe('the score random guessing earns', () => {
	it.each<[string, Question, number | null]>([
		[
			'one right option in four',
			{
				...base,
				type: 'single-choice',
				options: [option('a', true), option('b', false), option('c', false), option('d', false)]
			},
			0.25
		],
		[
			'one right option in three',
			{ ...base, type: 'single-choice', options: [option('a', false), option('b', true), option('c', false)] },
			1 / 3
		],
		['true or false', { ...base, type: 'true-false', answer: false }, 0.5],
		['a typed number', { ...base, type: 'numeric', answer: 3, tolerance: 0, wrongAnswers: [] }, 0],
		['typed text', { ...base, type: 'short-text', accepted: ['Kabul'], wrongAnswers: [] }, 0],
		[
			'a cloze of typed blanks',
			{
				...base,
				type: 'cloze',
				text: '{{x}} and {{y}}',
				blanks: [
					{ id: 'x', accepted: ['a'] },
					{ id: 'y', accepted: ['b'], choices: [] }
				]
			},
			0
		],
		[
			'a cloze with a blank to choose from',
			{ ...base, type: 'cloze', text: '{{x}}', blanks: [{ id: 'x', accepted: ['a'], choices: ['a', 'b'] }] },
			null
		],
		[
			'several right options',
			{ ...base, type: 'multiple-response', options: [option('a', true), option('b', true), option('c', false)] },
			null
		],
		[
			'an ordering',
			{
				...base,
				type: 'ordering',
				items: [
					{ id: 'a', text: 'a' },
					{ id: 'b', text: 'b' }
				]
			},
			null
		],
		['a matching', { ...base, type: 'matching', pairs: [{ id: 'a', left: 'a', right: '1' }], distractors: ['2'] }, null]
	])('%s', (_, question, expected) => {
		if (expected === null) expect(guessScore(question)).toBeNull();
		else expect(guessScore(question)).toBeCloseTo(expected, 12);
	});
});
