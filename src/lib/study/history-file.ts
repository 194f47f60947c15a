// The history file: how a learner carries their history to another device. A public format:
//
//   {
//     "app": "footnote", "kind": "history", "formatVersion": 1,
//     "exportedAt": "2025-06-02T09:00:00.000Z",
//     "attempts": [{ "id", "packId", "mode", "settings", "startedAt", "finishedAt", "score": { "points", "max" } | null }],
//     "answers":  [{ "id", "attemptId", "packId", "questionId", "questionVersion", "topic", "passages": [],
//                    "fraction", "certainty": "low" | "medium" | "high" | null, "answeredAt", "response" }],
//     "cards":    [{ "packId", "questionId", "version", "topic", "passages": [], "introducedAt",
//                    "changed": { "previousVersion", "at" } | null,
//                    "fsrs": { "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
//                              "learningSteps", "reps", "lapses", "state", "lastReview" } }],
//     "settings": { "desiredRetention", "newPerDay", "dayStartsAt", "updatedAt" }
//   }
//
// Times are ISO 8601 with a zone. "settings" of an attempt and "response" of an answer belong to
// the quiz and are kept as they are. Fields this version does not know are ignored; a file with a
// higher formatVersion is refused rather than half-understood.
import { at, describe, isoDate, list, nullable, number, object, oneOf, Problems, text, texts } from './guards';
import { studyDay } from './days';
import { findJsonError } from './json-error';
import { cardKey } from './schedule';
import { readSettings } from './settings';
import {
	CERTAINTIES,
	type AnswerRecord,
	type AttemptRecord,
	type CardRecord,
	type CardStateName,
	type FsrsState,
	type HistoryData,
	type Score
} from './types';

export const HISTORY_FORMAT_VERSION = 1;

export interface HistoryFile extends HistoryData {
	app: 'footnote';
	kind: 'history';
	formatVersion: typeof HISTORY_FORMAT_VERSION;
	exportedAt: string;
}

export type HistoryFileFailure = {
	ok: false;
	/** not-json: not JSON at all; not-history: JSON but not a Footnote history; newer-format: from a later Footnote. */
	code: 'not-json' | 'not-history' | 'newer-format' | 'invalid';
	/** One sentence for the learner. */
	message: string;
	/** Every problem found, each "where: what", e.g. "answers[3].fraction: expected a number from 0 to 1, got 1.5". */
	problems: string[];
};

export type HistoryFileResult = { ok: true; file: HistoryFile } | HistoryFileFailure;

const MAX_LISTED = 50;

/** The history as a file, in a stable order so two exports of the same history are the same text. */
export function toHistoryFile(data: HistoryData, exportedAt: Date): HistoryFile {
	const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return {
		app: 'footnote',
		kind: 'history',
		formatVersion: HISTORY_FORMAT_VERSION,
		exportedAt: exportedAt.toISOString(),
		attempts: [...data.attempts].sort((a, b) => cmp(a.startedAt, b.startedAt) || cmp(a.id, b.id)),
		answers: [...data.answers].sort((a, b) => cmp(a.answeredAt, b.answeredAt) || cmp(a.id, b.id)),
		cards: [...data.cards].sort((a, b) => cmp(a.packId, b.packId) || cmp(a.questionId, b.questionId)),
		settings: data.settings
	};
}

/** A name to save the export under, with the learner's local date. */
export function historyFileName(exportedAt: Date): string {
	return `footnote-history-${studyDay(exportedAt, 0)}.json`;
}

function failure(code: HistoryFileFailure['code'], message: string, problems: string[] = []): HistoryFileFailure {
	const listed =
		problems.length > MAX_LISTED
			? [...problems.slice(0, MAX_LISTED), `… and ${problems.length - MAX_LISTED} more`]
			: problems;
	return { ok: false, code, message, problems: listed };
}

function lineColumn(source: string, position: number): string {
	const before = source.slice(0, position).split('\n');
	return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** Reads a history file's text; nothing is written anywhere. */
export function readHistoryFile(source: string): HistoryFileResult {
	// Some editors save JSON with a byte-order mark, which JSON.parse refuses.
	const text = source.replace(/^\uFEFF/, '');
	if (text.trim() === '')
		return failure('not-json', 'The file is empty; a history file is JSON exported from Footnote.');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const found = findJsonError(text);
		const why = found
			? `at ${lineColumn(text, found.position)}, ${found.message}`
			: e instanceof Error
				? e.message
				: String(e);
		return failure('not-json', `The file is not JSON: ${why}.`);
	}
	return checkHistoryFile(data);
}

