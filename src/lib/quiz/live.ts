// What a quiz page loads once its first question is on screen: the machine, its view, saving and
// the history. Kept apart from the preview so the first question does not wait for xstate.
import { createActor } from 'xstate';
import { quizMachine, type QuizEvent } from './machine';
import type { QuizInput } from './start';
import { persistTo, saveProblem, type StorageLike } from './storage';
import { viewOf, type QuizView } from './view';

export { NOT_KEPT } from './storage';

export interface LiveQuiz {
	send: (event: QuizEvent) => void;
	actor: ReturnType<typeof createActor<typeof quizMachine>>;
	stop: () => void;
}

/** Starts the machine, saves after every event under `key`, and reports each new view. */
export function startQuiz(
	input: QuizInput,
	storage: StorageLike,
	key: string,
	onView: (view: QuizView) => void,
	onSaveError?: (error: unknown) => void
): LiveQuiz {
	const actor = createActor(quizMachine, { input });
	const stopSaving = persistTo(actor, storage, key, onSaveError);
	actor.subscribe((snapshot) => onView(viewOf(snapshot)));
	actor.start();
	return {
		send: (event) => actor.send(event),
		actor,
		stop: () => {
			stopSaving();
			actor.stop();
		}
	};
}

export interface PageQuizOptions {
	/** When the learner first saw the question, in ms since the epoch; by default the page's first paint. */
	shownAt?: number;
	/** What the learner did before the machine ran, in order. */
	queued: readonly QuizEvent[];
	onView: (view: QuizView) => void;
	/** What to tell the learner when the storage refuses a save (full, or blocked); the quiz goes on. */
	onSaveProblem?: (message: string) => void;
}

/**
 * A quiz page's quiz: the machine as startQuiz starts it, told how long the learner has already
 * spent on a new attempt (time taken counts from when the question was shown), given what the
 * learner did meanwhile, and kept in the history on this device, which loads apart so it never
 * delays the quiz.
 */
export function startPageQuiz(
	input: QuizInput,
	storage: StorageLike,
	key: string,
	{ shownAt, queued, onView, onSaveProblem }: PageQuizOptions
): Pick<LiveQuiz, 'send' | 'stop'> {
	const live = startQuiz(input, storage, key, onView, (error) => onSaveProblem?.(saveProblem(error)));
	if (!input.saved) live.send({ type: 'time.tick', ms: Math.max(0, Date.now() - (shownAt ?? firstPaintAt())) });
	for (const e of queued) live.send(e);
	const recording = import('../study/record').then((m) => m.recordOnDevice(live.actor, { storage }));
	return {
		send: live.send,
		stop: () => {
			live.stop();
			void recording.then((end) => end());
		}
	};
}

/** When this document's first contentful paint was, in ms since the epoch (now if the browser does not say). */
function firstPaintAt(): number {
	const paint = performance.getEntriesByName('first-contentful-paint')[0];
	return paint ? performance.timeOrigin + paint.startTime : Date.now();
}
