// An attempt's state and every change to it, as pure functions of the context. The machine names
// them as guards and actions; the tests and the server can call them directly.
import { hash } from '../content/hash';
import type { Pack, Question } from '../content/types';
import type { Certainty } from './certainty';
import { presentQuestion, type PublicQuestion } from './present';
import { isAnswered, responseProblem, type Response } from './responses';
import { scoreQuestion } from './scoring';
import { createRandom, shuffle } from './random';
import { missedIds } from './results';
import { selectQuestions } from './selection';
import type { QuizSettings } from './settings';

export type Phase = 'answering' | 'confirming' | 'review';

/** One question's part of an attempt. */
export interface Slot {
	response: Response | null;
	certainty: Certainty | null;
	flagged: boolean;
	/** Practice: checks made. */
	tries: number;
	/** Practice: the last check was of the response as it stands. */
	checked: boolean;
	/** Practice: settled (right, or out of tries); the answer no longer changes and the key is shown. */
	locked: boolean;
}

export type NoticeKind =
	| 'selection'
	| 'settings'
	| 'restore-refused'
	| 'migrated'
	| 'question-updated'
	| 'question-kept-old-version'
	| 'question-dropped'
	| 'response-cleared';

/** Something the learner should be told: a question that changed since, a link not understood. */
export interface Notice {
	kind: NoticeKind;
	questionId: string | null;
	message: string;
}

export interface QuizContext {
	packId: string;
	/** Tells whether any question of the pack changed since the attempt began. */
	packHash: string;
	seed: string;
	settings: QuizSettings;
	/** 1 for a first attempt; each retry of the missed questions adds one. */
	attempt: number;
	/** In the order asked, with their keys: the view decides what the page may see. */
	questions: Question[];
	shown: PublicQuestion[];
	slots: Slot[];
	current: number;
	/** Time spent answering, from the ticker's ticks. */
	elapsedMs: number;
	/** Time added to the limit for this learner. */
	extraMs: number;
	/** The learner turned the limit off. */
	unlimited: boolean;
	finishedBy: 'learner' | 'time' | null;
	notices: Notice[];
	/** Where the machine starts: a restored attempt resumes in the phase it was saved in. */
	resume: Phase;
}

export const emptySlot = (): Slot => ({
	response: null,
	certainty: null,
	flagged: false,
	tries: 0,
	checked: false,
	locked: false
});

/** A fingerprint of a pack's questions and their versions. */
export const packHash = (pack: Pick<Pack, 'id' | 'questions'>): string =>
	hash(`${pack.id}\n${pack.questions.map((q) => `${q.id}@${q.version}`).join('\n')}`);

export function contextFor(
	pack: Pick<Pack, 'id' | 'questions'>,
	questions: Question[],
	settings: QuizSettings,
	seed: string,
	rest: Partial<QuizContext> = {}
): QuizContext {
	return {
		packId: pack.id,
		packHash: packHash(pack),
		seed,
		settings,
		attempt: 1,
		questions,
		shown: questions.map((q) => presentQuestion(q, seed, settings.shuffleOptions)),
		slots: questions.map(emptySlot),
		current: 0,
		elapsedMs: 0,
		extraMs: 0,
		unlimited: false,
		finishedBy: null,
		notices: [],
		resume: 'answering',
		...rest
	};
}

/** A new attempt: the questions these settings and this seed select. */
export function freshContext(pack: Pack, settings: QuizSettings, seed: string, notices: Notice[] = []): QuizContext {
	const selection = selectQuestions(pack.questions, settings, seed);
	return contextFor(pack, selection.questions, settings, seed, {
		notices: [
			...notices,
			...selection.problems.map((message) => ({ kind: 'selection' as const, questionId: null, message }))
		]
	});
}

const withSlot = (ctx: QuizContext, index: number, change: Partial<Slot>): Pick<QuizContext, 'slots'> => {
	const slots = ctx.slots.slice();
	slots[index] = { ...slots[index], ...change };
	return { slots };
};

export const hasQuestions = (ctx: QuizContext) => ctx.questions.length > 0;

/** The current question can take this response: right type, well formed, not settled. */
export function canAnswer(ctx: QuizContext, response: unknown): boolean {
	const q = ctx.questions[ctx.current];
	return !!q && !ctx.slots[ctx.current].locked && responseProblem(response, q.type) === null;
}

export const answer = (ctx: QuizContext, response: Response | null) =>
	withSlot(ctx, ctx.current, { response: isAnswered(response) ? response : null, checked: false });

export const canSetCertainty = (ctx: QuizContext) =>
	ctx.settings.certainty && hasQuestions(ctx) && !ctx.slots[ctx.current].locked;

export const setCertainty = (ctx: QuizContext, level: Certainty | null) =>
	withSlot(ctx, ctx.current, { certainty: level });

