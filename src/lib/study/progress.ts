// Figures for the progress page, as pure functions of the history (pass one pack's records).
//
// Mastery of a group of questions (a topic, or the questions citing a passage) at a moment is the
// mean, over the group's questions answered by then, of the fraction right in each question's
// latest answer. It answers "if each question you have met came up again now, and you answered as
// you did last time, what share would you get right?": an old mistake stops counting once put right,
// and a question answered ten times weighs no more than one answered once.
import { addDays, startOfStudyDay, studyDay, studyWeek } from './days';
import { byAnswerTime } from './schedule';
import type { AnswerRecord, CardRecord } from './types';

export type Grouping = 'topic' | 'passage';
export type Period = 'day' | 'week';

export interface MasteryPoint {
	/** The period's first day, YYYY-MM-DD (a Monday for weeks). */
	period: string;
	/** Mastery at the end of the period, 0 to 1. */
	mastery: number;
	/** Questions of the group answered by the end of the period. */
	questions: number;
	/** Answers in the group during the period. */
	answers: number;
}

export interface MasterySeries {
	/** A topic id or a passage id. */
	group: string;
	/** One point per period in which the group was answered, oldest first. */
	points: MasteryPoint[];
}

export interface GroupMastery {
	group: string;
	mastery: number;
	questions: number;
	answers: number;
}

function groupsOf(a: AnswerRecord, by: Grouping): string[] {
	return by === 'topic' ? [a.topic] : [...new Set(a.passages)];
}

export function masteryOverTime(
	answers: readonly AnswerRecord[],
	options: { by: Grouping; period?: Period; dayStartsAt?: number }
): MasterySeries[] {
	const dayStartsAt = options.dayStartsAt ?? 4;
	const toPeriod = options.period === 'week' ? studyWeek : studyDay;
	// Local dates are slow to work out, and every zone's offset is a multiple of 15 minutes, so the
	// period is the same for all answers in one quarter-hour.
	const periods = new Map<number, string>();
	const periodOf = (iso: string) => {
		const quarter = Math.floor(Date.parse(iso) / 900_000);
		let p = periods.get(quarter);
		if (p === undefined) periods.set(quarter, (p = toPeriod(new Date(quarter * 900_000), dayStartsAt)));
		return p;
	};
	// Per group: each question's latest fraction, and their running sum.
	const latest = new Map<string, { last: Map<string, number>; sum: number }>();
	const series = new Map<string, MasteryPoint[]>();
	for (const a of [...answers].sort(byAnswerTime)) {
		const period = periodOf(a.answeredAt);
		for (const g of groupsOf(a, options.by)) {
			let group = latest.get(g);
			if (!group) latest.set(g, (group = { last: new Map(), sum: 0 }));
			group.sum += a.fraction - (group.last.get(a.questionId) ?? 0);
			group.last.set(a.questionId, a.fraction);
			let points = series.get(g);
			if (!points) series.set(g, (points = []));
			let point = points.at(-1);
			if (point?.period !== period) points.push((point = { period, mastery: 0, questions: 0, answers: 0 }));
			point.answers++;
			point.questions = group.last.size;
			point.mastery = group.sum / group.last.size;
		}
	}
	return [...series].map(([group, points]) => ({ group, points })).sort((a, b) => a.group.localeCompare(b.group));
}

/** Mastery now (after every answer given), per topic or per passage. */
export function masteryNow(answers: readonly AnswerRecord[], by: Grouping): GroupMastery[] {
	return masteryOverTime(answers, { by }).map(({ group, points }) => ({
		group,
		mastery: points.at(-1)?.mastery ?? 0,
		questions: points.at(-1)?.questions ?? 0,
		answers: points.reduce((n, p) => n + p.answers, 0)
	}));
}

/** The passages with the lowest mastery among those with at least `minAnswers` answers. */
export function weakestPassages(
	answers: readonly AnswerRecord[],
	options: { minAnswers?: number; limit?: number } = {}
): GroupMastery[] {
	const { minAnswers = 3, limit = 5 } = options;
	return masteryNow(answers, 'passage')
		.filter((p) => p.answers >= minAnswers)
		.sort((a, b) => a.mastery - b.mastery || b.answers - a.answers || a.group.localeCompare(b.group))
		.slice(0, limit);
}

export interface MissedQuestion {
	questionId: string;
	topic: string;
	/** Answers not fully right (fraction below 1). */
	misses: number;
	answers: number;
	missRate: number;
	lastMissedAt: string;
}

/** The questions most often not answered fully right, most misses first. */
export function mostMissed(answers: readonly AnswerRecord[], options: { limit?: number } = {}): MissedQuestion[] {
	const rows = new Map<string, MissedQuestion>();
	for (const a of [...answers].sort(byAnswerTime)) {
		let row = rows.get(a.questionId);
		if (!row) {
			row = { questionId: a.questionId, topic: a.topic, misses: 0, answers: 0, missRate: 0, lastMissedAt: '' };
			rows.set(a.questionId, row);
		}
		row.answers++;
		row.topic = a.topic;
		if (a.fraction < 1) {
			row.misses++;
			row.lastMissedAt = a.answeredAt;
		}
		row.missRate = row.misses / row.answers;
	}
	return [...rows.values()]
		.filter((r) => r.misses > 0)
		.sort(
			(a, b) =>
				b.misses - a.misses ||
				b.missRate - a.missRate ||
				b.lastMissedAt.localeCompare(a.lastMissedAt) ||
				a.questionId.localeCompare(b.questionId)
		)
		.slice(0, options.limit ?? 10);
}

export interface DueDay {
	/** YYYY-MM-DD */
	day: string;
	count: number;
}

/**
 * How many cards are due today (overdue ones included) and on each of the next `days` days. Pass the
 * cards of the pack's current questions, after their versions are checked, so a changed question
 * counts as due today.
 */
export function dueForecast(
	cards: readonly CardRecord[],
	now: Date,
	options: { days?: number; dayStartsAt?: number } = {}
): DueDay[] {
	const { days = 7, dayStartsAt = 4 } = options;
	const today = startOfStudyDay(now, dayStartsAt);
	const starts = Array.from({ length: days + 2 }, (_, i) => addDays(today, i));
	const counts = new Array<number>(days + 1).fill(0);
	for (const c of cards) {
		const due = new Date(c.fsrs.due);
		const i = due < starts[1] ? 0 : starts.findIndex((s, k) => k > 0 && due < s) - 1;
		if (i >= 0) counts[i]++;
	}
	return counts.map((count, i) => ({ day: studyDay(starts[i], dayStartsAt), count }));
}
