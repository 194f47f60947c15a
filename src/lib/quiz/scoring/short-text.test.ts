import { describe, expect, it } from 'vitest';
import type { ShortTextQuestion } from '../../content/types';
import { scoreShortText } from './short-text';

const q: ShortTextQuestion = {
	id: 'envoy',
	type: 'short-text',
	topic: 'motivations',
	difficulty: 1,
	prompt: 'Who?',
	explanation: 'Kabulov.',
	tags: [],
	sources: [],
	version: 'v1',
	accepted: ['Kabulov', 'Zamir Kabulov', '41'],
	wrongAnswers: [{ text: 'Zhirnov', feedback: 'He is the ambassador.' }]
};

const score = (text: string) => scoreShortText(q, { type: 'short-text', text });

describe('scoreShortText: normalised text against the accepted answers', () => {
	it.each([
		['Kabulov', 1],
		['kabulov', 1],
		['  KABULOV. ', 1],
		['Zamir  Kabulov', 1],
		['Zámir Kabulov', 1],
		['forty-one', 1],
		['Kabul', 0],
		['Kabulov Zamir', 0],
		['', 0],
		['...', 0]
	])('scores %j as %d', (text, points) => {
		expect(score(text).points).toBe(points);
	});

	it('gives the feedback of a listed wrong answer, however it is written', () => {
		expect(score('zhirnov!').feedback).toEqual(['He is the ambassador.']);
	});
});
