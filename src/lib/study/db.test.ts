import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from './db';
import { openHistory } from './history';
import { question } from './testing';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

const fsrs = {
	due: '2025-06-04T09:10:00.000Z',
	stability: 2.3065,
	difficulty: 2.11121424,
	elapsedDays: 0,
	scheduledDays: 2,
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	state: 'Review',
	lastReview: '2025-06-02T09:10:00.000Z'
};

/** A database as version 1 of the study code left it, written by hand. */
async function createV1(name: string) {
	const db = await openDB(name, 1, {
		upgrade(db) {
			db.createObjectStore('attempts', { keyPath: 'id' });
			db.createObjectStore('answers', { keyPath: 'id' }).createIndex('byAttempt', 'attemptId');
			db.createObjectStore('cards', { keyPath: 'questionId' });
			db.createObjectStore('settings');
		}
	});
	const answer = (id: string, attemptId: string, answeredAt: string) => ({
		id,
		attemptId,
		questionId: 'envoy',
		questionVersion: 'envoy-v1',
		topic: 'implications',
		passages: ['diplomatic-upgrade'],
		fraction: 1,
		certainty: null,
		answeredAt,
		response: null
	});
	const tx = db.transaction(['attempts', 'answers', 'cards', 'settings'], 'readwrite');
	await Promise.all([
		tx.objectStore('attempts').put({
			id: 'attempt-1',
			packId: 'russia-taliban-delisting',
			mode: 'practice',
			settings: { seed: 1 },
			startedAt: '2025-06-02T09:00:00.000Z',
			finishedAt: '2025-06-02T09:11:00.000Z',
			score: { points: 2, max: 2 }
		}),
		tx.objectStore('answers').put(answer('answer-1', 'attempt-1', '2025-06-02T09:00:00.000Z')),
		tx.objectStore('answers').put(answer('answer-2', 'attempt-1', '2025-06-02T09:10:00.000Z')),
		tx.objectStore('answers').put(answer('orphan', 'attempt-gone', '2025-06-01T09:00:00.000Z')),
		tx.objectStore('cards').put({
			questionId: 'envoy',
			version: 'envoy-v1',
			topic: 'implications',
			passages: ['diplomatic-upgrade'],
			introducedAt: '2025-06-02T09:00:00.000Z',
			changed: null,
			fsrs
		}),
		tx.objectStore('cards').put({ ...{ questionId: 'never-answered', version: 'x' }, fsrs }),
		tx.objectStore('settings').put({ desiredRetention: 0.85, newPerDay: 5 }, 'study'),
		tx.done
	]);
	db.close();
}

describe('opening a database an older version left', () => {
	it('brings a version 1 database up to the current one, keeping what the learner did', async () => {
		await createV1('old');
		const history = await openHistory({ name: 'old', now: () => new Date('2025-06-04T10:00:00.000Z') });
		const data = await history.load('russia-taliban-delisting');

		expect(data.answers.map((a) => [a.id, a.packId])).toEqual([
			['answer-1', 'russia-taliban-delisting'],
			['answer-2', 'russia-taliban-delisting']
		]);
		expect(data.cards).toEqual([
			{
				packId: 'russia-taliban-delisting',
				questionId: 'envoy',
				version: 'envoy-v1',
				topic: 'implications',
				passages: ['diplomatic-upgrade'],
				introducedAt: '2025-06-02T09:00:00.000Z',
				changed: null,
				fsrs
			}
		]);
		expect(data.settings).toEqual({ desiredRetention: 0.85, newPerDay: 5, dayStartsAt: 4, updatedAt: null });
		// An answer whose attempt is gone has no pack to belong to, nor has a card never answered.
		const all = await history.load();
		expect([all.answers.length, all.cards.length]).toEqual([2, 1]);

		// The migrated card goes on being scheduled from where it was, with the migrated settings.
		const queue = await history.studyQueue('russia-taliban-delisting', [question('envoy')]);
		expect(queue.items.map((i) => [i.kind, i.questionId])).toEqual([['due', 'envoy']]);
		const { card } = await history.recordAnswer({
			attemptId: 'attempt-1',
			question: question('envoy'),
			result: { points: 1, max: 1 }
		});
		// 21 days at the kept retention of 0.85 (it would be 11 at the default 0.90).
		expect(card.fsrs).toMatchObject({ reps: 3, state: 'Review', due: '2025-06-25T10:00:00.000Z' });
		history.close();

		const raw = await openDB('old');
		expect([raw.version, [...raw.objectStoreNames]]).toEqual([
			DB_VERSION,
			['answers', 'attempts', 'cards', 'settings']
		]);
		expect([...raw.transaction('cards').store.indexNames]).toEqual(['byPack']);
		raw.close();
	});

	it('opens a database created empty at the current version', async () => {
		const history = await openHistory({ name: 'fresh' });
		expect(await history.load()).toMatchObject({ attempts: [], answers: [], cards: [] });
	});

	it('says to reload when a newer version of Footnote has already upgraded the database', async () => {
		(await openDB('newer', DB_VERSION + 1)).close();
		await expect(openHistory({ name: 'newer' })).rejects.toThrowErrorMatchingInlineSnapshot(
			`[Error: The study history on this device was saved by a newer version of Footnote; reload the page to get it.]`
		);
	});

	it.each([
		['Firefox and Safari', new DOMException('The operation is insecure.', 'SecurityError')],
		['Chromium', new DOMException('The user denied permission to access the database.', 'UnknownError')]
	])('says how to let the site keep data when the browser blocks it (%s)', async (_, refusal) => {
		const open = indexedDB.open;
		indexedDB.open = () => {
			throw refusal;
		};
		try {
			await expect(openHistory({ name: 'blocked' })).rejects.toThrow(
				'This browser keeps nothing for Footnote on this device, so there is no study history here. To study and see your progress, let this site keep its data (cookies and site data) in the browser’s settings.'
			);
		} finally {
			indexedDB.open = open;
		}
	});

	it('closes itself when another tab needs to upgrade, and says so', async () => {
		let told = 0;
		await openHistory({ name: 'shared', onVersionChange: () => told++ });
		const newer = await openDB('shared', DB_VERSION + 1);
		expect([told, newer.version]).toEqual([1, DB_VERSION + 1]);
		newer.close();
	});
});
