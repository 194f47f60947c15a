// The learner's history on this device: attempts, answers, cards and settings in IndexedDB, with
// export to a file, import from one (merged, validated in full before anything is written) and
// forgetting everything.
import type { Grade } from 'ts-fsrs';
import { openHistoryDb, SETTINGS_KEY, type HistoryDB, type OpenOptions } from './db';
import {
	historyFileName,
	readHistoryFile,
	toHistoryFile,
	type HistoryFile,
	type HistoryFileFailure
} from './history-file';
import { newId } from './ids';
import { planMerge, type ImportCounts } from './merge';
import { buildQueue, type StudyQueue } from './queue';
import { ratingFor } from './rating';
import { applyAnswer, restartCard } from './schedule';
import { checkSettingsPatch, type SettingsPatch } from './settings';
import {
	DEFAULT_SETTINGS,
	systemClock,
	type AnswerRecord,
	type AttemptRecord,
	type CardRecord,
	type Certainty,
	type Clock,
	type HistoryData,
	type OpaqueJson,
	type Score,
	type StudyQuestion,
	type StudySettings
} from './types';

export interface HistoryOptions extends OpenOptions {
	now?: Clock;
}

export interface AttemptStart {
	packId: string;
	mode: string;
	/** The seed and settings the quiz runs with. */
	settings?: OpaqueJson;
	id?: string;
}

export interface AnswerInput {
	attemptId: string;
	question: StudyQuestion;
	/** The scorer's result. */
	result: Score;
	certainty?: Certainty | null;
	response?: OpaqueJson;
	id?: string;
}

export interface RecordedAnswer {
	answer: AnswerRecord;
	/** The question's card after this answer. */
	card: CardRecord;
	rating: Grade;
	/** Set when this answer was the first to the question since its content changed. */
	previousVersion: string | null;
}

export type SettingsResult = { ok: true; settings: StudySettings } | { ok: false; problems: string[] };

export type ImportResult =
	| { ok: true; counts: ImportCounts }
	| HistoryFileFailure
	| { ok: false; code: 'storage'; message: string; problems: string[] };

export interface History {
	startAttempt(input: AttemptStart): Promise<AttemptRecord>;
	finishAttempt(attemptId: string, score: Score): Promise<AttemptRecord>;
	/** Keeps the answer and reschedules the question's card, in one transaction. */
	recordAnswer(input: AnswerInput): Promise<RecordedAnswer>;
	settings(): Promise<StudySettings>;
	updateSettings(patch: SettingsPatch): Promise<SettingsResult>;
	/** Restarts the cards of questions whose content changed since they were studied; returns those. */
	checkVersions(packId: string, questions: readonly StudyQuestion[]): Promise<CardRecord[]>;
	/** Checks versions, then builds today's queue for the pack. */
	studyQueue(packId: string, questions: readonly StudyQuestion[]): Promise<StudyQueue>;
	/** Everything kept, or one pack's part of it. */
	load(packId?: string): Promise<HistoryData>;
	exportFile(): Promise<HistoryFile>;
	/** The export as text, and a name to save it under. */
	exportText(): Promise<{ fileName: string; text: string }>;
	/** Merges a history file's text; on any problem nothing at all is written. */
	importText(text: string): Promise<ImportResult>;
	/** Removes every attempt, answer and card, and resets the settings (the page asks first). */
	forgetEverything(): Promise<void>;
	close(): void;
}

