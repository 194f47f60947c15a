import { describe, expect, it } from 'vitest';
import type { TrueFalseQuestion } from '../../content/types';
import { scoreTrueFalse } from './true-false';

const q = (answer: boolean): TrueFalseQuestion => ({
	id: 'crocus',
	type: 'true-false',
	topic: 'motivations',
	difficulty: 1,
	prompt: 'Nearly 150 lives?',
	explanation: 'Yes.',
	tags: [],
	sources: [],
	version: 'v1',
	answer,
	feedback: { false: 'The article gives this figure.' }
});

describe('scoreTrueFalse', () => {
	it.each([
		[true, true, 1, []],
		[true, false, 0, ['The article gives this figure.']],
		[false, false, 1, ['The article gives this figure.']],
		[false, true, 0, []]
	])('with key %s, answering %s scores %d with the feedback for the value chosen', (key, value, points, feedback) => {
		const r = scoreTrueFalse(q(key), { type: 'true-false', value });
		expect(r).toMatchObject({ points, parts: [{ id: 'value', correct: points === 1 }], feedback });
	});

	it('scores no response as 0', () => {
		expect(scoreTrueFalse(q(true), null).points).toBe(0);
	});
});
