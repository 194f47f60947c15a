// What the study, progress and offline browser tests share: the first pack's questions, history
// files written by hand (to set up a history without a week of study), the history as IndexedDB
// holds it, and a question answered with the keyboard alone.
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { AnswerRecord, AttemptRecord, CardRecord, HistoryData, StudySettings } from '../../src/lib/study';

export const PACK = 'russia-taliban-delisting';

export interface PackQuestion {
	id: string;
	type: string;
	version: string;
	topic: string;
	prompt: string;
	sources: { passage: string; quote: string }[];
}

export async function packQuestions(request: APIRequestContext, base = ''): Promise<PackQuestion[]> {
	const response = await request.get(`${base}/packs/${PACK}/pack.json`);
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { questions: PackQuestion[] }).questions;
}

const DAY = 86_400_000;

export interface Answered {
	question: PackQuestion;
	fraction: number;
	/** Days before now. */
	daysAgo: number;
}

/**
 * A history file with one attempt holding these answers, and each question's card due `dueInDays`
 * from now (a card with a `version` of its own stands for a question edited since).
 */
export function historyFile(
	answered: Answered[],
	options: {
		dueInDays?: number;
		versions?: Record<string, string>;
		settings?: Partial<StudySettings>;
		attemptId?: string;
	} = {}
): string {
	const now = Date.now();
	const iso = (t: number) => new Date(t).toISOString();
	const attemptId = options.attemptId ?? 'attempt-from-file';
	const first = Math.max(...answered.map((a) => a.daysAgo), 0);
	const attempt: AttemptRecord = {
		id: attemptId,
		packId: PACK,
		mode: 'practice',
		settings: { seed: 'file' },
		startedAt: iso(now - first * DAY - 60_000),
		finishedAt: iso(now - first * DAY),
		score: { points: answered.reduce((n, a) => n + a.fraction, 0), max: Math.max(1, answered.length) }
	};
	const answers: AnswerRecord[] = answered.map((a, i) => ({
		id: `${attemptId}-answer-${i}`,
		attemptId,
		packId: PACK,
		questionId: a.question.id,
		questionVersion: options.versions?.[a.question.id] ?? a.question.version,
		topic: a.question.topic,
		passages: [...new Set(a.question.sources.map((s) => s.passage))],
		fraction: a.fraction,
		certainty: null,
		answeredAt: iso(now - a.daysAgo * DAY + i * 1000),
		response: null
	}));
	const cards: CardRecord[] = [...new Map(answered.map((a) => [a.question.id, a])).values()].map((a) => ({
		packId: PACK,
		questionId: a.question.id,
		version: options.versions?.[a.question.id] ?? a.question.version,
		topic: a.question.topic,
		passages: [...new Set(a.question.sources.map((s) => s.passage))],
		introducedAt: iso(now - a.daysAgo * DAY),
		changed: null,
		fsrs: {
			due: iso(now + (options.dueInDays ?? 3) * DAY),
			stability: 5,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: options.dueInDays ?? 3,
			learningSteps: 0,
			reps: 2,
			lapses: a.fraction < 1 ? 1 : 0,
			state: 'Review',
			lastReview: iso(now - a.daysAgo * DAY)
		}
	}));
	const settings: StudySettings = {
		desiredRetention: 0.9,
		newPerDay: 10,
		dayStartsAt: 4,
		...options.settings,
		updatedAt: options.settings ? iso(now) : null
	};
	const file: HistoryData & Record<string, unknown> = {
		app: 'footnote',
		kind: 'history',
		formatVersion: 1,
		exportedAt: iso(now),
		attempts: [attempt],
		answers,
		cards,
		settings
	};
	return JSON.stringify(file, null, '\t');
}

/** Everything in the history database, each store sorted so two reads of the same history are equal. */
export async function readHistory(page: Page): Promise<HistoryData> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
			const open = indexedDB.open('footnote-history');
			// No database yet: creating an empty one here would stand in the way of the app's own.
			open.onupgradeneeded = () => open.transaction?.abort();
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
		});
		if (!db) return { attempts: [], answers: [], cards: [], settings: null } as unknown as HistoryData;
		const all = (store: string) =>
			new Promise<unknown[]>((resolve, reject) => {
				const r = db.transaction(store).objectStore(store).getAll();
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const key = (x: unknown) => JSON.stringify(x);
		const sorted = async (store: string) => (await all(store)).sort((a, b) => (key(a) < key(b) ? -1 : 1));
		const [attempts, answers, cards, settings] = await Promise.all([
			sorted('attempts'),
			sorted('answers'),
			sorted('cards'),
			all('settings')
		]);
		db.close();
		return { attempts, answers, cards, settings: settings[0] } as HistoryData;
	});
}

/** Imports a history file through the page's file field. */
export async function importFile(page: Page, name: string, text: string): Promise<void> {
	await page
		.getByLabel('Import a history file')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/**
 * Gives an answer to the question on screen with the keyboard: the first option, true, a word, the
 * first choice of each list, or one item moved down. Whether it is right does not matter here.
 */
export async function answerByKeyboard(page: Page): Promise<void> {
	const form = page.locator('form.question');
	const check = form.getByRole('button', { name: 'Check' });
	const choice = form.getByRole('radio').first();
	const box = form.getByRole('checkbox').first();
	const text = form.getByRole('textbox').or(form.getByRole('spinbutton'));
	const selects = form.getByRole('combobox');
	const move = form.getByRole('button', { name: /^Move .* down$/ }).first();
	// The question may still be on its way (the page prepares it once its code has loaded): counting
	// its controls before it shows would answer nothing.
	await expect(choice.or(box).or(text).or(selects).or(move).first()).toBeVisible();
	// The first radio is the question's own: the certainty scale comes after it.
	if (await choice.count()) await choice.press('Space');
	if (await box.count()) await box.press('Space');
	for (let i = 0; i < (await text.count()); i++) await text.nth(i).fill('1');
	for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).press('ArrowDown');
	if (await move.count()) await move.press('Enter');
	// An exam has no Check: its answers are checked when it is submitted.
	if (await check.count()) await expect(check).toBeEnabled();
}

/** Presses a control with the keyboard (focus, then the key), as a keyboard user would. */
export const press = (control: Locator, key = 'Enter') => control.press(key);