/** The value as it will come back from an export: plain JSON. */
function json(v: OpaqueJson, what: string): OpaqueJson {
	try {
		return v === undefined ? null : (JSON.parse(JSON.stringify(v)) ?? null);
	} catch (e) {
		throw new TypeError(`${what} must be plain JSON data: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
	}
}

function checkScore(score: Score, what: string): void {
	const { points, max } = score;
	if (!Number.isFinite(max) || max <= 0 || !Number.isFinite(points) || points < 0 || points > max) {
		throw new RangeError(`${what}: expected 0 ≤ points ≤ max and max > 0, got points ${points}, max ${max}`);
	}
}

/**
 * Runs `work` in a transaction and waits for the transaction to commit; on any failure it aborts,
 * so either everything `work` wrote is kept or nothing is.
 */
async function within<T>(tx: { done: Promise<void>; abort(): void }, work: () => Promise<T>): Promise<T> {
	// Marks the commit as watched, so an abort is not also reported as an unhandled rejection.
	tx.done.catch(() => undefined);
	try {
		const result = await work();
		await tx.done;
		return result;
	} catch (e) {
		try {
			tx.abort();
		} catch {
			// The transaction is already over: it committed nothing.
		}
		throw e;
	}
}

export async function openHistory(options: HistoryOptions = {}): Promise<History> {
	const db = await openHistoryDb(options);
	return new IdbHistory(db, options.now ?? systemClock);
}

class IdbHistory implements History {
	constructor(
		private readonly db: HistoryDB,
		private readonly now: Clock
	) {}

	async startAttempt({ packId, mode, settings, id }: AttemptStart): Promise<AttemptRecord> {
		const attempt: AttemptRecord = {
			id: id ?? newId(),
			packId,
			mode,
			settings: json(settings, 'startAttempt: settings'),
			startedAt: this.now().toISOString(),
			finishedAt: null,
			score: null
		};
		await this.db.add('attempts', attempt);
		return attempt;
	}

	async finishAttempt(attemptId: string, score: Score): Promise<AttemptRecord> {
		checkScore(score, 'finishAttempt');
		const tx = this.db.transaction('attempts', 'readwrite');
		return within(tx, async () => {
			const attempt = await tx.store.get(attemptId);
			if (!attempt) throw new Error(`finishAttempt: no attempt "${attemptId}" on this device`);
			const done = {
				...attempt,
				finishedAt: this.now().toISOString(),
				score: { points: score.points, max: score.max }
			};
			await tx.store.put(done);
			return done;
		});
	}

	async recordAnswer(input: AnswerInput): Promise<RecordedAnswer> {
		checkScore(input.result, `recordAnswer (question "${input.question.id}")`);
		const tx = this.db.transaction(['attempts', 'answers', 'cards', 'settings'], 'readwrite');
		return within(tx, async () => {
			const attempt = await tx.objectStore('attempts').get(input.attemptId);
			if (!attempt) {
				throw new Error(`recordAnswer: no attempt "${input.attemptId}" on this device; start one with startAttempt`);
			}
			const { question } = input;
			const answer: AnswerRecord = {
				id: input.id ?? newId(),
				attemptId: attempt.id,
				packId: attempt.packId,
				questionId: question.id,
				questionVersion: question.version,
				topic: question.topic,
				passages: [...new Set(question.sources.map((s) => s.passage))],
				fraction: input.result.points / input.result.max,
				certainty: input.certainty ?? null,
				answeredAt: this.now().toISOString(),
				response: json(input.response, `recordAnswer (question "${input.question.id}"): response`)
			};
			const settings = (await tx.objectStore('settings').get(SETTINGS_KEY)) ?? DEFAULT_SETTINGS;
			const before = (await tx.objectStore('cards').get([attempt.packId, question.id])) ?? null;
			const card = applyAnswer(before, answer, settings.desiredRetention);
			await Promise.all([tx.objectStore('answers').add(answer), tx.objectStore('cards').put(card)]);
			const previousVersion =
				before?.changed?.previousVersion ?? (before && before.version !== question.version ? before.version : null);
			return { answer, card, rating: ratingFor(answer.fraction, answer.certainty), previousVersion };
		});
	}

	async settings(): Promise<StudySettings> {
		return (await this.db.get('settings', SETTINGS_KEY)) ?? { ...DEFAULT_SETTINGS };
	}

	async updateSettings(patch: SettingsPatch): Promise<SettingsResult> {
		const problems = checkSettingsPatch(patch);
		if (problems.length > 0) return { ok: false, problems };
		const tx = this.db.transaction('settings', 'readwrite');
		return within(tx, async () => {
			const current = (await tx.store.get(SETTINGS_KEY)) ?? DEFAULT_SETTINGS;
			const settings: StudySettings = { ...current, ...patch, updatedAt: this.now().toISOString() };
			await tx.store.put(settings, SETTINGS_KEY);
			return { ok: true as const, settings };
		});
	}

	async checkVersions(packId: string, questions: readonly StudyQuestion[]): Promise<CardRecord[]> {
		const tx = this.db.transaction(['cards', 'settings'], 'readwrite');
		return within(tx, async () => {
			const settings = (await tx.objectStore('settings').get(SETTINGS_KEY)) ?? DEFAULT_SETTINGS;
			const versions = new Map(questions.map((q) => [q.id, q.version]));
			const now = this.now();
			const restarted: CardRecord[] = [];
			for (const card of await tx.objectStore('cards').index('byPack').getAll(packId)) {
				const version = versions.get(card.questionId);
				if (version !== undefined && version !== card.version) {
					restarted.push(restartCard(card, version, now, settings.desiredRetention));
				}
			}
			await Promise.all(restarted.map((c) => tx.objectStore('cards').put(c)));
			return restarted;
		});
	}

	async studyQueue(packId: string, questions: readonly StudyQuestion[]): Promise<StudyQueue> {
		await this.checkVersions(packId, questions);
		const [cards, settings] = await Promise.all([this.db.getAllFromIndex('cards', 'byPack', packId), this.settings()]);
		return buildQueue({ questions, cards, settings, now: this.now() });
	}

	async load(packId?: string): Promise<HistoryData> {
		const tx = this.db.transaction(['attempts', 'answers', 'cards', 'settings'], 'readonly');
		return within(tx, async () => {
			const all = packId === undefined;
			const [attempts, answers, cards, settings] = await Promise.all([
				all ? tx.objectStore('attempts').getAll() : tx.objectStore('attempts').index('byPack').getAll(packId),
				all ? tx.objectStore('answers').getAll() : tx.objectStore('answers').index('byPack').getAll(packId),
				all ? tx.objectStore('cards').getAll() : tx.objectStore('cards').index('byPack').getAll(packId),
				tx.objectStore('settings').get(SETTINGS_KEY)
			]);
			return { attempts, answers, cards, settings: settings ?? { ...DEFAULT_SETTINGS } };
		});
	}

	async exportFile(): Promise<HistoryFile> {
		return toHistoryFile(await this.load(), this.now());
	}

	async exportText(): Promise<{ fileName: string; text: string }> {
		const file = await this.exportFile();
		return { fileName: historyFileName(new Date(file.exportedAt)), text: JSON.stringify(file, null, '\t') + '\n' };
	}

	async importText(text: string): Promise<ImportResult> {
		const read = readHistoryFile(text);
		if (!read.ok) return read;
		const tx = this.db.transaction(['attempts', 'answers', 'cards', 'settings'], 'readwrite');
		try {
			return await within(tx, async () => {
				const [attempts, answers, cards, settings] = await Promise.all([
					tx.objectStore('attempts').getAll(),
					tx.objectStore('answers').getAll(),
					tx.objectStore('cards').getAll(),
					tx.objectStore('settings').get(SETTINGS_KEY)
				]);
				const plan = planMerge({ attempts, answers, cards, settings: settings ?? DEFAULT_SETTINGS }, read.file);
				await Promise.all([
					...plan.attempts.map((x) => tx.objectStore('attempts').put(x)),
					...plan.answers.map((x) => tx.objectStore('answers').put(x)),
					...plan.cards.map((x) => tx.objectStore('cards').put(x)),
					...(plan.settings ? [tx.objectStore('settings').put(plan.settings, SETTINGS_KEY)] : [])
				]);
				return { ok: true as const, counts: plan.counts };
			});
		} catch (e) {
			const why = e instanceof Error ? e.message : String(e);
			return {
				ok: false,
				code: 'storage',
				message: `The history could not be saved, and nothing was changed: ${why}`,
				problems: []
			};
		}
	}

	async forgetEverything(): Promise<void> {
		const tx = this.db.transaction(['attempts', 'answers', 'cards', 'settings'], 'readwrite');
		await within(tx, () =>
			Promise.all([
				tx.objectStore('attempts').clear(),
				tx.objectStore('answers').clear(),
				tx.objectStore('cards').clear(),
				tx.objectStore('settings').clear()
			])
		);
	}

	close(): void {
		this.db.close();
	}
}
