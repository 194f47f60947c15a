import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createActor, fromCallback } from 'xstate';
import type { Question } from '../content/types';
import { quizMachine, type QuizEvent } from '../quiz/machine';
import { rightResponse, samplePack, wrongResponse } from '../quiz/testing/sample';
import { saveAttempt } from '../quiz/saved';
import type { StorageLike } from '../quiz/storage';
import { openHistory, type History } from './history';
import { recordAttempt, recordOnDevice, recordedAttemptKey } from './record';
import { fakeClock, type FakeClock } from './testing';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

const silentClock = fromCallback(() => () => {});
const pack = samplePack(4);

function quiz(settings: Record<string, unknown>, saved?: string) {
	const actor = createActor(quizMachine.provide({ actors: { ticker: silentClock } }), {
		input: { pack, settings: { shuffleQuestions: false, ...settings }, seed: 's1', saved }
	}).start();
	const q = (): Question => actor.getSnapshot().context.questions[actor.getSnapshot().context.current];
	// A response is made for the question current when it is sent, so it is passed as a function.
	const send = (...events: (QuizEvent | (() => QuizEvent))[]) =>
		events.forEach((e) => actor.send(typeof e === 'function' ? e() : e));
	const right = (): QuizEvent => ({ type: 'answer.change', response: rightResponse(q()) });
	const wrong = (): QuizEvent => ({ type: 'answer.change', response: wrongResponse(q()) });
	return { actor, send, right, wrong };
}

function memoryStorage(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}

let clock: FakeClock;
let history: History;

beforeEach(async () => {
	clock = fakeClock('2025-06-02T09:00:00.000Z');
	history = await openHistory({ now: clock.now });
});

const answered = async () =>
	(await history.load()).answers
		.sort((a, b) => a.questionId.localeCompare(b.questionId))
		.map((a) => ({ questionId: a.questionId, fraction: a.fraction, certainty: a.certainty }));

describe('recording a practice quiz', () => {
	it('starts the attempt at once and keeps each answer only when it is checked and locked', async () => {
		const { actor, send, right } = quiz({ mode: 'practice' });
		const recording = recordAttempt(actor, history);
		await recording.settled();
		expect((await history.load()).attempts).toMatchObject([
			{ packId: 'sample', mode: 'practice', finishedAt: null, settings: { seed: 's1', attempt: 1 } }
		]);

		send(right);
		await recording.settled();
		expect(await answered()).toEqual([]);

		send({ type: 'answer.check' });
		await recording.settled();
		expect(await answered()).toEqual([{ questionId: pack.questions[0].id, fraction: 1, certainty: null }]);
		const card = (await history.load()).cards[0];
		expect(card).toMatchObject({ questionId: pack.questions[0].id, fsrs: { state: 'Learning', reps: 1 } });
	});

	it('waits out the retries, then keeps the answer with the penalty for the wrong checks', async () => {
		const { actor, send, right, wrong } = quiz({ mode: 'practice', retries: 1 });
		const recording = recordAttempt(actor, history);
		send(wrong, { type: 'answer.check' });
		await recording.settled();
		expect(await answered()).toEqual([]);
		send(right, { type: 'answer.check' });
		await recording.settled();
		expect((await answered())[0].fraction).toBeCloseTo(2 / 3);
	});

	it('names the certainty given, and gives none when certainty was not asked', async () => {
		const sure = quiz({ mode: 'practice', certainty: true });
		const recording = recordAttempt(sure.actor, history);
		sure.send(sure.right, { type: 'answer.certainty', level: 3 }, { type: 'answer.check' });
		sure.send({ type: 'question.next' }, sure.wrong, { type: 'answer.check' });
		await recording.settled();
		expect((await answered()).map((a) => a.certainty)).toEqual(['high', null]);
	});

	it('keeps answers given but not checked when the quiz ends, and finishes the attempt with its score', async () => {
		const { actor, send, right } = quiz({ mode: 'practice' });
		const recording = recordAttempt(actor, history);
		send(right, { type: 'answer.check' }, { type: 'question.next' }, right);
		clock.advance({ minutes: 3 });
		send({ type: 'quiz.submit' }, { type: 'quiz.confirm' });
		await recording.settled();
		expect((await answered()).map((a) => a.fraction)).toEqual([1, 1]);
		expect((await history.load()).attempts).toMatchObject([
			{ finishedAt: '2025-06-02T09:03:00.000Z', score: { points: 2, max: 4 } }
		]);
	});

	it('passes each recorded answer, with its new schedule, to onAnswer', async () => {
		const { actor, send, right } = quiz({ mode: 'practice' });
		const seen: [string, number, string][] = [];
		const recording = recordAttempt(actor, history, {
			mode: 'study',
			onAnswer: (r, i) => seen.push([r.answer.questionId, i, r.card.fsrs.due])
		});
		send(right, { type: 'answer.check' });
		await recording.settled();
		expect(seen).toEqual([[pack.questions[0].id, 0, '2025-06-02T09:10:00.000Z']]);
		expect((await history.load()).attempts[0].mode).toBe('study');
	});
});

