import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openHistory, type History } from './history';
import { dueForecast } from './progress';
import { fakeClock, june, question, type FakeClock } from './testing';
import type { HistoryData, StudyQuestion } from './types';

beforeEach(() => {
	// A fresh, empty IndexedDB for every test.
	globalThis.indexedDB = new IDBFactory();
});

const envoy = question('envoy', { topic: 'implications', sources: [{ passage: 'diplomatic-upgrade', quote: 'q' }] });
const crocus = question('crocus', { topic: 'motivations' });
const resources = question('resources', { topic: 'motivations' });

/** One quiz attempt on `history`, answering each question with the given fraction. */
async function quiz(history: History, clock: FakeClock, answers: [StudyQuestion, number][], packId = 'pack') {
	const attempt = await history.startAttempt({ packId, mode: 'practice', settings: { seed: 7 } });
	const recorded = [];
	for (const [q, fraction] of answers) {
		recorded.push(
			await history.recordAnswer({ attemptId: attempt.id, question: q, result: { points: fraction * 4, max: 4 } })
		);
		clock.advance({ minutes: 1 });
	}
	await history.finishAttempt(attempt.id, {
		points: answers.reduce((n, [, f]) => n + f * 4, 0),
		max: 4 * answers.length
	});
	return recorded;
}

async function device(start: Date, name?: string) {
	const clock = fakeClock(start);
	const history = await openHistory({ now: clock.now, name });
	return { clock, history };
}

/** The history minus what differs between two exports of the same one. */
const sorted = (d: HistoryData) => {
	const by = (k: (x: { id?: string; questionId?: string }) => string) => (a: object, b: object) =>
		k(a) < k(b) ? -1 : 1;
	return {
		...d,
		attempts: [...d.attempts].sort(by((x) => x.id ?? '')),
		answers: [...d.answers].sort(by((x) => x.id ?? '')),
		cards: [...d.cards].sort(by((x) => x.questionId ?? ''))
	};
};

