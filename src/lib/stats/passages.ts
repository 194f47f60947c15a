// Which passages lie behind the marks a class lost. Every question cites the passages that support its
// answer, so a passage's questions going badly says the class misread it, or that it is hard to read.
import type { Question } from '../content/types';
import { checkAttempts, checkQuestions, checkWhich, Problems, questionIds, selectAttempts } from './input';
import type { Outcome, StatsAttempt, WhichAttempts } from './types';

export interface CitingQuestion {
	id: string;
	maxMark: number;
	/** Ids of the passages the question cites. */
	passages: string[];
}

export interface PassageResult {
	passageId: string;
	/** The questions citing the passage, in the order given. */
	questionIds: string[];
	/** Answers counted: one for each attempt given a question that cites the passage. */
	answerCount: number;
	marksAvailable: number;
	marksEarned: number;
	marksLost: number;
	/** marksEarned over marksAvailable; null when nothing was available. */
	shareRight: number | null;
	/** marksLost over marksAvailable; null when nothing was available. */
	shareLost: number | null;
	/**
	 * This passage's part of all the marks lost in the session; null when none were lost. A question citing
	 * two passages counts fully against each (both were needed to answer), so these can add up past 1.
	 */
	shareOfAllLost: number | null;
}

export interface PassageReport {
	/** Most marks lost first. */
	passages: PassageResult[];
	/** Questions citing no passage, whose lost marks belong to none. */
	uncitedQuestionIds: string[];
	/** Marks lost over the whole session, each question counted once. */
	marksLost: number;
	attemptCount: number;
	skippedAttemptCount: number;
}

/** A pack's questions with their cited passages; the maximum mark defaults to 1 a question. */
export function citingQuestions(questions: Question[], maxMark: (q: Question) => number = () => 1): CitingQuestion[] {
	return questions.map((q) => ({ id: q.id, maxMark: maxMark(q), passages: q.sources.map((s) => s.passage) }));
}

function checkInput(questions: unknown, attempts: unknown, which: unknown): Problems {
	const problems = new Problems();
	const maxMarks = checkQuestions(questions, problems);
	if (Array.isArray(questions)) {
		questions.forEach((q: unknown, i) => {
			const passages = (q as Record<string, unknown> | null)?.passages;
			if (!Array.isArray(passages)) {
				problems.add(
					`questions[${i}].passages`,
					'expected a list of the passage ids the question cites (empty for none)'
				);
				return;
			}
			passages.forEach((p: unknown, j) => {
				if (typeof p !== 'string' || p.trim() === '') {
					problems.add(`questions[${i}].passages[${j}]`, `a passage id is non-empty text, not ${JSON.stringify(p)}`);
				}
			});
		});
	}
	checkAttempts(attempts, maxMarks, questionIds(questions), problems);
	checkWhich(which, problems, 'options.which');
	return problems;
}

interface Tally {
	questionIds: string[];
	answerCount: number;
	available: number;
	earned: number;
}

export function passageResults(
	questions: CitingQuestion[],
	attempts: StatsAttempt[],
	options: { which?: WhichAttempts } = {}
): Outcome<PassageReport> {
	const problems = checkInput(questions, attempts, options.which).done();
	if (problems.length > 0) return { ok: false, problems };

	const { kept, skipped } = selectAttempts(attempts, options.which ?? 'all');
	const tallies = new Map<string, Tally>();
	let lostInAll = 0;
	for (const q of questions) {
		let answerCount = 0;
		let earned = 0;
		for (const a of kept) {
			if (!Object.hasOwn(a.marks, q.id)) continue;
			answerCount++;
			earned += a.marks[q.id] ?? 0;
		}
		const available = answerCount * q.maxMark;
		lostInAll += available - earned;
		// A question quoting one passage twice still rests on it once.
		for (const passageId of new Set(q.passages)) {
			const t = tallies.get(passageId) ?? { questionIds: [], answerCount: 0, available: 0, earned: 0 };
			t.questionIds.push(q.id);
			t.answerCount += answerCount;
			t.available += available;
			t.earned += earned;
			tallies.set(passageId, t);
		}
	}

	const passages: PassageResult[] = [...tallies].map(([passageId, t]) => {
		const lost = t.available - t.earned;
		return {
			passageId,
			questionIds: t.questionIds,
			answerCount: t.answerCount,
			marksAvailable: t.available,
			marksEarned: t.earned,
			marksLost: lost,
			shareRight: t.available > 0 ? t.earned / t.available : null,
			shareLost: t.available > 0 ? lost / t.available : null,
			shareOfAllLost: lostInAll > 0 ? lost / lostInAll : null
		};
	});
	passages.sort(
		(a, b) =>
			b.marksLost - a.marksLost ||
			(b.shareLost ?? -Infinity) - (a.shareLost ?? -Infinity) ||
			a.passageId.localeCompare(b.passageId)
	);
	return {
		ok: true,
		value: {
			passages,
			uncitedQuestionIds: questions.filter((q) => q.passages.length === 0).map((q) => q.id),
			marksLost: lostInAll,
			attemptCount: kept.length,
			skippedAttemptCount: skipped
		}
	};
}
