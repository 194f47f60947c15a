import { describe, expect, it } from 'vitest';
import { refusal, type RuleFacts, type StudentEvent } from './rules';

const self: RuleFacts = {
	pace: 'self',
	status: 'open',
	round: null,
	roundQuestionId: null,
	removed: false,
	phase: 'answering'
};
const paced: RuleFacts = {
	...self,
	pace: 'instructor',
	round: { index: 0, open: true, count: 3 },
	roundQuestionId: 'q1'
};
const answer = (questionId?: string): StudentEvent => ({
	type: 'answer.change',
	response: { type: 'true-false', value: true },
	...(questionId ? { questionId } : {})
});

describe('what a student may send', () => {
	it.each<[string, StudentEvent, RuleFacts, string | null]>([
		['a self-paced student moves on', { type: 'question.next' }, self, null],
		['a self-paced student submits', { type: 'quiz.submit' }, self, null],
		['joining closed does not stop answering', answer('q9'), { ...self, status: 'closed' }, null],
		['a removed student', answer(), { ...self, removed: true }, 'you were removed from this session'],
		['after the end', answer(), { ...self, status: 'ended' }, 'the session has ended'],
		['after submitting', { type: 'question.prev' }, { ...self, phase: 'review' }, 'your answers are already submitted'],
		['the open question, paced', answer('q1'), paced, null],
		['a check on the open question, paced', { type: 'answer.check' }, paced, null],
		['another question, paced', answer('q2'), paced, 'that question is not the one open'],
		['moving on, paced', { type: 'question.next' }, paced, 'the instructor moves the class from question to question'],
		['submitting, paced', { type: 'quiz.submit' }, paced, 'the instructor moves the class from question to question'],
		[
			'before the first round',
			answer('q1'),
			{ ...paced, round: { index: -1, open: false, count: 3 }, roundQuestionId: null },
			'the instructor has not opened a question yet'
		],
		[
			'a closed round',
			answer('q1'),
			{ ...paced, round: { index: 0, open: false, count: 3 } },
			'this question is closed'
		]
	])('%s', (_, event, facts, expected) => {
		expect(refusal(event, facts)).toBe(expected);
	});
});
