import { describe, expect, it } from 'vitest';
import type { ClozeQuestion } from '../../content/types';
import { scoreCloze } from './cloze';

const q: ClozeQuestion = {
	id: 'neighbours',
	type: 'cloze',
	topic: 'implications',
	difficulty: 2,
	prompt: 'Complete.',
	explanation: 'Kazakhstan, then Kyrgyzstan.',
	tags: [],
	sources: [],
	version: 'v1',
	text: 'Delisted in {{one}} in 2023 and in {{two}} in 2024.',
	blanks: [
		{ id: 'one', accepted: ['Kazakhstan'], choices: ['Kazakhstan', 'Kyrgyzstan'] },
		{ id: 'two', accepted: ['Kyrgyzstan', 'Kyrgyz Republic'], feedback: 'Kyrgyzstan followed in 2024.' }
	]
};

const score = (blanks: Record<string, string>) => scoreCloze(q, { type: 'cloze', blanks });

describe('scoreCloze: the share of blanks filled right', () => {
	it.each([
		['both right', { one: 'Kazakhstan', two: 'Kyrgyzstan' }, 1],
		['an accepted alternative, in other case', { one: 'kazakhstan', two: 'kyrgyz republic' }, 1],
		['one of two', { one: 'Kazakhstan', two: 'Iran' }, 0.5],
		['one blank filled, right', { one: 'Kazakhstan' }, 0.5],
		['swapped', { one: 'Kyrgyzstan', two: 'Kazakhstan' }, 0],
		['blanks left empty', { one: ' ', two: '' }, 0],
		['nothing', {}, 0]
	])('scores %s as %f', (_, blanks, points) => {
		expect(score(blanks).points).toBe(points);
	});

	it('marks each blank and gives the feedback of blanks filled wrongly', () => {
		const r = score({ one: 'Kazakhstan', two: 'Iran' });
		expect(r.parts).toEqual([
			{ id: 'one', correct: true },
			{ id: 'two', correct: false }
		]);
		expect(r.feedback).toEqual(['Kyrgyzstan followed in 2024.']);
		expect(score({ one: 'Kazakhstan' }).feedback).toEqual([]);
	});

	it('ignores blank ids the question does not have and says so', () => {
		expect(score({ one: 'Kazakhstan', three: 'x' }).notes).toEqual(['ignored blanks not in this question: "three"']);
	});
});
