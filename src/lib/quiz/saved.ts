// The saved form of an attempt: small enough to write after every event, and restorable exactly
// where the learner was, partial answers included. It holds the pack id and fingerprint, the seed
// and settings, each question's id and version, and the responses, never the questions themselves:
// the order of options follows from the seed, the rest from the pack.
//
// Format 2 (current):
//   { formatVersion: 2, pack, packHash, seed, settings (only what differs from the defaults),
//     attempt, phase, current, time: [elapsedMs, extraMs, unlimited 0|1], finishedBy,
//     questions: ["id@version", …], slots: [0 | [value, certainty 0-3, flags, tries], …] }
//   A slot's value is the response without its type (the question gives the type): an option id,
//   a list of ids, true/false, the text typed, or a map of pair or blank ids. flags: 1 flagged,
//   2 checked, 4 locked. 0 is a slot never touched.
// Format 1 (older, still read): { formatVersion: 1, packId, packHash, seed, settings, current,
//   elapsedMs, submitted, answers: [{ id, version, response, flagged }] }.
import type { Pack, Question } from '../content/types';
import { contextFor, emptySlot, type Notice, type Phase, type QuizContext, type Slot } from './attempt';
import { isCertainty } from './certainty';
import { isAnswered, isResponseOf, type Response } from './responses';
import { readSettings, settingsDiff, type QuizSettings } from './settings';

export const FORMAT_VERSION = 2;

type SlotValue = string | boolean | string[] | Record<string, string>;
export type SavedSlot = 0 | [value: SlotValue | null, certainty: number, flags: number, tries: number];

export interface SavedAttempt {
	formatVersion: 2;
	pack: string;
	packHash: string;
	seed: string;
	settings: Partial<QuizSettings>;
	attempt: number;
	phase: Phase;
	current: number;
	time: [elapsedMs: number, extraMs: number, unlimited: 0 | 1];
	finishedBy: 'learner' | 'time' | null;
	questions: string[];
	slots: SavedSlot[];
}

export interface SavedAttemptV1 {
	formatVersion: 1;
	packId: string;
	packHash: string;
	seed: string;
	settings: Partial<QuizSettings>;
	current: number;
	elapsedMs: number;
	submitted: boolean;
	answers: { id: string; version: string; response: Response | null; flagged: boolean }[];
}

const FLAGGED = 1;
const CHECKED = 2;
const LOCKED = 4;

function valueOf(r: Response): SlotValue {
	switch (r.type) {
		case 'single-choice':
			return r.optionId;
		case 'multiple-response':
			return r.optionIds;
		case 'true-false':
			return r.value;
		case 'ordering':
			return r.itemIds;
		case 'matching':
			return r.matches;
		case 'numeric':
			return r.value;
		case 'short-text':
			return r.text;
		case 'cloze':
			return r.blanks;
	}
}

/** The response a saved value stands for, or null when it does not fit the question's type. */
function responseFrom(q: Question, value: unknown): Response | null {
	const field: Record<Question['type'], string> = {
		'single-choice': 'optionId',
		'multiple-response': 'optionIds',
		'true-false': 'value',
		ordering: 'itemIds',
		matching: 'matches',
		numeric: 'value',
		'short-text': 'text',
		cloze: 'blanks'
	};
	const candidate = { type: q.type, [field[q.type]]: value };
	return isResponseOf(candidate, q.type) ? candidate : null;
}

function slotOf(slot: Slot): SavedSlot {
	const flags = (slot.flagged ? FLAGGED : 0) | (slot.checked ? CHECKED : 0) | (slot.locked ? LOCKED : 0);
	if (!slot.response && !slot.certainty && !flags && !slot.tries) return 0;
	return [slot.response ? valueOf(slot.response) : null, slot.certainty ?? 0, flags, slot.tries];
}

/** The saved form of an attempt (a machine snapshot's context, and the state it is in). */
export function saveAttempt(snapshot: { context: QuizContext; value: unknown }): SavedAttempt {
	const ctx = snapshot.context;
	return {
		formatVersion: FORMAT_VERSION,
		pack: ctx.packId,
		packHash: ctx.packHash,
		seed: ctx.seed,
		settings: settingsDiff(ctx.settings),
		attempt: ctx.attempt,
		phase: phaseOf(snapshot.value),
		current: ctx.current,
		time: [Math.round(ctx.elapsedMs), Math.round(ctx.extraMs), ctx.unlimited ? 1 : 0],
		finishedBy: ctx.finishedBy,
		questions: ctx.questions.map((q) => `${q.id}@${q.version}`),
		slots: ctx.slots.map(slotOf)
	};
}

/** The phase a machine state value stands for ("review", { running: "confirming" }, …). */
export function phaseOf(value: unknown): Phase {
	if (value === 'review') return 'review';
	if (typeof value === 'object' && value !== null && (value as Record<string, unknown>).running === 'confirming')
		return 'confirming';
	return 'answering';
}

