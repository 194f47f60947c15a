// The live dashboard from a session's rows: who joined and how far each has got, per question the
// share right and which answers drew whom, and per passage how the class is reading it. Computed
// from the stored responses, so every app instance serving a dashboard shows the same figures.
import type { Passage, Question } from '../content/types';
import { choiceOptions, distractorAnalysis, citingQuestions, passageResults, type ChoiceResponse } from '../stats';
import type { StatsAttempt } from '../stats';
import { describeResponse, groupKey } from './describe';
import type { ResponseRecord, StudentRecord } from './records';
import type { AnswerCount, Dashboard, PassageStats, QuestionStats, SessionInfo, StudentRow } from './types';

/** Typed answers are many: the dashboard lists the most given. */
const TOP_ANSWERS = 8;
const EXCERPT = 140;

function chosenOf(r: ResponseRecord): string[] | null {
	const x = r.response;
	if (!x) return null;
	if (x.type === 'single-choice') return [x.optionId];
	if (x.type === 'multiple-response') return x.optionIds;
	if (x.type === 'true-false') return [String(x.value)];
	return null;
}

/** A student's name by id; an id stands in for a student not (yet) listed. */
export type NameOf = (studentId: string) => string;

const byName = (names: string[]) => names.sort((a, b) => a.localeCompare(b));

function choiceDistribution(
	q: Question,
	answers: ResponseRecord[],
	nameOf: NameOf
): { rows: AnswerCount[]; flags: string[] } | null {
	const input = choiceOptions(q);
	if (!input) return null;
	const responses: ChoiceResponse[] = answers.map((r) => ({ attemptId: r.studentId, chosen: chosenOf(r) }));
	const outcome = distractorAnalysis(input, responses);
	if (!outcome.ok) return null;
	const who = new Map<string, string[]>();
	for (const r of responses) {
		for (const id of r.chosen ?? []) who.set(id, [...(who.get(id) ?? []), nameOf(r.attemptId)]);
	}
	return {
		rows: outcome.value.options.map((o) => ({
			value: o.optionId,
			label: o.text ?? o.optionId,
			correct: o.correct,
			count: o.count,
			who: byName(who.get(o.optionId) ?? [])
		})),
		flags: outcome.value.flags.map((f) => f.message)
	};
}

function typedDistribution(q: Question, answers: ResponseRecord[], nameOf: NameOf): AnswerCount[] {
	const groups = new Map<string, AnswerCount>();
	for (const r of answers) {
		const key = groupKey(q, r.response);
		const g = groups.get(key) ?? {
			value: key,
			label: describeResponse(q, r.response),
			correct: r.status === 'correct' ? true : r.status === 'wrong' ? false : null,
			count: 0,
			who: []
		};
		g.count++;
		g.who.push(nameOf(r.studentId));
		groups.set(key, g);
	}
	return [...groups.values()]
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
		.slice(0, TOP_ANSWERS)
		.map((g) => ({ ...g, who: byName(g.who) }));
}

export function questionStats(
	q: Question,
	index: number,
	answers: ResponseRecord[],
	nameOf: NameOf = (id) => id
): QuestionStats {
	const given = answers.filter((r) => r.status !== 'unanswered');
	const max = given.reduce((s, r) => s + r.max, 0);
	const points = given.reduce((s, r) => s + r.points, 0);
	const choice = choiceDistribution(q, given, nameOf);
	return {
		id: q.id,
		index,
		prompt: q.prompt,
		type: q.type,
		answered: given.length,
		shareRight: max > 0 ? points / max : null,
		right: given.filter((r) => r.status === 'correct').length,
		partial: given.filter((r) => r.status === 'partial').length,
		wrong: given.filter((r) => r.status === 'wrong').length,
		distribution: choice ? choice.rows : typedDistribution(q, given, nameOf),
		flags: choice ? choice.flags : []
	};
}

/** Marks so far: each student's answered questions, for the passage figures. */
function liveAttempts(students: StudentRecord[], byStudent: Map<string, ResponseRecord[]>): StatsAttempt[] {
	return students.flatMap((s) => {
		const answered = (byStudent.get(s.id) ?? []).filter((r) => r.status !== 'unanswered');
		if (s.removed || answered.length === 0) return [];
		return [{ id: s.id, marks: Object.fromEntries(answered.map((r) => [r.questionId, r.points])) }];
	});
}

export function passageStats(questions: Question[], passages: Passage[], attempts: StatsAttempt[]): PassageStats[] {
	const outcome = passageResults(citingQuestions(questions), attempts);
	if (!outcome.ok) return [];
	const byId = new Map(passages.map((p) => [p.id, p]));
	return outcome.value.passages
		.filter((p) => p.answerCount > 0)
		.map((p) => {
			const passage = byId.get(p.passageId);
			const text = passage?.text ?? '';
			return {
				id: p.passageId,
				section: passage?.section ?? null,
				excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text,
				questionIds: p.questionIds,
				answers: p.answerCount,
				shareRight: p.shareRight,
				shareLost: p.shareLost
			};
		});
}

export interface DashboardInput {
	session: SessionInfo;
	/** In the order the session asks them. */
	questions: Question[];
	passages: Passage[];
	students: StudentRecord[];
	responses: ResponseRecord[];
	now: string;
}

export function buildDashboard(input: DashboardInput): Dashboard {
	const active = new Set(input.students.filter((s) => !s.removed).map((s) => s.id));
	const responses = input.responses.filter((r) => active.has(r.studentId));
	const byStudent = new Map<string, ResponseRecord[]>();
	const byQuestion = new Map<string, ResponseRecord[]>();
	const add = (map: Map<string, ResponseRecord[]>, key: string, r: ResponseRecord) => {
		const list = map.get(key);
		if (list) list.push(r);
		else map.set(key, [r]);
	};
	for (const r of responses) {
		add(byStudent, r.studentId, r);
		add(byQuestion, r.questionId, r);
	}
	const names = new Map(input.students.map((s) => [s.id, s.name]));
	const nameOf: NameOf = (id) => names.get(id) ?? id;
	const students: StudentRow[] = input.students.map((s) => {
		const own = (byStudent.get(s.id) ?? []).filter((r) => r.status !== 'unanswered');
		return {
			id: s.id,
			name: s.name,
			joinedAt: s.joinedAt,
			removed: s.removed,
			submitted: s.submitted,
			current: s.current,
			answered: s.answered,
			questionCount: s.questionCount,
			points: Math.round(own.reduce((sum, r) => sum + r.points, 0) * 100) / 100,
			right: own.filter((r) => r.status === 'correct').length
		};
	});
	return {
		session: input.session,
		students,
		questions: input.questions.map((q, i) => questionStats(q, i, byQuestion.get(q.id) ?? [], nameOf)),
		passages: passageStats(input.questions, input.passages, liveAttempts(input.students, byStudent)),
		updatedAt: input.now
	};
}