describe('recording an exam', () => {
	it('keeps nothing before the submit, then every answer given, and the score', async () => {
		const { actor, send, right, wrong } = quiz({ mode: 'exam' });
		const recording = recordAttempt(actor, history);
		send(right, { type: 'question.next' }, wrong, { type: 'question.next' }, right);
		await recording.settled();
		expect(await answered()).toEqual([]);
		send({ type: 'quiz.submit' }, { type: 'quiz.confirm' });
		await recording.settled();
		const ids = pack.questions.map((q) => q.id);
		expect(await answered()).toEqual(
			[
				{ questionId: ids[0], fraction: 1, certainty: null },
				{ questionId: ids[1], fraction: 0, certainty: null },
				{ questionId: ids[2], fraction: 1, certainty: null }
			].sort((a, b) => a.questionId.localeCompare(b.questionId))
		);
		expect((await history.load()).attempts).toMatchObject([{ mode: 'exam', score: { points: 2, max: 4 } }]);
	});

	it('starts a second attempt in the history when the missed questions are retried', async () => {
		const { actor, send, right, wrong } = quiz({ mode: 'exam' });
		const recording = recordAttempt(actor, history);
		send(right, { type: 'question.next' }, wrong, { type: 'quiz.submit' }, { type: 'quiz.confirm' });
		send({ type: 'quiz.retry' });
		await recording.settled();
		const attempts = (await history.load()).attempts;
		expect(attempts).toHaveLength(2);
		expect(attempts.map((a) => (a.settings as { attempt: number }).attempt).sort()).toEqual([1, 2]);
	});
});

describe('a quiz resumed after a reload', () => {
	it('goes on in the same history attempt and does not count an answer twice', async () => {
		const storage = memoryStorage();
		const first = quiz({ mode: 'practice' });
		const one = recordAttempt(first.actor, history, { storage });
		first.send(first.right, { type: 'answer.check' }, { type: 'question.next' });
		await one.settled();
		one.stop();
		const saved = JSON.stringify(saveAttempt(first.actor.getSnapshot()));
		first.actor.stop();

		const again = quiz({ mode: 'practice' }, saved);
		const two = recordAttempt(again.actor, history, { storage });
		again.send(again.right, { type: 'answer.check' });
		await two.settled();
		const data = await history.load();
		expect(data.attempts).toHaveLength(1);
		expect(data.answers.map((a) => a.questionId).sort()).toEqual([pack.questions[0].id, pack.questions[1].id].sort());
		expect(data.cards.find((c) => c.questionId === pack.questions[0].id)?.fsrs.reps).toBe(1);
		expect(storage.data.get(recordedAttemptKey('sample', 's1', 1))).toContain(data.attempts[0].id);
	});

	it('does not finish an ended attempt a second time when it is opened again', async () => {
		const storage = memoryStorage();
		const first = quiz({ mode: 'exam' });
		const one = recordAttempt(first.actor, history, { storage });
		first.send(first.right, { type: 'quiz.submit' }, { type: 'quiz.confirm' });
		await one.settled();
		const saved = JSON.stringify(saveAttempt(first.actor.getSnapshot()));
		const finishedAt = (await history.load()).attempts[0].finishedAt;

		clock.advance({ days: 1 });
		const again = quiz({ mode: 'exam' }, saved);
		await recordAttempt(again.actor, history, { storage }).settled();
		const data = await history.load();
		expect(data.attempts).toMatchObject([{ finishedAt }]);
		expect(data.answers).toHaveLength(1);
	});
});

describe('when the history fails', () => {
	it('reports a failed write and the quiz goes on', async () => {
		const errors: unknown[] = [];
		const broken: History = {
			...history,
			startAttempt: () => Promise.reject(new Error('disk full')),
			recordAnswer: () => Promise.reject(new Error('disk full')),
			finishAttempt: () => Promise.reject(new Error('disk full'))
		};
		const { actor, send, right } = quiz({ mode: 'practice' });
		const recording = recordAttempt(actor, broken, { onError: (e) => errors.push(e) });
		send(right, { type: 'answer.check' }, { type: 'question.next' });
		await recording.settled();
		expect(actor.getSnapshot().context.current).toBe(1);
		expect(errors.map((e) => (e as Error).message)).toEqual(['disk full', 'disk full']);
	});

	it('lets the quiz go on without a history that cannot be opened', async () => {
		const errors: unknown[] = [];
		const { actor, send, right } = quiz({ mode: 'practice' });
		const stop = await recordOnDevice(actor, {
			open: () => Promise.reject(new Error('IndexedDB is turned off')),
			onError: (e) => errors.push(e)
		});
		send(right, { type: 'answer.check' });
		stop();
		expect(actor.getSnapshot().context.slots[0].locked).toBe(true);
		expect(errors).toHaveLength(1);
	});

	it('records nothing for a quiz with no questions', async () => {
		const { actor } = quiz({ mode: 'practice', topics: ['no-such-topic'] });
		await recordAttempt(actor, history).settled();
		expect((await history.load()).attempts).toEqual([]);
	});
});

describe('recording on this device', () => {
	it('opens the history, records, and closes it once the writes are done', async () => {
		const { actor, send, right } = quiz({ mode: 'practice' });
		const stop = await recordOnDevice(actor, { open: () => openHistory({ now: clock.now }) });
		send(right, { type: 'answer.check' });
		await stop();
		expect(await answered()).toHaveLength(1);
	});
});