/** Checks parsed JSON as a history file, reporting every problem at once. */
export function checkHistoryFile(data: unknown): HistoryFileResult {
	const notOurs = (problem: string) =>
		failure('not-history', `This is not a Footnote history file (${problem}).`, [problem]);
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return notOurs(`expected an object at the top, got ${describe(data)}`);
	}
	const o = data as Record<string, unknown>;
	if (o.app !== 'footnote')
		return notOurs(`app: expected "footnote", got ${o.app === undefined ? 'nothing' : describe(o.app)}`);
	if (o.kind !== 'history') {
		return notOurs(`kind: expected "history", got ${o.kind === undefined ? 'nothing' : describe(o.kind)}`);
	}
	const v = o.formatVersion;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
		const problem = `formatVersion: expected a whole number, 1 or more, got ${v === undefined ? 'nothing' : describe(v)}`;
		return failure('invalid', `The file cannot be read: ${problem}.`, [problem]);
	}
	if (v > HISTORY_FORMAT_VERSION) {
		const problem = `formatVersion: the file is format ${v}, and this version of Footnote reads format ${HISTORY_FORMAT_VERSION} at most`;
		return failure(
			'newer-format',
			'The file comes from a newer version of Footnote; update Footnote, then import it again.',
			[problem]
		);
	}

	const p = new Problems();
	const exportedAt = isoDate(p, o.exportedAt, 'exportedAt');
	const attempts = readList(p, o.attempts, 'attempts', readAttempt);
	const answers = readList(p, o.answers, 'answers', readAnswer);
	const cards = readList(p, o.cards, 'cards', readCard);
	const settings = readSettings(p, o.settings, 'settings');
	if (attempts && answers && cards) crossCheck(p, attempts, answers, cards);
	if (p.count > 0 || !exportedAt || !attempts || !answers || !cards || !settings) {
		const n = p.count;
		return failure(
			'invalid',
			`The file cannot be imported: ${n === 1 ? 'one problem was' : `${n} problems were`} found, and nothing was changed.`,
			p.list
		);
	}
	return {
		ok: true,
		file: { app: 'footnote', kind: 'history', formatVersion: 1, exportedAt, attempts, answers, cards, settings }
	};
}

function readList<T>(
	p: Problems,
	v: unknown,
	path: string,
	read: (p: Problems, o: Record<string, unknown>, path: string) => T | undefined
): T[] | undefined {
	const items = list(p, v, path);
	if (!items) return undefined;
	const out: T[] = [];
	items.forEach((item, i) => {
		const o = object(p, item, at(path, i));
		const r = o && read(p, o, at(path, i));
		if (r) out.push(r);
	});
	return out.length === items.length ? out : undefined;
}

/** Runs the readers and builds the record only if none of them found a problem. */
function all<T>(p: Problems, build: () => T): T | undefined {
	const before = p.count;
	const r = build();
	return p.count === before ? r : undefined;
}

function readScore(p: Problems, v: unknown, path: string): Score | undefined {
	const o = object(p, v, path);
	if (!o) return undefined;
	const s = all(p, () => ({
		points: number(p, o.points, at(path, 'points'), { min: 0 }) as number,
		max: number(p, o.max, at(path, 'max'), { min: 0 }) as number
	}));
	if (s && s.points > s.max) return void p.add(at(path, 'points'), `${s.points} is more than max (${s.max})`);
	return s;
}

function readAttempt(p: Problems, o: Record<string, unknown>, path: string): AttemptRecord | undefined {
	return all(p, () => ({
		id: text(p, o.id, at(path, 'id')) as string,
		packId: text(p, o.packId, at(path, 'packId')) as string,
		mode: text(p, o.mode, at(path, 'mode')) as string,
		settings: o.settings ?? null,
		startedAt: isoDate(p, o.startedAt, at(path, 'startedAt')) as string,
		finishedAt: nullable(o.finishedAt, (x) => isoDate(p, x, at(path, 'finishedAt'))) as string | null,
		score: nullable(o.score, (x) => readScore(p, x, at(path, 'score'))) as Score | null
	}));
}

