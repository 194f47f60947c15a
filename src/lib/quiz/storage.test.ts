import { fromCallback } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createQuiz, quizMachine } from './machine';
import { attemptKey, persistTo, readSaved, type StorageLike } from './storage';
import { rightResponse, samplePack } from './testing/sample';
import { viewOf } from './view';

class MemoryStorage implements StorageLike {
	items = new Map<string, string>();
	writes = 0;
	getItem = (k: string) => this.items.get(k) ?? null;
	setItem = (k: string, v: string) => {
		this.writes++;
		this.items.set(k, v);
	};
	removeItem = (k: string) => void this.items.delete(k);
}

const machine = quizMachine.provide({ actors: { ticker: fromCallback(() => () => {}) } });
const pack = samplePack(4);

describe('persistTo', () => {
	it('saves after every change, so a reload resumes where the learner was', () => {
		const storage = new MemoryStorage();
		const actor = createQuiz({ pack, settings: { mode: 'exam' }, seed: 's' }, machine);
		persistTo(actor, storage, attemptKey(pack.id));
		actor.start();
		const q = actor.getSnapshot().context.questions[0];
		actor.send({ type: 'answer.change', response: rightResponse(q) });
		actor.send({ type: 'question.next' });
		const reloaded = createQuiz({ pack, saved: readSaved(storage, attemptKey(pack.id)) }, machine).start();
		expect(viewOf(reloaded.getSnapshot())).toEqual(viewOf(actor.getSnapshot()));
	});

	it('does not write when nothing changed, and carries on when storage fails', () => {
		const storage = new MemoryStorage();
		const actor = createQuiz({ pack, seed: 's' }, machine);
		persistTo(actor, storage, 'k');
		actor.start();
		actor.send({ type: 'question.prev' });
		expect(storage.writes).toBe(1);
		const errors: unknown[] = [];
		const full: StorageLike = {
			...storage,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		persistTo(actor, full, 'k', (e) => errors.push(e));
		actor.send({ type: 'question.next' });
		expect(errors).toHaveLength(1);
		expect(viewOf(actor.getSnapshot()).index).toBe(1);
	});
});
