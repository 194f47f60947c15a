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

/** What a quiz says when the browser keeps nothing for it (site data blocked). */
export const NOT_KEPT =
	'This browser keeps nothing for Footnote on this device: reloading or closing this tab starts the quiz again.';

/** What a quiz says when a save is refused: the storage is full, or the browser will not. */
export function saveProblem(error: unknown): string {
	const full = (error as { name?: string } | null)?.name === 'QuotaExceededError';
	const why = full ? 'its storage for this site is full' : 'the browser refused';
	return `Your answers can no longer be saved on this device (${why}): reloading or closing this tab would lose them.`;
}