describe('keeping answers and scheduling their questions', () => {
	it('keeps the attempt and each answer with what the progress figures need', async () => {
		const { clock, history } = await device(new Date('2025-06-02T09:00:00.000Z'));
		const attempt = await history.startAttempt({
			packId: 'pack',
			mode: 'exam',
			settings: { seed: 7, at: new Date(0) }
		});
		const { answer, card, rating } = await history.recordAnswer({
			attemptId: attempt.id,
			question: envoy,
			result: { points: 1, max: 2 },
			certainty: 'high',
			response: { text: 'Kabulov' }
		});
		clock.advance({ minutes: 5 });
		const finished = await history.finishAttempt(attempt.id, { points: 1, max: 2 });
		expect(answer).toMatchObject({
			attemptId: attempt.id,
			packId: 'pack',
			questionId: 'envoy',
			questionVersion: 'envoy-v1',
			topic: 'implications',
			passages: ['diplomatic-upgrade'],
			fraction: 0.5,
			certainty: 'high',
			answeredAt: '2025-06-02T09:00:00.000Z',
			response: { text: 'Kabulov' }
		});
		expect(rating).toBe(1); // partial at high certainty: Again
		expect(card.fsrs).toMatchObject({ state: 'Learning', due: '2025-06-02T09:01:00.000Z' });
		expect(finished).toMatchObject({ finishedAt: '2025-06-02T09:05:00.000Z', score: { points: 1, max: 2 } });
		// Opaque settings are kept as JSON: a Date becomes its ISO text.
		expect((await history.load()).attempts[0].settings).toEqual({ seed: 7, at: '1970-01-01T00:00:00.000Z' });
	});

	it('gives the exact due dates a sequence of answers produces, day after day', async () => {
		const { clock, history } = await device(new Date('2025-06-02T09:00:00.000Z'));
		const dues = [];
		for (const [at, fraction] of [
			['2025-06-02T09:00:00.000Z', 1],
			['2025-06-02T09:10:00.000Z', 1],
			['2025-06-04T09:10:00.000Z', 1],
			['2025-06-15T08:00:00.000Z', 0],
			['2025-06-15T08:10:00.000Z', 1]
		] as const) {
			clock.set(at);
			const [{ card }] = await quiz(history, clock, [[envoy, fraction]]);
			dues.push(card.fsrs.due);
		}
		expect(dues).toEqual([
			'2025-06-02T09:10:00.000Z',
			'2025-06-04T09:10:00.000Z',
			'2025-06-15T09:10:00.000Z',
			'2025-06-15T08:10:00.000Z',
			'2025-06-17T08:10:00.000Z'
		]);
	});

	it('counts what is due as the days pass', async () => {
		const { clock, history } = await device(june(2));
		const questions = [envoy, crocus, resources];
		await quiz(history, clock, [
			[envoy, 1],
			[crocus, 1],
			[resources, 1]
		]);
		clock.advance({ minutes: 15 });
		// The second pass: Hard keeps crocus learning today, Good brings envoy back in 2 days, Easy
		// brings resources back in 4.
		const attempt = await history.startAttempt({ packId: 'pack', mode: 'study' });
		await history.recordAnswer({ attemptId: attempt.id, question: envoy, result: { points: 1, max: 1 } });
		await history.recordAnswer({
			attemptId: attempt.id,
			question: crocus,
			result: { points: 1, max: 1 },
			certainty: 'low'
		});
		await history.recordAnswer({
			attemptId: attempt.id,
			question: resources,
			result: { points: 1, max: 1 },
			certainty: 'high'
		});

		const { cards } = await history.load('pack');
		expect(dueForecast(cards, clock.now(), { days: 7 }).map((d) => d.count)).toEqual([1, 0, 1, 0, 1, 0, 0, 0]);
		const dueOn = [];
		for (let day = 0; day < 8; day++) {
			dueOn.push((await history.studyQueue('pack', questions)).counts.due);
			clock.advance({ days: 1 });
		}
		// Overdue cards stay due until answered.
		expect(dueOn).toEqual([1, 1, 2, 2, 3, 3, 3, 3]);
		expect(dueForecast(cards, june(2, 9), { days: 7 }).map((d) => d.day)[7]).toBe('2025-06-09');
	});

	it('refuses a score that makes no sense and an answer to an attempt it does not have, writing nothing', async () => {
		const { history } = await device(june(2));
		const attempt = await history.startAttempt({ packId: 'pack', mode: 'practice' });
		await expect(
			history.recordAnswer({ attemptId: attempt.id, question: envoy, result: { points: 1, max: 0 } })
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[RangeError: recordAnswer (question "envoy"): expected 0 ≤ points ≤ max and max > 0, got points 1, max 0]`
		);
		await expect(
			history.recordAnswer({ attemptId: 'nope', question: envoy, result: { points: 1, max: 1 } })
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[Error: recordAnswer: no attempt "nope" on this device; start one with startAttempt]`
		);
		await expect(history.finishAttempt('nope', { points: 1, max: 1 })).rejects.toThrow('no attempt "nope"');
		await expect(
			history.recordAnswer({
				attemptId: attempt.id,
				question: envoy,
				result: { points: 1, max: 1 },
				response: { n: 1n }
			})
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[TypeError: recordAnswer (question "envoy"): response must be plain JSON data: Do not know how to serialize a BigInt]`
		);
		const after = await history.load();
		expect([after.answers, after.cards]).toEqual([[], []]);
	});
});

describe('a question whose content changed since it was studied', () => {
	it('restarts its card with a notice of the version studied, until it is answered again', async () => {
		const { clock, history } = await device(june(2));
		await quiz(history, clock, [[envoy, 1]]);
		clock.advance({ minutes: 10 });
		await quiz(history, clock, [[envoy, 1]]);
		clock.advance({ days: 1 });

		const edited = { ...envoy, version: 'envoy-v2' };
		const queue = await history.studyQueue('pack', [edited]);
		expect(queue.items).toEqual([
			expect.objectContaining({ kind: 'changed', questionId: 'envoy', previousVersion: 'envoy-v1', due: clock.now() })
		]);
		const [stored] = (await history.load()).cards;
		expect(stored).toMatchObject({
			version: 'envoy-v2',
			changed: { previousVersion: 'envoy-v1', at: clock.now().toISOString() },
			fsrs: { state: 'New', reps: 2, due: clock.now().toISOString() }
		});
		// Checking again changes nothing more.
		expect(await history.checkVersions('pack', [edited])).toEqual([]);

		clock.advance({ minutes: 3 });
		const [answered] = await quiz(history, clock, [[edited, 1]]);
		expect(answered.previousVersion).toBe('envoy-v1');
		expect(answered.card).toMatchObject({ version: 'envoy-v2', changed: null, fsrs: { state: 'Learning', reps: 3 } });
	});

	it('restarts on the answer itself when the queue never saw the change', async () => {
		const { clock, history } = await device(june(2));
		await quiz(history, clock, [[envoy, 1]]);
		const [answered] = await quiz(history, clock, [[{ ...envoy, version: 'envoy-v2' }, 1]]);
		expect(answered.previousVersion).toBe('envoy-v1');
		expect(answered.card).toMatchObject({ version: 'envoy-v2', changed: null, fsrs: { state: 'Learning' } });
	});
});

describe('settings', () => {
	it('starts from the defaults and keeps a change, with when it was made', async () => {
		const { history } = await device(june(2));
		expect(await history.settings()).toEqual({ desiredRetention: 0.9, newPerDay: 10, dayStartsAt: 4, updatedAt: null });
		expect(await history.updateSettings({ desiredRetention: 0.85, newPerDay: 3 })).toEqual({
			ok: true,
			settings: { desiredRetention: 0.85, newPerDay: 3, dayStartsAt: 4, updatedAt: june(2).toISOString() }
		});
		expect((await history.settings()).desiredRetention).toBe(0.85);
	});

	it('refuses a desired retention outside 0.70–0.97 and says why, keeping the old settings', async () => {
		const { history } = await device(june(2));
		expect(await history.updateSettings({ desiredRetention: 1.2, newPerDay: 2.5 })).toEqual({
			ok: false,
			problems: [
				'desiredRetention: expected a number from 0.7 to 0.97, got 1.2',
				'newPerDay: expected a whole number from 0 to 1000, got 2.5'
			]
		});
		expect(await history.settings()).toMatchObject({ desiredRetention: 0.9, newPerDay: 10 });
	});

	it('schedules with the desired retention', async () => {
		const due = async (retention: number) => {
			const { clock, history } = await device(new Date('2025-06-02T09:00:00.000Z'), `retention-${retention}`);
			await history.updateSettings({ desiredRetention: retention });
			await quiz(history, clock, [[envoy, 1]]);
			clock.advance({ minutes: 10 });
			const [{ card }] = await quiz(history, clock, [[envoy, 1]]);
			return card.fsrs.due;
		};
		expect(await due(0.7)).not.toBe(await due(0.97));
	});
});

describe('export, import and forgetting', () => {
	async function busyDevice() {
		const d = await device(june(2));
		await d.history.updateSettings({ newPerDay: 4 });
		await quiz(d.history, d.clock, [
			[envoy, 1],
			[crocus, 0],
			[resources, 0.5]
		]);
		d.clock.advance({ days: 2 });
		await quiz(d.history, d.clock, [
			[crocus, 1],
			[envoy, 1]
		]);
		return d;
	}

	it('gives back the same history after export, forgetting everything, and import', async () => {
		const { history } = await busyDevice();
		const before = await history.load();
		const { fileName, text } = await history.exportText();
		expect(fileName).toBe('footnote-history-2025-06-04.json');

		await history.forgetEverything();
		const empty = await history.load();
		expect([empty.attempts.length, empty.answers.length, empty.cards.length, empty.settings.updatedAt]).toEqual([
			0,
			0,
			0,
			null
		]);

		expect(await history.importText(text)).toEqual({
			ok: true,
			counts: {
				added: { attempts: 2, answers: 5, cards: 3 },
				updated: { attempts: 0, cards: 0 },
				alreadyHere: { attempts: 0, answers: 0 },
				settings: 'imported'
			}
		});
		expect(sorted(await history.load())).toEqual(sorted(before));
	});

	it('adds nothing when the same file is imported twice', async () => {
		const a = await busyDevice();
		const { text } = await a.history.exportText();
		const b = await device(june(20), 'second-device');
		await b.history.importText(text);
		const once = await b.history.load();
		expect(await b.history.importText(text)).toEqual({
			ok: true,
			counts: {
				added: { attempts: 0, answers: 0, cards: 0 },
				updated: { attempts: 0, cards: 0 },
				alreadyHere: { attempts: 2, answers: 5 },
				settings: 'kept'
			}
		});
		expect(await b.history.load()).toEqual(once);
		// Importing a device's own export into it is the same as importing twice.
		expect((await a.history.importText(text)).ok && (await a.history.load()).answers.length).toBe(5);
	});

	it('merges two devices’ answers to a question into the schedule one device would have made', async () => {
		const at = (h: number, m = 0) => new Date(Date.UTC(2025, 5, 2, h, m));
		const laptop = await device(at(9), 'laptop');
		const phone = await device(at(9, 5), 'phone');
		const both = await device(at(9), 'both');
		await quiz(laptop.history, laptop.clock, [[envoy, 1]]); // 09:00 laptop
		await quiz(both.history, both.clock, [[envoy, 1]]);
		await quiz(phone.history, phone.clock, [[envoy, 0]]); // 09:05 phone
		both.clock.set(at(9, 5));
		await quiz(both.history, both.clock, [[envoy, 0]]);
		laptop.clock.set(at(9, 20));
		both.clock.set(at(9, 20));
		await quiz(laptop.history, laptop.clock, [[envoy, 1]]); // 09:20 laptop
		await quiz(both.history, both.clock, [[envoy, 1]]);

		const result = await laptop.history.importText((await phone.history.exportText()).text);
		expect(result.ok && result.counts.updated.cards).toBe(1);
		const [merged] = (await laptop.history.load()).cards;
		const [expected] = (await both.history.load()).cards;
		expect(merged).toEqual(expected);
		expect(merged.fsrs.lapses).toBe(0);
		expect(merged.fsrs.reps).toBe(3);
	});

	it('keeps a restart made after the last answer when it merges answers from elsewhere', async () => {
		const at = (h: number, m = 0) => new Date(Date.UTC(2025, 5, 2, h, m));
		const laptop = await device(at(9), 'laptop');
		const phone = await device(at(9, 5), 'phone');
		await quiz(laptop.history, laptop.clock, [[envoy, 1]]);
		await quiz(phone.history, phone.clock, [[envoy, 1]]);
		laptop.clock.set(at(10));
		await laptop.history.checkVersions('pack', [{ ...envoy, version: 'envoy-v2' }]);

		await laptop.history.importText((await phone.history.exportText()).text);
		const [card] = (await laptop.history.load()).cards;
		expect(card).toMatchObject({
			version: 'envoy-v2',
			changed: { previousVersion: 'envoy-v1', at: at(10).toISOString() },
			fsrs: { state: 'New', reps: 2 }
		});
	});

	it('finishes an attempt that was unfinished here when the file has it finished', async () => {
		const { clock, history } = await device(june(2));
		const attempt = await history.startAttempt({ packId: 'pack', mode: 'practice' });
		const { text: unfinished } = await history.exportText();
		clock.advance({ minutes: 5 });
		await history.finishAttempt(attempt.id, { points: 1, max: 1 });
		const { text: finished } = await history.exportText();
		await history.forgetEverything();
		await history.importText(unfinished);
		const result = await history.importText(finished);
		expect(result.ok && result.counts.updated.attempts).toBe(1);
		expect((await history.load()).attempts[0].finishedAt).toBe(clock.now().toISOString());
	});

	it.each([
		['text that is not JSON', () => '{"app": "footnote", "kind": "history", ', 'not-json'],
		['another app’s JSON', () => JSON.stringify({ app: 'anki', version: 3, cards: [] }), 'not-history'],
		[
			'a file from a newer Footnote',
			(text: string) => JSON.stringify({ ...JSON.parse(text), formatVersion: 2, attempts: 'changed shape' }),
			'newer-format'
		],
		[
			'a file with one bad field deep inside',
			(text: string) => {
				const file = JSON.parse(text);
				file.answers[3].fraction = '0.5';
				return JSON.stringify(file);
			},
			'invalid'
		]
	])('refuses %s and leaves the history as it was', async (_, make, code) => {
		const { history } = await busyDevice();
		const { text } = await history.exportText();
		const other = await device(june(30), 'other');
		await quiz(other.history, other.clock, [[envoy, 0]]);
		const before = await other.history.load();

		const bad = make(text);
		// The bad file still holds good records before the bad one: none of them may be written.
		const result = await other.history.importText(bad);
		expect(result).toMatchObject({ ok: false, code });
		expect(await other.history.load()).toEqual(before);
		if (code === 'invalid') {
			expect(result.ok || result.problems).toEqual([
				'answers[3].fraction: expected a number from 0 to 1, got the text "0.5"'
			]);
		}
	});

	it('forgets everything, settings included', async () => {
		const { history } = await busyDevice();
		await history.forgetEverything();
		expect(await history.load()).toEqual({
			attempts: [],
			answers: [],
			cards: [],
			settings: { desiredRetention: 0.9, newPerDay: 10, dayStartsAt: 4, updatedAt: null }
		});
	});

	it('loads one pack’s part of the history', async () => {
		const { clock, history } = await device(june(2));
		await quiz(history, clock, [[envoy, 1]], 'pack');
		await quiz(history, clock, [[envoy, 0]], 'other-pack');
		const one = await history.load('other-pack');
		expect([one.attempts.length, one.answers.length, one.cards.map((c) => c.packId)]).toEqual([1, 1, ['other-pack']]);
	});
});
