// The quiz as a state machine. The config names its guards and actions; their bodies are the pure
// functions of attempt.ts. The same machine runs in the browser (self-assessment) and on the server
// (classroom), where only `viewOf(snapshot)` ever reaches a student's page.
import { assertEvent, assign, createActor, setup, type Actor, type SnapshotFrom } from 'xstate';
import {
	answer,
	canAnswer,
	canCheck,
	canExtend,
	canGoTo,
	canRetry,
	canSetCertainty,
	check,
	extend,
	finish,
	goTo,
	hasQuestions,
	retryContext,
	setCertainty,
	tick,
	tickRunsOut,
	timeUp,
	toggleFlag,
	unansweredIndexes,
	type QuizContext
} from './attempt';
import { isCertainty, type Certainty } from './certainty';
import type { Response } from './responses';
import { contextFromInput, type QuizInput } from './start';
import { ticker } from './timer';

export type QuizEvent =
	/** A response to the current question; with `questionId`, ignored unless that question is current. */
	| { type: 'answer.change'; response: Response; questionId?: string }
	| { type: 'answer.clear' }
	| { type: 'answer.certainty'; level: Certainty | null }
	/** Practice: check the current answer. */
	| { type: 'answer.check' }
	| { type: 'question.next' }
	| { type: 'question.prev' }
	| { type: 'question.goto'; index: number }
	/** Flag (or unflag) the current question for review before submitting. */
	| { type: 'question.flag' }
	/** Submit; with questions unanswered, asks for `quiz.confirm` or `quiz.cancel` first. */
	| { type: 'quiz.submit' }
	| { type: 'quiz.confirm' }
	| { type: 'quiz.cancel' }
	/** After the end: a new attempt on the questions missed. */
	| { type: 'quiz.retry' }
	| { type: 'time.tick'; ms: number }
	/** More time for this learner; without `seconds`, half the limit (at least a minute). */
	| { type: 'time.extend'; seconds?: number }
	/** Turn the time limit off for this learner. */
	| { type: 'time.unlimit' };

