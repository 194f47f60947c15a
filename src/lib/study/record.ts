// Keeps a quiz in the learner's history as it is taken: the attempt when it starts, each answer
// once it is settled (practice: checked and locked; at the end, every answer given), and the score
// when the attempt ends. The quiz never waits for the history: writes run one after another in the
// background, and a failed write is reported, not thrown into the quiz.
//
//   const recording = recordAttempt(actor, history, { storage: localStorage });
//   …
//   recording.stop();                 // stops listening; writes begun still finish
//   await recording.settled();        // every write begun so far is done
//
// A quiz page resumes a saved attempt after a reload, and sees its settled answers again. With
// `storage`, the history attempt is remembered per pack, seed and attempt number, and an answer's id
// is made from the attempt and the question, so the database refuses the second copy (and the
// card is not rescheduled twice) instead of the history counting the answer again.
import type { Actor, SnapshotFrom } from 'xstate';
import type { QuizMachine } from '../quiz/machine';
import type { Certainty as QuizCertainty } from '../quiz/certainty';
import type { StorageLike } from '../quiz/storage';
import { questionResult, summarise } from '../quiz/results';
import { isAnswered } from '../quiz/responses';
import { phaseOf } from '../quiz/saved';
import type { History, RecordedAnswer } from './history';
import { openHistory } from './history';
import { newId } from './ids';
import type { Certainty } from './types';

type QuizSnapshot = SnapshotFrom<QuizMachine>;

export interface RecordOptions {
	/** What the history calls the attempt ("study" for a study session); the quiz's own mode by default. */
	mode?: string;
	/** Where a resumable quiz remembers its history attempt (the quiz page's localStorage). */
	storage?: StorageLike;
	/** Each answer once the history holds it, with the question's new schedule. */
	onAnswer?: (recorded: RecordedAnswer, questionIndex: number) => void;
	/** A write that failed; the quiz goes on. */
	onError?: (error: unknown) => void;
}

export interface Recording {
	/** Stops listening to the quiz; writes already begun still finish. */
	stop(): void;
	/** Resolves when every write begun so far has finished (a failed one goes to `onError`). */
	settled(): Promise<void>;
}

const CERTAINTY_NAMES: Record<QuizCertainty, Certainty> = { 1: 'low', 2: 'medium', 3: 'high' };

interface Remembered {
	id: string;
	finished: boolean;
}

export const recordedAttemptKey = (packId: string, seed: string, attempt: number) =>
	`footnote:history-attempt:${packId}:${seed}:${attempt}`;

function recall(storage: StorageLike | undefined, key: string): Remembered | null {
	try {
		const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
		const r = parsed as Partial<Remembered> | null;
		return r && typeof r.id === 'string' && r.id !== '' ? { id: r.id, finished: r.finished === true } : null;
	} catch {
		return null;
	}
}

function remember(storage: StorageLike | undefined, key: string, value: Remembered): void {
	try {
		storage?.setItem(key, JSON.stringify(value));
	} catch {
		// Storage full or refused: a reload may then count this attempt as a new one, nothing worse.
	}
}

const isDuplicate = (e: unknown) => (e as { name?: unknown } | null)?.name === 'ConstraintError';

export function recordAttempt(actor: Actor<QuizMachine>, history: History, options: RecordOptions = {}): Recording {
	const { storage, onAnswer, onError = reportToConsole } = options;
	let queue: Promise<void> = Promise.resolve();
	const enqueue = (work: () => Promise<void>) => {
		queue = queue.then(work).catch((e: unknown) => onError(e));
	};

	// Per attempt number: the history attempt's id and where it is remembered.
	const attempts = new Map<number, { id: string; key: string; finished: boolean }>();
	const settledSlots = new Set<string>();

	function begin(snapshot: QuizSnapshot) {
		const ctx = snapshot.context;
		const key = recordedAttemptKey(ctx.packId, ctx.seed, ctx.attempt);
		const known = storage ? recall(storage, key) : null;
		const entry = { id: known?.id ?? newId(), key, finished: known?.finished ?? false };
		attempts.set(ctx.attempt, entry);
		if (!known) remember(storage, key, { id: entry.id, finished: false });
		const start = {
			id: entry.id,
			packId: ctx.packId,
			mode: options.mode ?? ctx.settings.mode,
			settings: { seed: ctx.seed, attempt: ctx.attempt, settings: ctx.settings }
		};
		enqueue(async () => {
			try {
				await history.startAttempt(start);
			} catch (e) {
				// Already in the history: this is a resumed attempt.
				if (!isDuplicate(e)) throw e;
			}
		});
		return entry;
	}

	function see(snapshot: QuizSnapshot) {
		const ctx = snapshot.context;
		if (ctx.questions.length === 0) return;
		const attempt = attempts.get(ctx.attempt) ?? begin(snapshot);
		const ended = phaseOf(snapshot.value) === 'review';
		const practice = ctx.settings.mode === 'practice';
		ctx.slots.forEach((slot, index) => {
			const question = ctx.questions[index];
			const slotKey = `${ctx.attempt}:${question.id}`;
			if (settledSlots.has(slotKey)) return;
			// An exam's answers settle when it ends; a practice answer as soon as it is locked.
			const settled = ended ? isAnswered(slot.response) : practice && slot.locked;
			if (!settled) return;
			settledSlots.add(slotKey);
			const result = questionResult(question, slot, ctx.settings);
			const input = {
				id: storage ? `${attempt.id}:${question.id}` : undefined,
				attemptId: attempt.id,
				question,
				result: { points: result.points, max: result.max },
				certainty: ctx.settings.certainty && slot.certainty ? CERTAINTY_NAMES[slot.certainty] : null,
				response: slot.response
			};
			enqueue(async () => {
				try {
					// Written out: `onAnswer?.(await …)` would skip the write when there is no onAnswer.
					const recorded = await history.recordAnswer(input);
					onAnswer?.(recorded, index);
				} catch (e) {
					if (!isDuplicate(e)) throw e;
				}
			});
		});
		if (ended && !attempt.finished) {
			attempt.finished = true;
			const { points, max } = summarise(ctx);
			enqueue(async () => {
				await history.finishAttempt(attempt.id, { points, max });
				remember(storage, attempt.key, { id: attempt.id, finished: true });
			});
		}
	}

	see(actor.getSnapshot());
	const subscription = actor.subscribe({ next: see, error: () => {} });
	return {
		stop: () => subscription.unsubscribe(),
		settled: async () => {
			// A write may queue another (none do now), so wait until the queue stops growing.
			let last: Promise<void> | null = null;
			while (last !== queue) await (last = queue);
		}
	};
}

function reportToConsole(error: unknown): void {
	console.warn('Footnote could not save this answer in the history on this device:', error);
}

/**
 * Opens this device's history and records the quiz into it; returns a function that stops the
 * recording and closes the history once its writes are done (the promise it returns says when).
 * Where the history cannot be opened (storage turned off, a newer version in another tab) the quiz
 * goes on without it.
 */
export async function recordOnDevice(
	actor: Actor<QuizMachine>,
	options: RecordOptions & { open?: () => Promise<History> } = {}
): Promise<() => Promise<void>> {
	const onError = options.onError ?? reportToConsole;
	let history: History;
	try {
		history = await (options.open ?? openHistory)();
	} catch (e) {
		onError(e);
		return async () => {};
	}
	const recording = recordAttempt(actor, history, { ...options, onError });
	return async () => {
		recording.stop();
		await recording.settled();
		history.close();
	};
}
