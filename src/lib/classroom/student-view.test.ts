import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { quizMachine } from '../quiz/machine';
import { rightResponse, samplePack } from '../quiz/testing/sample';
import { viewOf, type QuizView } from '../quiz/view';
import { studentState } from './student-view';
import type { SessionInfo } from './types';

const pack = samplePack(3);

function viewAfter(mode: 'exam' | 'practice', submit: boolean): QuizView {
	const actor = createActor(quizMachine, { input: { pack, settings: { mode, shuffleQuestions: false }, seed: 's' } });
	actor.start();
	actor.send({ type: 'answer.change', response: rightResponse(pack.questions[0]) });
	if (submit) {
		actor.send({ type: 'quiz.submit' });
		actor.send({ type: 'quiz.confirm' });
	}
	const view = viewOf(actor.getSnapshot());
	actor.stop();
	return view;
}

const session: SessionInfo = {
	id: 'sid',
	code: 'ABC234',
	title: 'Class',
	pace: 'self',
	status: 'open',
	released: false,
	feedback: 'end',
	round: null
};
const ada = { id: 'st1', name: 'Ada', removed: false };

describe('what a student is sent', () => {
	it('answering: the view without the controls that are the instructor’s', () => {
		const s = studentState(session, ada, viewAfter('exam', false));
		expect(s.stage).toBe('answering');
		expect(s.view?.can).toMatchObject({ extend: false, retry: false });
		expect(s).not.toHaveProperty('session.id');
	});

	it('submitted, not released: nothing of the review', () => {
		expect(studentState(session, ada, viewAfter('exam', true))).toMatchObject({
			stage: 'submitted',
			view: null,
			score: null
		});
	});

	it('released: the score and the review', () => {
		const s = studentState({ ...session, status: 'ended', released: true }, ada, viewAfter('exam', true));
		expect(s).toMatchObject({ stage: 'results', score: { points: 1, max: 3 } });
		expect(s.view?.review).toHaveLength(3);
	});

	it('released with feedback "never": the score alone', () => {
		const s = studentState(
			{ ...session, status: 'ended', released: true, feedback: 'never' },
			ada,
			viewAfter('exam', true)
		);
		expect(s).toMatchObject({ stage: 'results', view: null, score: { points: 1, max: 3 } });
	});

	it('practice: results at once, since every answer was checked as it went', () => {
		const s = studentState({ ...session, feedback: 'immediate' }, ada, viewAfter('practice', true));
		expect(s.stage).toBe('results');
	});

	it('instructor-paced: waiting before the first question, the question locked between rounds', () => {
		const paced = { ...session, pace: 'instructor' as const };
		const view = viewAfter('exam', false);
		expect(studentState({ ...paced, round: { index: -1, open: false, count: 3 } }, ada, view)).toMatchObject({
			stage: 'waiting',
			view: null
		});
		const closed = studentState({ ...paced, round: { index: 0, open: false, count: 3 } }, ada, view);
		expect(closed.stage).toBe('waiting');
		expect(closed.view?.question?.locked).toBe(true);
		expect(closed.view?.can).toEqual({
			check: false,
			prev: false,
			next: false,
			flag: false,
			submit: false,
			retry: false,
			extend: false
		});
		expect(studentState({ ...paced, round: { index: 0, open: true, count: 3 } }, ada, view).stage).toBe('answering');
	});

	it('removed: nothing at all', () => {
		expect(studentState(session, { ...ada, removed: true }, viewAfter('exam', false))).toMatchObject({
			stage: 'removed',
			view: null,
			score: null
		});
	});
});
