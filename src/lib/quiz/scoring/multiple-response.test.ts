import { describe, expect, it } from 'vitest';
import type { MultipleResponseQuestion } from '../../content/types';
import { scoreMultipleResponse } from './multiple-response';

// Three right (lithium, copper, gold), two wrong (uranium, gas).
const q: MultipleResponseQuestion = {
	id: 'resources',
	type: 'multiple-response',
	topic: 'motivations',
	difficulty: 1,
	prompt: 'Which?',
	explanation: 'Lithium, copper and gold.',
	tags: [],
	sources: [],
	version: 'v1',
	options: [
		{ id: 'li', text: 'lithium', correct: true },
		{ id: 'cu', text: 'copper', correct: true },
		{ id: 'au', text: 'gold', correct: true },
		{ id: 'u', text: 'uranium', correct: false, feedback: 'Uranium is not named.' },
		{ id: 'gas', text: 'natural gas', correct: false, feedback: 'Gas is an export.' }
	]
};

const score = (ids: string[]) => scoreMultipleResponse(q, { type: 'multiple-response', optionIds: ids });

describe('scoreMultipleResponse: right picks minus wrong picks over the right ones, never below 0', () => {
	it.each([
		['every right option', ['li', 'cu', 'au'], 1],
		['two of three right', ['li', 'cu'], 0.666667],
		['one right', ['au'], 0.333333],
		['two right and one wrong', ['li', 'cu', 'u'], 0.333333],
		['one right and one wrong', ['li', 'gas'], 0],
		['only wrong ones', ['u', 'gas'], 0],
		['every option ticked', ['li', 'cu', 'au', 'u', 'gas'], 0.333333],
		['nothing ticked', [], 0],
		['a right option ticked twice', ['li', 'li', 'li'], 0.333333]
	])('scores %s as %f', (_, ids, points) => {
		expect(score(ids).points).toBe(points);
	});

	it('marks each option right when it was ticked exactly if it is correct', () => {
		expect(score(['li', 'u']).parts).toEqual([
			{ id: 'li', correct: true },
			{ id: 'cu', correct: false },
			{ id: 'au', correct: false },
			{ id: 'u', correct: false },
			{ id: 'gas', correct: true }
		]);
	});

	it('gives the feedback of every ticked option', () => {
		expect(score(['u', 'gas', 'li']).feedback).toEqual(['Uranium is not named.', 'Gas is an export.']);
	});

	it('ignores unknown option ids and says so', () => {
		const r = score(['li', 'cu', 'au', 'xx']);
		expect(r.points).toBe(1);
		expect(r.notes).toEqual(['ignored options not in this question: "xx"']);
	});

	it('is full marks only when every right option and no wrong one is ticked', () => {
		expect(score(['li', 'cu', 'au']).correct).toBe(true);
		expect(score(['li', 'cu', 'au', 'u']).correct).toBe(false);
	});
});
