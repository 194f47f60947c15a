// The history's IndexedDB database: its current shape, and the steps that bring an older one up to
// it. Each step takes the database from one version to the next; a step that has shipped is never
// edited, a new one is added.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DEFAULT_SETTINGS, type AnswerRecord, type AttemptRecord, type CardRecord, type StudySettings } from './types';

export const DB_NAME = 'footnote-history';
export const DB_VERSION = 2;
export const SETTINGS_KEY = 'study';

export interface HistorySchema extends DBSchema {
	attempts: { key: string; value: AttemptRecord; indexes: { byPack: string } };
	answers: {
		key: string;
		value: AnswerRecord;
		indexes: { byAttempt: string; byPack: string; byQuestion: [string, string] };
	};
	cards: { key: [string, string]; value: CardRecord; indexes: { byPack: string } };
	settings: { key: string; value: StudySettings };
}

export type HistoryDB = IDBPDatabase<HistorySchema>;

// Steps see the database as it was, not as HistorySchema says it is now.
type Db = IDBPDatabase<unknown>;
type Tx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Version 1: attempts, answers by attempt, cards by question id, settings. */
async function toV1(db: Db): Promise<void> {
	db.createObjectStore('attempts', { keyPath: 'id' });
	db.createObjectStore('answers', { keyPath: 'id' }).createIndex('byAttempt', 'attemptId');
	db.createObjectStore('cards', { keyPath: 'questionId' });
	db.createObjectStore('settings');
}

/**
 * Version 2: question ids are unique only within a pack, so answers and cards carry their pack and
 * cards are keyed by pack and question; settings gain the hour the study day turns over.
 */
async function toV2(db: Db, tx: Tx): Promise<void> {
	const attempts = tx.objectStore('attempts');
	attempts.createIndex('byPack', 'packId');
	const packOf = new Map<string, string>();
	for (const a of (await attempts.getAll()) as { id: string; packId: string }[]) packOf.set(a.id, a.packId);

	const answers = tx.objectStore('answers');
	answers.createIndex('byPack', 'packId');
	answers.createIndex('byQuestion', ['packId', 'questionId']);
	const packOfQuestion = new Map<string, { packId: string; answeredAt: string }>();
	for (let cursor = await answers.openCursor(); cursor; cursor = await cursor.continue()) {
		const answer = cursor.value as Omit<AnswerRecord, 'packId'>;
		const packId = packOf.get(answer.attemptId);
		// Version 1 wrote an attempt and its answers together, so an answer without its attempt is
		// the remains of an attempt removed by hand, and there is no pack to file it under.
		if (packId === undefined) {
			await cursor.delete();
			continue;
		}
		await cursor.update({ ...answer, packId });
		const seen = packOfQuestion.get(answer.questionId);
		if (!seen || seen.answeredAt < answer.answeredAt) {
			packOfQuestion.set(answer.questionId, { packId, answeredAt: answer.answeredAt });
		}
	}

	const oldCards = (await tx.objectStore('cards').getAll()) as Omit<CardRecord, 'packId'>[];
	db.deleteObjectStore('cards');
	const cards = db.createObjectStore('cards', { keyPath: ['packId', 'questionId'] });
	cards.createIndex('byPack', 'packId');
	for (const card of oldCards) {
		const owner = packOfQuestion.get(card.questionId);
		if (owner) await cards.put({ ...card, packId: owner.packId });
	}

	const settings = tx.objectStore('settings');
	const old = (await settings.get(SETTINGS_KEY)) as Partial<StudySettings> | undefined;
	if (old) await settings.put({ ...DEFAULT_SETTINGS, ...old, updatedAt: old.updatedAt ?? null }, SETTINGS_KEY);
}

const STEPS: ((db: Db, tx: Tx) => Promise<void>)[] = [toV1, toV2];

export interface OpenOptions {
	name?: string;
	/** Another tab opened a newer version of the database; this connection has been closed. */
	onVersionChange?: () => void;
}

/**
 * Whether the browser refused the database because it keeps no data for this site: Firefox and
 * Safari throw a SecurityError, Chromium fails the open with "denied permission".
 */
function blocked(e: unknown): boolean {
	const { name, message } = (e ?? {}) as { name?: unknown; message?: unknown };
	return name === 'SecurityError' || (typeof message === 'string' && /denied permission/i.test(message));
}

export async function openHistoryDb(options: OpenOptions = {}): Promise<HistoryDB> {
	let failure: unknown;
	try {
		const db = await openDB<HistorySchema>(options.name ?? DB_NAME, DB_VERSION, {
			upgrade(db, oldVersion, _newVersion, tx) {
				const run = async () => {
					for (let v = oldVersion; v < DB_VERSION; v++) {
						await STEPS[v](db as unknown as Db, tx as unknown as Tx);
					}
				};
				run().catch((e: unknown) => {
					failure = e;
					try {
						tx.abort();
					} catch {
						// Already finished: the failure is reported all the same.
					}
				});
			},
			blocking() {
				// Keeping the old connection open would stop the newer tab from upgrading.
				db.close();
				options.onVersionChange?.();
			}
		});
		return db;
	} catch (e) {
		if ((e as { name?: unknown } | null)?.name === 'VersionError') {
			throw new Error(
				'The study history on this device was saved by a newer version of Footnote; reload the page to get it.',
				{ cause: e }
			);
		}
		if (blocked(e)) {
			throw new Error(
				'This browser keeps nothing for Footnote on this device, so there is no study history here. To study and see your progress, let this site keep its data (cookies and site data) in the browser’s settings.',
				{ cause: e }
			);
		}
		// A failed upgrade step shows only as an aborted open; its own error says what went wrong.
		const reason = failure ?? e;
		const why = reason instanceof Error ? reason.message : String(reason);
		throw new Error(`The study history on this device could not be opened: ${why}`, { cause: e });
	}
}
