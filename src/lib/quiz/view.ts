// The one function a page calls: a snapshot in, what the page may show now out. In an exam before it
// is submitted the view holds no key, no correctness and no feedback, whatever the machine knows;
// a classroom server sends exactly this to a student's browser.
import {
	canCheck,
	canExtend,
	canRetry,
	remainingMs,
	unansweredIndexes,
	warningMs,
	type Notice,
	type Phase,
	type QuizContext
} from './attempt';
import type { Certainty } from './certainty';
import type { PublicQuestion } from './present';
import { isAnswered, type Response } from './responses';
import { questionResult, summarise, type QuestionResult, type ResultsSummary, type Status } from './results';
import { explanationOf, keyOf, type Explanation, type Key } from './reveal';
import { phaseOf } from './saved';
import { scoreQuestion } from './scoring';
import type { QuizMode, QuizSettings } from './settings';

export type Reveal = Key & Explanation & { result: QuestionResult };

export interface LastCheck {
	correct: boolean;
	points: number;
	max: number;
	feedback: string[];
	notes: string[];
}

export interface QuestionView {
	index: number;
	question: PublicQuestion;
	response: Response | null;
	answered: boolean;
	flagged: boolean;
	certainty: Certainty | null;
	/** Settled: the answer can no longer change. */
	locked: boolean;
	/** Practice: checks left before the key is shown; null in an exam. */
	triesLeft: number | null;
	/** Practice, after a wrong check with tries left: how that answer did, without the key. */
	lastCheck: LastCheck | null;
	/** Once settled (practice) or submitted: result, key, explanation, citations. */
	reveal: Reveal | null;
}

export interface OverviewEntry {
	index: number;
	answered: boolean;
	flagged: boolean;
	/** Only once the question's result may be shown. */
	status: Status | null;
}

export interface TimeView {
	/** The limit including any extension; null when there is none. */
	limitMs: number | null;
	remainingMs: number | null;
	elapsedMs: number;
	/** Time is nearly up: offer more time (WCAG 2.2.1). */
	warning: boolean;
}

export interface QuizView {
	phase: Phase;
	mode: QuizMode;
	settings: QuizSettings;
	packId: string;
	seed: string;
	attempt: number;
	count: number;
	index: number;
	/** Null only when no question matched the settings (see `notices`). */
	question: QuestionView | null;
	overview: OverviewEntry[];
	answeredCount: number;
	flaggedCount: number;
	/** Indexes of the questions not answered; while confirming a submit, the ones to warn about. */
	unanswered: number[];
	time: TimeView;
	finishedBy: 'learner' | 'time' | null;
	/** After the end. */
	results: ResultsSummary | null;
	/** After the end: every question with the response, the key, the feedback and the citations. */
	review: QuestionView[] | null;
	notices: Notice[];
	can: {
		check: boolean;
		prev: boolean;
		next: boolean;
		/** Flag or unflag the current question. */
		flag: boolean;
		submit: boolean;
		retry: boolean;
		extend: boolean;
	};
}

function questionView(ctx: QuizContext, index: number, phase: Phase): QuestionView {
	const q = ctx.questions[index];
	const slot = ctx.slots[index];
	const practice = ctx.settings.mode === 'practice';
	const revealed = phase === 'review' || (practice && slot.locked);
	let lastCheck: LastCheck | null = null;
	if (practice && !revealed && slot.checked) {
		const s = scoreQuestion(q, slot.response);
		lastCheck = { correct: s.correct, points: s.points, max: s.max, feedback: s.feedback, notes: s.notes };
	}
	return {
		index,
		question: ctx.shown[index],
		response: slot.response,
		answered: isAnswered(slot.response),
		flagged: slot.flagged,
		certainty: slot.certainty,
		locked: phase === 'review' || slot.locked,
		triesLeft: practice ? Math.max(0, ctx.settings.retries + 1 - slot.tries) : null,
		lastCheck,
		reveal: revealed ? { ...keyOf(q), ...explanationOf(q), result: questionResult(q, slot, ctx.settings) } : null
	};
}

export function viewOf(snapshot: { value: unknown; context: QuizContext }): QuizView {
	const ctx = snapshot.context;
	const phase = phaseOf(snapshot.value);
	const n = ctx.questions.length;
	const review = phase === 'review';
	const results = review ? summarise(ctx) : null;
	const overview = ctx.slots.map((slot, index) => ({
		index,
		answered: isAnswered(slot.response),
		flagged: slot.flagged,
		status:
			results?.questions[index].status ??
			(ctx.settings.mode === 'practice' && slot.locked
				? questionResult(ctx.questions[index], slot, ctx.settings).status
				: null)
	}));
	const remaining = remainingMs(ctx);
	const unanswered = unansweredIndexes(ctx);
	return {
		phase,
		mode: ctx.settings.mode,
		settings: ctx.settings,
		packId: ctx.packId,
		seed: ctx.seed,
		attempt: ctx.attempt,
		count: n,
		index: ctx.current,
		question: n ? questionView(ctx, ctx.current, phase) : null,
		overview,
		answeredCount: n - unanswered.length,
		flaggedCount: ctx.slots.filter((s) => s.flagged).length,
		unanswered,
		time: {
			limitMs: remaining === null ? null : (ctx.settings.timeLimitSeconds ?? 0) * 1000 + ctx.extraMs,
			remainingMs: remaining,
			elapsedMs: ctx.elapsedMs,
			warning: !review && remaining !== null && remaining <= warningMs(ctx)
		},
		finishedBy: ctx.finishedBy,
		results,
		review: review ? ctx.questions.map((_, i) => questionView(ctx, i, phase)) : null,
		notices: ctx.notices,
		can: {
			check: phase === 'answering' && n > 0 && canCheck(ctx),
			prev: ctx.current > 0,
			next: ctx.current < n - 1,
			flag: !review && n > 0,
			submit: phase === 'answering',
			retry: review && canRetry(ctx),
			extend: !review && canExtend(ctx)
		}
	};
}