function readAnswer(p: Problems, o: Record<string, unknown>, path: string): AnswerRecord | undefined {
	return all(p, () => ({
		id: text(p, o.id, at(path, 'id')) as string,
		attemptId: text(p, o.attemptId, at(path, 'attemptId')) as string,
		packId: text(p, o.packId, at(path, 'packId')) as string,
		questionId: text(p, o.questionId, at(path, 'questionId')) as string,
		questionVersion: text(p, o.questionVersion, at(path, 'questionVersion')) as string,
		topic: text(p, o.topic, at(path, 'topic')) as string,
		passages: texts(p, o.passages, at(path, 'passages')) as string[],
		fraction: number(p, o.fraction, at(path, 'fraction'), { min: 0, max: 1 }) as number,
		certainty: nullable(o.certainty, (x) =>
			oneOf(p, x, at(path, 'certainty'), CERTAINTIES)
		) as AnswerRecord['certainty'],
		answeredAt: isoDate(p, o.answeredAt, at(path, 'answeredAt')) as string,
		response: o.response ?? null
	}));
}

const STATES: readonly CardStateName[] = ['New', 'Learning', 'Review', 'Relearning'];

function readFsrs(p: Problems, v: unknown, path: string): FsrsState | undefined {
	const o = object(p, v, path);
	if (!o) return undefined;
	const count = (key: string) => number(p, o[key], at(path, key), { min: 0, integer: true }) as number;
	return all(p, () => ({
		due: isoDate(p, o.due, at(path, 'due')) as string,
		stability: number(p, o.stability, at(path, 'stability'), { min: 0 }) as number,
		difficulty: number(p, o.difficulty, at(path, 'difficulty'), { min: 0, max: 10 }) as number,
		elapsedDays: count('elapsedDays'),
		scheduledDays: count('scheduledDays'),
		learningSteps: count('learningSteps'),
		reps: count('reps'),
		lapses: count('lapses'),
		state: oneOf(p, o.state, at(path, 'state'), STATES) as CardStateName,
		lastReview: nullable(o.lastReview, (x) => isoDate(p, x, at(path, 'lastReview'))) as string | null
	}));
}

function readChanged(p: Problems, v: unknown, path: string): CardRecord['changed'] | undefined {
	const o = object(p, v, path);
	if (!o) return undefined;
	return all(p, () => ({
		previousVersion: text(p, o.previousVersion, at(path, 'previousVersion')) as string,
		at: isoDate(p, o.at, at(path, 'at')) as string
	}));
}

function readCard(p: Problems, o: Record<string, unknown>, path: string): CardRecord | undefined {
	return all(p, () => ({
		packId: text(p, o.packId, at(path, 'packId')) as string,
		questionId: text(p, o.questionId, at(path, 'questionId')) as string,
		version: text(p, o.version, at(path, 'version')) as string,
		topic: text(p, o.topic, at(path, 'topic')) as string,
		passages: texts(p, o.passages, at(path, 'passages')) as string[],
		introducedAt: isoDate(p, o.introducedAt, at(path, 'introducedAt')) as string,
		changed: nullable(o.changed, (x) => readChanged(p, x, at(path, 'changed'))) as CardRecord['changed'],
		fsrs: readFsrs(p, o.fsrs, at(path, 'fsrs')) as FsrsState
	}));
}

/** Ids unique, and every answer belonging to an attempt in the file, of the same pack. */
function crossCheck(p: Problems, attempts: AttemptRecord[], answers: AnswerRecord[], cards: CardRecord[]): void {
	const attemptAt = new Map<string, number>();
	attempts.forEach((a, i) => {
		const first = attemptAt.get(a.id);
		if (first !== undefined) p.add(`attempts[${i}].id`, `the same id as attempts[${first}]`);
		else attemptAt.set(a.id, i);
	});
	const answerAt = new Map<string, number>();
	answers.forEach((a, i) => {
		const first = answerAt.get(a.id);
		if (first !== undefined) p.add(`answers[${i}].id`, `the same id as answers[${first}]`);
		else answerAt.set(a.id, i);
		const owner = attemptAt.get(a.attemptId);
		if (owner === undefined)
			p.add(`answers[${i}].attemptId`, `no attempt in the file has the id ${JSON.stringify(a.attemptId)}`);
		else if (attempts[owner].packId !== a.packId) {
			p.add(
				`answers[${i}].packId`,
				`"${a.packId}", but its attempt (attempts[${owner}]) is of pack "${attempts[owner].packId}"`
			);
		}
	});
	const cardAt = new Map<string, number>();
	cards.forEach((c, i) => {
		const key = cardKey(c.packId, c.questionId);
		const first = cardAt.get(key);
		if (first !== undefined)
			p.add(`cards[${i}]`, `a second card for question "${c.questionId}" (the first is cards[${first}])`);
		else cardAt.set(key, i);
	});
}