export const quizMachine = setup({
	types: {
		context: {} as QuizContext,
		events: {} as QuizEvent,
		input: {} as QuizInput
	},
	actors: { ticker },
	guards: {
		resumesInReview: ({ context }) => context.resume === 'review',
		resumesConfirming: ({ context }) => context.resume === 'confirming',
		canAnswer: ({ context, event }) =>
			event.type === 'answer.change' &&
			(event.questionId === undefined || event.questionId === context.questions[context.current]?.id) &&
			canAnswer(context, event.response),
		canClear: ({ context }) => hasQuestions(context) && !context.slots[context.current].locked,
		canSetCertainty: ({ context, event }) =>
			event.type === 'answer.certainty' &&
			(event.level === null || isCertainty(event.level)) &&
			canSetCertainty(context),
		hasQuestions: ({ context }) => hasQuestions(context),
		canCheck: ({ context }) => canCheck(context),
		hasNext: ({ context }) => context.current < context.questions.length - 1,
		hasPrev: ({ context }) => context.current > 0,
		canGoTo: ({ context, event }) => event.type === 'question.goto' && canGoTo(context, event.index),
		hasUnanswered: ({ context }) => unansweredIndexes(context).length > 0,
		timeUp: ({ context }) => timeUp(context),
		tickRunsOut: ({ context, event }) => event.type === 'time.tick' && tickRunsOut(context, event.ms),
		canExtend: ({ context, event }) =>
			canExtend(context) &&
			(event.type !== 'time.extend' ||
				event.seconds === undefined ||
				(typeof event.seconds === 'number' && Number.isFinite(event.seconds) && event.seconds > 0)),
		canRetry: ({ context }) => canRetry(context)
	},
	actions: {
		answer: assign(({ context, event }) => {
			assertEvent(event, 'answer.change');
			return answer(context, event.response);
		}),
		clear: assign(({ context }) => answer(context, null)),
		setCertainty: assign(({ context, event }) => {
			assertEvent(event, 'answer.certainty');
			return setCertainty(context, event.level);
		}),
		check: assign(({ context }) => check(context)),
		next: assign(({ context }) => goTo(context, context.current + 1)),
		prev: assign(({ context }) => goTo(context, context.current - 1)),
		goTo: assign(({ context, event }) => {
			assertEvent(event, 'question.goto');
			return goTo(context, event.index);
		}),
		flag: assign(({ context }) => toggleFlag(context)),
		tick: assign(({ context, event }) => {
			assertEvent(event, 'time.tick');
			return tick(context, event.ms);
		}),
		extend: assign(({ context, event }) => {
			assertEvent(event, 'time.extend');
			return extend(context, event.seconds);
		}),
		unlimit: assign({ unlimited: true }),
		finishByLearner: assign(() => finish('learner')),
		finishByTime: assign(() => finish('time')),
		retry: assign(({ context }) => retryContext(context))
	}
}).createMachine({
	id: 'quiz',
	context: ({ input }) => contextFromInput(input),
	initial: 'starting',
	states: {
		// Routes a restored attempt to the phase it was saved in; a new one goes straight on.
		starting: {
			always: [
				{ guard: 'resumesInReview', target: 'review' },
				{ guard: 'timeUp', target: 'review', actions: 'finishByTime' },
				{ guard: 'resumesConfirming', target: 'running.confirming' },
				{ target: 'running' }
			]
		},
		running: {
			invoke: { src: 'ticker' },
			on: {
				'answer.change': { guard: 'canAnswer', actions: 'answer' },
				'answer.clear': { guard: 'canClear', actions: 'clear' },
				'answer.certainty': { guard: 'canSetCertainty', actions: 'setCertainty' },
				'question.next': { guard: 'hasNext', actions: 'next' },
				'question.prev': { guard: 'hasPrev', actions: 'prev' },
				'question.goto': { guard: 'canGoTo', actions: 'goTo' },
				'question.flag': { guard: 'hasQuestions', actions: 'flag' },
				// When time is up, what was answered is submitted.
				'time.tick': [
					{ guard: 'tickRunsOut', target: '#quiz.review', actions: ['tick', 'finishByTime'] },
					{ actions: 'tick' }
				],
				'time.extend': { guard: 'canExtend', actions: 'extend' },
				'time.unlimit': { guard: 'canExtend', actions: 'unlimit' }
			},
			initial: 'answering',
			states: {
				answering: {
					on: {
						'answer.check': { guard: 'canCheck', actions: 'check' },
						'quiz.submit': [
							{ guard: 'hasUnanswered', target: 'confirming' },
							{ target: '#quiz.review', actions: 'finishByLearner' }
						]
					}
				},
				// The page lists the unanswered questions and asks whether to submit anyway.
				confirming: {
					on: {
						'quiz.confirm': { target: '#quiz.review', actions: 'finishByLearner' },
						'quiz.cancel': { target: 'answering' },
						// Going to a question from the list of unanswered ones means "not yet".
						'question.goto': { guard: 'canGoTo', target: 'answering', actions: 'goTo' }
					}
				}
			}
		},
		review: {
			on: {
				'question.next': { guard: 'hasNext', actions: 'next' },
				'question.prev': { guard: 'hasPrev', actions: 'prev' },
				'question.goto': { guard: 'canGoTo', actions: 'goTo' },
				'quiz.retry': { guard: 'canRetry', target: 'running', actions: 'retry' }
			}
		}
	}
});

export type QuizMachine = typeof quizMachine;
export type QuizActor = Actor<QuizMachine>;
export type QuizSnapshot = SnapshotFrom<QuizMachine>;

/** An actor for a new or resumed attempt, not yet started. */
export const createQuiz = (input: QuizInput, machine: QuizMachine = quizMachine): QuizActor =>
	createActor(machine, { input });