export const serialiseAttempt = (snapshot: { context: QuizContext; value: unknown }): string =>
	JSON.stringify(saveAttempt(snapshot));

// ——— reading a saved attempt back ———

export type Restored = { ok: true; context: QuizContext } | { ok: false; reason: string };

/** Where to find a question as it was at an earlier version, if such an archive exists. */
export type FindVersion = (questionId: string, version: string) => Question | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

class Corrupt extends Error {}

function need(ok: boolean, where: string, what: string): void {
	if (!ok) throw new Corrupt(`${where}: ${what}`);
}

/** Checks format 2 by hand (no schema library in the browser); throws Corrupt naming the field. */
function checkV2(raw: Record<string, unknown>): SavedAttempt {
	need(typeof raw.pack === 'string', 'pack', 'expected the pack id');
	need(typeof raw.packHash === 'string', 'packHash', 'expected a string');
	need(typeof raw.seed === 'string' && raw.seed !== '', 'seed', 'expected a string');
	need(raw.settings === undefined || isRecord(raw.settings), 'settings', 'expected an object');
	need(isCount(raw.attempt) && (raw.attempt as number) >= 1, 'attempt', 'expected a whole number from 1');
	need(
		raw.phase === 'answering' || raw.phase === 'confirming' || raw.phase === 'review',
		'phase',
		'expected answering, confirming or review'
	);
	need(isCount(raw.current), 'current', 'expected a question index');
	const time = raw.time;
	need(
		Array.isArray(time) && time.length === 3 && isTime(time[0]) && isTime(time[1]) && (time[2] === 0 || time[2] === 1),
		'time',
		'expected [elapsedMs, extraMs, 0|1]'
	);
	need(
		raw.finishedBy === null || raw.finishedBy === 'learner' || raw.finishedBy === 'time',
		'finishedBy',
		'expected null, "learner" or "time"'
	);
	need(Array.isArray(raw.questions), 'questions', 'expected a list');
	need(Array.isArray(raw.slots), 'slots', 'expected a list');
	const questions = raw.questions as unknown[];
	const slots = raw.slots as unknown[];
	need(
		questions.length === slots.length,
		'slots',
		`expected one per question (${questions.length}), found ${slots.length}`
	);
	questions.forEach((q, i) =>
		need(typeof q === 'string' && /^[^@]+@[^@]+$/.test(q), `questions[${i}]`, 'expected "id@version"')
	);
	slots.forEach((s, i) => {
		if (s === 0) return;
		need(Array.isArray(s) && s.length === 4, `slots[${i}]`, 'expected 0 or [value, certainty, flags, tries]');
		const [, certainty, flags, tries] = s as unknown[];
		need(certainty === 0 || isCertainty(certainty), `slots[${i}][1]`, 'expected a certainty 0 to 3');
		need(isCount(flags) && (flags as number) < 8, `slots[${i}][2]`, 'expected flags 0 to 7');
		need(isCount(tries) && (tries as number) <= 100, `slots[${i}][3]`, 'expected a number of tries');
	});
	return raw as unknown as SavedAttempt;
}

/** Format 1 → format 2. */
function migrateV1(raw: Record<string, unknown>): Record<string, unknown> {
	need(Array.isArray(raw.answers), 'answers', 'expected a list');
	const answers = raw.answers as unknown[];
	const questions: string[] = [];
	const slots: unknown[] = [];
	answers.forEach((a, i) => {
		need(
			isRecord(a) && typeof a.id === 'string' && typeof a.version === 'string',
			`answers[${i}]`,
			'expected { id, version, response, flagged }'
		);
		const { id, version, response, flagged } = a as Record<string, unknown>;
		questions.push(`${id}@${version}`);
		const value =
			isRecord(response) && typeof response.type === 'string' ? valueOf(response as unknown as Response) : null;
		slots.push(value === null && !flagged ? 0 : [value ?? null, 0, flagged ? FLAGGED : 0, 0]);
	});
	return {
		formatVersion: 2,
		pack: raw.packId,
		packHash: raw.packHash,
		seed: raw.seed,
		settings: raw.settings,
		attempt: 1,
		phase: raw.submitted === true ? 'review' : 'answering',
		current: raw.current,
		time: [raw.elapsedMs, 0, 0],
		finishedBy: raw.submitted === true ? 'learner' : null,
		questions,
		slots
	};
}

/**
 * An attempt from its saved form (an object, or the JSON text), against the pack as it is now.
 * An older format is migrated; a newer or unknown one, or a corrupt one, is refused with the reason.
 * A question edited or removed since is kept at the version answered when `findVersion` can supply
 * it, updated when it had not been answered, and otherwise dropped; each case leaves a notice.
 */
