// What a quiz page loads once its first question is on screen: the machine, its view and saving.
// Kept apart from the preview so the first question does not wait for xstate.
import { createActor } from 'xstate';
import { quizMachine, type QuizEvent } from './machine';
import type { QuizInput } from './start';
import { persistTo, type StorageLike } from './storage';
import { viewOf, type QuizView } from './view';

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
