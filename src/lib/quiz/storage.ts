// Saving an attempt after every event, to localStorage in the browser or any store with the same
// three methods (a server's session table, an in-memory map in tests).
import type { QuizActor } from './machine';
import { serialiseAttempt } from './saved';
import type { StorageLike } from './stored';

export { readSaved, type StorageLike } from './stored';

export const attemptKey = (packId: string) => `footnote:attempt:${packId}`;

/**
 * Writes the attempt to `storage` whenever it changes; returns a function that stops. A failed
 * write (storage full, private mode) is passed to `onError` and the quiz goes on.
 */
export function persistTo(
	actor: QuizActor,
	storage: StorageLike,
	key: string,
	onError: (error: unknown) => void = () => {}
): () => void {
	let last = '';
	const subscription = actor.subscribe((snapshot) => {
		const text = serialiseAttempt(snapshot);
		if (text === last) return;
		try {
			storage.setItem(key, text);
			last = text;
		} catch (error) {
			onError(error);
		}
	});
	return () => subscription.unsubscribe();
}