export const toggleFlag = (ctx: QuizContext) =>
	withSlot(ctx, ctx.current, { flagged: !ctx.slots[ctx.current].flagged });

export const canGoTo = (ctx: QuizContext, index: number) =>
	Number.isInteger(index) && index >= 0 && index < ctx.questions.length && index !== ctx.current;

export const goTo = (ctx: QuizContext, index: number): Pick<QuizContext, 'current'> => ({ current: index });

/** Practice only: an answer that has not been checked as it stands, on a question not settled. */
export function canCheck(ctx: QuizContext): boolean {
	const slot = ctx.slots[ctx.current];
	return ctx.settings.mode === 'practice' && !!slot && !slot.locked && !slot.checked && isAnswered(slot.response);
}

/** A check settles the question when it is right or when no retries are left. */
export function check(ctx: QuizContext) {
	const slot = ctx.slots[ctx.current];
	const tries = slot.tries + 1;
	const right = scoreQuestion(ctx.questions[ctx.current], slot.response).correct;
	return withSlot(ctx, ctx.current, { tries, checked: true, locked: right || tries > ctx.settings.retries });
}

export const unansweredIndexes = (ctx: QuizContext): number[] =>
	ctx.slots.flatMap((s, i) => (isAnswered(s.response) ? [] : [i]));

/** Null when there is no limit (none set, or turned off by the learner). */
export function remainingMs(ctx: QuizContext): number | null {
	if (ctx.settings.timeLimitSeconds === null || ctx.unlimited) return null;
	return Math.max(0, ctx.settings.timeLimitSeconds * 1000 + ctx.extraMs - ctx.elapsedMs);
}

export const timeUp = (ctx: QuizContext) => remainingMs(ctx) === 0;

/**
 * When the page warns that time is nearly up: in the last tenth of the limit, but never less than
 * 20 seconds before the end (WCAG 2.2.1 gives a learner at least 20 seconds to ask for more) and
 * never more than two minutes.
 */
export function warningMs(ctx: QuizContext): number {
	const limit = (ctx.settings.timeLimitSeconds ?? 0) * 1000;
	return Math.max(20_000, Math.min(120_000, limit / 10));
}

// A tick longer than this is a clock jump (a laptop waking from sleep), not time spent answering.
const MAX_TICK_MS = 60_000;

/** Time passes; under a limit it stops at the limit, so the time taken never exceeds it. */
export function tick(ctx: QuizContext, ms: number): Pick<QuizContext, 'elapsedMs'> {
	const step = Number.isFinite(ms) ? Math.min(MAX_TICK_MS, Math.max(0, ms)) : 0;
	const remaining = remainingMs(ctx);
	return { elapsedMs: ctx.elapsedMs + (remaining === null ? step : Math.min(step, remaining)) };
}

/** This tick takes the last of the time. */
export const tickRunsOut = (ctx: QuizContext, ms: number) => timeUp({ ...ctx, ...tick(ctx, ms) });

export const canExtend = (ctx: QuizContext) => remainingMs(ctx) !== null;

/** More time for this learner; without an amount, half the original limit and at least a minute. */
export function extend(ctx: QuizContext, seconds?: number): Pick<QuizContext, 'extraMs'> {
	const fallback = Math.max(60, Math.round((ctx.settings.timeLimitSeconds ?? 0) / 2));
	const s = seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 86_400) : fallback;
	return { extraMs: ctx.extraMs + s * 1000 };
}

export const finish = (by: 'learner' | 'time'): Partial<QuizContext> => ({ finishedBy: by, current: 0 });

/**
 * A new attempt on the questions not answered fully right, same mode and settings, with a seed of
 * its own so the order and options are shuffled afresh.
 */
export function retryContext(ctx: QuizContext): QuizContext {
	const missed = new Set(missedIds(ctx));
	const seed = `${ctx.seed.replace(/-r\d+$/, '')}-r${ctx.attempt + 1}`;
	const kept = ctx.questions.filter((q) => missed.has(q.id));
	const questions = ctx.settings.shuffleQuestions ? shuffle(kept, createRandom(`${seed}/order`)) : kept;
	const settings: QuizSettings = {
		...ctx.settings,
		ids: questions.map((q) => q.id),
		count: null,
		topics: [],
		types: [],
		difficulty: [],
		tags: []
	};
	return {
		...contextFor({ id: ctx.packId, questions: [] }, questions, settings, seed),
		packHash: ctx.packHash,
		attempt: ctx.attempt + 1,
		// The time this learner was granted holds for every attempt.
		extraMs: ctx.extraMs,
		unlimited: ctx.unlimited
	};
}

export const canRetry = (ctx: QuizContext) => missedIds(ctx).length > 0;
