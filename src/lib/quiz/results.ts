// An attempt's results: each question's score after the practice penalty and certainty, and the
// summary a learner and a teacher read (by topic, by difficulty, by the passages behind what was
// missed). Pure, computed from the questions and the slots whenever asked.
import type { Question } from '../content/types';
import type { QuizContext, Slot } from './attempt';
import { certaintyPoints, type Certainty } from './certainty';
import { isAnswered } from './responses';
import { scoreQuestion, type ScoreResult } from './scoring';
import type { QuizSettings } from './settings';

/**
 * Practice with retries: each wrong check before the last costs a third of the question's points,
 * Moodle's default penalty in its interactive mode, so guessing through the options does not pay.
 */
export const TRY_PENALTY = 1 / 3;

export type Status = 'correct' | 'partial' | 'wrong' | 'unanswered';

export interface QuestionResult {
	questionId: string;
	version: string;
	topic: string;
	difficulty: 1 | 2 | 3;
	status: Status;
	score: ScoreResult;
	/** The score's points less any practice penalty. */
	points: number;
	max: number;
	certainty: Certainty | null;
	/** With certainty-based marking; null without. */
	certaintyPoints: number | null;
}

const round = (n: number, places = 6) => Math.round(n * 10 ** places) / 10 ** places;

export function questionResult(q: Question, slot: Slot, settings: QuizSettings): QuestionResult {
	const score = scoreQuestion(q, slot.response);
	const answered = isAnswered(slot.response);
	const penalty = Math.max(0, 1 - TRY_PENALTY * Math.max(0, slot.tries - 1));
	const points = round(score.points * penalty);
	const status: Status = !answered ? 'unanswered' : score.correct ? 'correct' : score.points > 0 ? 'partial' : 'wrong';
	return {
		questionId: q.id,
		version: q.version,
		topic: q.topic,
		difficulty: q.difficulty,
		status,
		score,
		points,
		max: score.max,
		certainty: settings.certainty ? (slot.certainty ?? (answered ? 1 : null)) : null,
		certaintyPoints: settings.certainty
			? round(certaintyPoints(points / score.max, slot.certainty, answered, score.max))
			: null
	};
}

export interface Breakdown {
	/** A topic id, a difficulty ("1", "2", "3") or a passage id. */
	key: string;
	points: number;
	max: number;
	percent: number;
	questions: number;
	/** Questions not fully right. */
	missed: string[];
}

export interface ResultsSummary {
	points: number;
	max: number;
	percent: number;
	counts: Record<Status, number>;
	byTopic: Breakdown[];
	byDifficulty: Breakdown[];
	/** Every cited passage, those behind the most missed questions first: what to reread. */
	byPassage: Breakdown[];
	/**
	 * Certainty-based marking, as Moodle reports it: points at certainty, and as a percentage of
	 * the maximum at low certainty (so 100% is all right at low certainty, 300% all right at high).
	 */
	certainty: { points: number; percent: number } | null;
	timeMs: number;
	questions: QuestionResult[];
}

const percentOf = (points: number, max: number) => (max > 0 ? Math.round((points / max) * 1000) / 10 : 0);

function breakdown(entries: [string, QuestionResult][]): Breakdown[] {
	const groups = new Map<string, Breakdown>();
	for (const [key, r] of entries) {
		const g = groups.get(key) ?? { key, points: 0, max: 0, percent: 0, questions: 0, missed: [] };
		g.points = round(g.points + r.points);
		g.max += r.max;
		g.questions++;
		if (r.status !== 'correct') g.missed.push(r.questionId);
		groups.set(key, g);
	}
	return [...groups.values()].map((g) => ({ ...g, percent: percentOf(g.points, g.max) }));
}

export function summarise(ctx: Pick<QuizContext, 'questions' | 'slots' | 'settings' | 'elapsedMs'>): ResultsSummary {
	const results = ctx.questions.map((q, i) => questionResult(q, ctx.slots[i], ctx.settings));
	const points = round(results.reduce((sum, r) => sum + r.points, 0));
	const max = results.reduce((sum, r) => sum + r.max, 0);
	const counts: Record<Status, number> = { correct: 0, partial: 0, wrong: 0, unanswered: 0 };
	for (const r of results) counts[r.status]++;
	const byPassage = breakdown(
		results.flatMap((r, i) =>
			[...new Set(ctx.questions[i].sources.map((s) => s.passage))].map((p) => [p, r] as [string, QuestionResult])
		)
	).sort((a, b) => b.missed.length - a.missed.length);
	const cbm = ctx.settings.certainty ? round(results.reduce((sum, r) => sum + (r.certaintyPoints ?? 0), 0)) : null;
	return {
		points,
		max,
		percent: percentOf(points, max),
		counts,
		byTopic: breakdown(results.map((r) => [r.topic, r])),
		byDifficulty: breakdown(results.map((r) => [String(r.difficulty), r])).sort((a, b) => a.key.localeCompare(b.key)),
		byPassage,
		certainty: cbm === null ? null : { points: cbm, percent: percentOf(cbm, max) },
		timeMs: ctx.elapsedMs,
		questions: results
	};
}

/** The questions of an attempt not answered fully right, in the order asked. */
export const missedIds = (ctx: Pick<QuizContext, 'questions' | 'slots' | 'settings'>): string[] =>
	ctx.questions.filter((q, i) => !scoreQuestion(q, ctx.slots[i].response).correct).map((q) => q.id);
