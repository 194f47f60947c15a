// After the session: item analysis as Moodle computes it (stats/), one attempt per student, with the
// marks the engine's scorers gave; the options each choice question drew; and the passages behind
// the marks the class lost.
import type { Passage, Question } from '../content/types';
import type { Response } from '../quiz/responses';
import type { Status } from '../quiz/results';
import {
	choiceOptions,
	distractorAnalysis,
	guessScore,
	itemAnalysis,
	type DistractorAnalysis,
	type Flag,
	type InputProblem,
	type ItemStats,
	type SetFlagCode,
	type SetStats,
	type StatsAttempt
} from '../stats';
import { passageStats } from './dashboard';
import type { PassageStats } from './types';

/** One question as a student was given it, scored by the engine. */
export interface GivenQuestion {
	questionId: string;
	response: Response | null;
	status: Status;
	points: number;
	max: number;
}

export interface StudentAttempt {
	id: string;
	name: string;
	removed: boolean;
	submitted: boolean;
	/** In the order the student was asked. */
	given: GivenQuestion[];
}

export interface ItemRow extends ItemStats {
	index: number;
	prompt: string;
	type: string;
	distractors: DistractorAnalysis | null;
}

export interface SessionReport {
	attemptCount: number;
	items: ItemRow[];
	set: SetStats | null;
	alpha: number | null;
	flags: Flag<SetFlagCode>[];
	passages: PassageStats[];
	/** Why the figures could not be worked out, when they could not. */
	problems: InputProblem[];
}

/** The attempts item analysis reads: a student's mark for each question given, null when left unanswered. */
export function statsAttempts(attempts: StudentAttempt[]): StatsAttempt[] {
	return attempts
		.filter((a) => !a.removed)
		.map((a) => ({
			id: a.id,
			marks: Object.fromEntries(a.given.map((g) => [g.questionId, g.status === 'unanswered' ? null : g.points]))
		}));
}

function chosen(r: Response | null): string[] | null {
	if (!r) return null;
	if (r.type === 'single-choice') return [r.optionId];
	if (r.type === 'multiple-response') return r.optionIds;
	if (r.type === 'true-false') return [String(r.value)];
	return null;
}

export function sessionReport(questions: Question[], passages: Passage[], attempts: StudentAttempt[]): SessionReport {
	const counted = statsAttempts(attempts);
	const givenIds = new Set(counted.flatMap((a) => Object.keys(a.marks)));
	const asked = questions.filter((q) => givenIds.has(q.id));
	const maxOf = new Map<string, number>();
	for (const a of attempts) for (const g of a.given) if (!maxOf.has(g.questionId)) maxOf.set(g.questionId, g.max);
	const outcome = itemAnalysis({
		questions: asked.map((q) => ({ id: q.id, maxMark: maxOf.get(q.id) ?? 1, randomGuessScore: guessScore(q) })),
		attempts: counted
	});
	const passageFigures = passageStats(asked, passages, counted);
	if (!outcome.ok) {
		return {
			attemptCount: counted.length,
			items: [],
			set: null,
			alpha: null,
			flags: [],
			passages: passageFigures,
			problems: outcome.problems
		};
	}
	const live = attempts.filter((a) => !a.removed);
	const items = outcome.value.items.map((item) => {
		const q = asked.find((x) => x.id === item.questionId) as Question;
		const options = choiceOptions(q);
		const responses = live.flatMap((a) =>
			a.given.filter((g) => g.questionId === q.id).map((g) => ({ attemptId: a.id, chosen: chosen(g.response) }))
		);
		const d = options ? distractorAnalysis(options, responses) : null;
		return {
			...item,
			index: questions.indexOf(q),
			prompt: q.prompt,
			type: q.type,
			distractors: d && d.ok ? d.value : null
		};
	});
	return {
		attemptCount: outcome.value.attemptCount,
		items,
		set: outcome.value.set,
		alpha: outcome.value.alpha,
		flags: outcome.value.flags,
		passages: passageFigures,
		problems: []
	};
}