export function restoreAttempt(saved: unknown, pack: Pack, findVersion?: FindVersion): Restored {
	let raw = saved;
	if (typeof raw === 'string') {
		try {
			raw = JSON.parse(raw);
		} catch {
			return { ok: false, reason: 'the saved attempt is damaged (not valid JSON)' };
		}
	}
	if (!isRecord(raw)) return { ok: false, reason: 'the saved attempt is damaged (not an object)' };
	const version = raw.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, reason: `the saved attempt has an unknown format (${JSON.stringify(version ?? null)})` };
	}
	if (version > FORMAT_VERSION) {
		return {
			ok: false,
			reason: `the saved attempt was made by a newer version of Footnote (format ${version}; this one reads up to ${FORMAT_VERSION})`
		};
	}
	const notices: Notice[] = [];
	let data: SavedAttempt;
	try {
		if (version === 1) {
			raw = migrateV1(raw);
			notices.push({
				kind: 'migrated',
				questionId: null,
				message: `the saved attempt was brought up to date from format ${version}`
			});
		}
		data = checkV2(raw as Record<string, unknown>);
	} catch (e) {
		if (e instanceof Corrupt) return { ok: false, reason: `the saved attempt is damaged (${e.message})` };
		throw e;
	}
	if (data.pack !== pack.id) {
		return { ok: false, reason: `the saved attempt belongs to pack "${data.pack}", not "${pack.id}"` };
	}
	const settings = readSettings(data.settings ?? {});
	if (settings.problems.length) {
		return { ok: false, reason: `the saved attempt is damaged (${settings.problems.join('; ')})` };
	}
	return reconcile(data, pack, settings.settings, notices, findVersion);
}

function reconcile(
	data: SavedAttempt,
	pack: Pack,
	settings: QuizSettings,
	notices: Notice[],
	findVersion?: FindVersion
): Restored {
	const byId = new Map(pack.questions.map((q) => [q.id, q]));
	const questions: Question[] = [];
	const slots: Slot[] = [];
	let current = data.current;
	data.questions.forEach((entry, i) => {
		const at = entry.lastIndexOf('@');
		const id = entry.slice(0, at);
		const version = entry.slice(at + 1);
		const saved = data.slots[i];
		const now = byId.get(id);
		const answered = saved !== 0 && saved[0] !== null;
		let q: Question | undefined = now;
		if (!now || now.version !== version) {
			const old = answered ? findVersion?.(id, version) : undefined;
			const what = now ? 'was edited' : 'was removed from the pack';
			if (old && old.version === version) {
				q = old;
				notices.push({
					kind: 'question-kept-old-version',
					questionId: id,
					message: `question "${id}" ${what} since it was answered; it is kept and scored as it was when answered`
				});
			} else if (now && !answered) {
				notices.push({
					kind: 'question-updated',
					questionId: id,
					message: `question "${id}" was edited since; it had not been answered, so the new version is asked`
				});
			} else {
				q = undefined;
				const why = answered
					? '; the version answered is not available, so it is left out of this attempt'
					: ' and is left out of this attempt';
				notices.push({ kind: 'question-dropped', questionId: id, message: `question "${id}" ${what} since${why}` });
			}
		}
		if (!q) {
			if (i < data.current) current--;
			return;
		}
		const slot = saved === 0 ? emptySlot() : slotFrom(q, saved, notices);
		questions.push(q);
		slots.push(slot);
	});
	if (questions.length === 0 && data.questions.length > 0) {
		return { ok: false, reason: "none of the saved attempt's questions is still in the pack" };
	}
	const [elapsedMs, extraMs, unlimited] = data.time;
	const context = contextFor(pack, questions, settings, data.seed, {
		attempt: data.attempt,
		slots,
		current: Math.min(Math.max(0, current), Math.max(0, questions.length - 1)),
		elapsedMs,
		extraMs,
		unlimited: unlimited === 1,
		finishedBy: data.finishedBy,
		resume: data.phase,
		notices
	});
	return { ok: true, context };
}

function slotFrom(q: Question, saved: Exclude<SavedSlot, 0>, notices: Notice[]): Slot {
	const [value, certainty, flags, tries] = saved;
	let response = value === null ? null : responseFrom(q, value);
	if (value !== null && response === null) {
		notices.push({
			kind: 'response-cleared',
			questionId: q.id,
			message: `the saved answer to question "${q.id}" could not be read and was cleared`
		});
	}
	if (!isAnswered(response)) response = null;
	return {
		response,
		certainty: isCertainty(certainty) ? certainty : null,
		flagged: (flags & FLAGGED) !== 0,
		checked: (flags & CHECKED) !== 0 && response !== null,
		locked: (flags & LOCKED) !== 0 && response !== null,
		tries
	};
}
