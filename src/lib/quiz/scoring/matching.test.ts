import { describe, expect, it } from 'vitest';
import { textId } from '../../content/hash';
import type { MatchingQuestion } from '../../content/types';
import { scoreMatching } from './matching';

const q: MatchingQuestion = {
	id: 'people',
	type: 'matching',
	topic: 'implications',
	difficulty: 2,
	prompt: 'Match.',
	explanation: 'As the article says.',
	tags: [],
	sources: [],
	version: 'v1',
	pairs: [
		{ id: 'kabulov', left: 'Kabulov', right: 'envoy' },
		{ id: 'muttaqi', left: 'Muttaqi', right: 'foreign minister', feedback: 'Muttaqi is Foreign Minister.' },
		{ id: 'haqqani', left: 'Haqqani', right: 'interior minister' }
	],
	distractors: ['ambassador']
};

const envoy = textId('envoy');
const foreign = textId('foreign minister');
const interior = textId('interior minister');
const ambassador = textId('ambassador');
const score = (matches: Record<string, string>) => scoreMatching(q, { type: 'matching', matches });

describe('scoreMatching: the share of pairs matched right', () => {
	it.each([
		['every pair right', { kabulov: envoy, muttaqi: foreign, haqqani: interior }, 1],
		['two of three right', { kabulov: envoy, muttaqi: interior, haqqani: foreign }, 0.333333],
		['a partial answer, both right', { kabulov: envoy, muttaqi: foreign }, 0.666667],
		['a distractor chosen', { kabulov: ambassador, muttaqi: foreign, haqqani: interior }, 0.666667],
		['one right text chosen for every pair', { kabulov: envoy, muttaqi: envoy, haqqani: envoy }, 0.333333],
		['nothing matched', {}, 0],
		['blank choices', { kabulov: '', muttaqi: '' }, 0],
		['unknown right ids', { kabulov: 'zzzz' }, 0]
	])('scores %s as %f', (_, matches, points) => {
		expect(score(matches).points).toBe(points);
	});

	it('marks each pair and gives the feedback of pairs matched wrongly', () => {
		const r = score({ kabulov: envoy, muttaqi: interior });
		expect(r.parts).toEqual([
			{ id: 'kabulov', correct: true },
			{ id: 'muttaqi', correct: false },
			{ id: 'haqqani', correct: false }
		]);
		expect(r.feedback).toEqual(['Muttaqi is Foreign Minister.']);
	});

	it('ignores pair ids the question does not have and says so', () => {
		const r = score({ kabulov: envoy, putin: envoy });
		expect(r.points).toBe(0.333333);
		expect(r.notes).toEqual(['ignored pairs not in this question: "putin"']);
	});
});
