// The marks come from a session record, a file or a request body, so they are checked at run time, whatever
// their static type says: every problem is reported, with the path to it, before any figure is worked out.
import type { InputProblem, StatsAttempt, WhichAttempts } from './types';

/** A huge broken export would otherwise bury the first, usually telling, problems. */
const MAX_PROBLEMS = 100;

// Marks are often stored as fractions times the maximum, which can land a hair above it.
const MARK_TOLERANCE = 1e-9;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const describe = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'a list' : String(v));

export const keyPath = (base: string, key: string) =>
	/^[A-Za-z_][\w-]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;

export class Problems {
	readonly list: InputProblem[] = [];
	private dropped = 0;

	add(path: string, message: string) {
		if (this.list.length < MAX_PROBLEMS) this.list.push({ path, message });
		else this.dropped++;
	}

	done(): InputProblem[] {
		if (this.dropped === 0) return this.list;
		return [...this.list, { path: '', message: `and ${this.dropped} more problems like these` }];
	}
}

function checkId(v: unknown, path: string, what: string, problems: Problems): v is string {
	if (typeof v === 'string' && v.trim() !== '') return true;
	problems.add(path, `${what} needs an id (non-empty text), not ${describe(v)}`);
	return false;
}

/** Checks the questions and returns their maximum marks by id (the valid ones). */
export function checkQuestions(questions: unknown, problems: Problems, path = 'questions'): Map<string, number> {
	const maxMarks = new Map<string, number>();
	if (!Array.isArray(questions)) {
		problems.add(path, `expected a list of questions ({ id, maxMark }), not ${describe(questions)}`);
		return maxMarks;
	}
	const firstAt = new Map<string, number>();
	questions.forEach((q: unknown, i) => {
		const at = `${path}[${i}]`;
		if (!isRecord(q)) {
			problems.add(at, `expected a question ({ id, maxMark }), not ${describe(q)}`);
			return;
		}
		const idOk = checkId(q.id, `${at}.id`, 'a question', problems);
		if (idOk && firstAt.has(q.id as string)) {
			problems.add(
				`${at}.id`,
				`question id "${q.id}" is used twice (first at ${path}[${firstAt.get(q.id as string)}])`
			);
			return;
		}
		if (idOk) firstAt.set(q.id as string, i);
		const markOk = isFiniteNumber(q.maxMark) && q.maxMark >= 0;
		if (!markOk)
			problems.add(`${at}.maxMark`, `maximum mark must be a number of at least 0, not ${describe(q.maxMark)}`);
		const guess = q.randomGuessScore;
		if (guess !== undefined && guess !== null && !(isFiniteNumber(guess) && guess >= 0 && guess <= 1)) {
			problems.add(
				`${at}.randomGuessScore`,
				`random guess score is a fraction of the maximum mark from 0 to 1 (or null), not ${describe(guess)}`
			);
		}
		if (idOk && markOk) maxMarks.set(q.id as string, q.maxMark as number);
	});
	return maxMarks;
}

/** Checks the attempts against the questions' maximum marks (questions that failed their own check are skipped). */
export function checkAttempts(
	attempts: unknown,
	maxMarks: ReadonlyMap<string, number>,
	knownIds: ReadonlySet<string>,
	problems: Problems,
	path = 'attempts'
): void {
	if (!Array.isArray(attempts)) {
		problems.add(path, `expected a list of attempts ({ id, marks }), not ${describe(attempts)}`);
		return;
	}
	const ids = new Map<string, number>();
	const numbers = new Map<string, number>();
	attempts.forEach((a: unknown, i) => {
		const at = `${path}[${i}]`;
		if (!isRecord(a)) {
			problems.add(at, `expected an attempt ({ id, marks }), not ${describe(a)}`);
			return;
		}
		const name = typeof a.id === 'string' ? `attempt "${a.id}"` : `attempt ${i + 1}`;
		if (checkId(a.id, `${at}.id`, 'an attempt', problems)) {
			const first = ids.get(a.id);
			if (first !== undefined)
				problems.add(`${at}.id`, `attempt id "${a.id}" is used twice (first at ${path}[${first}])`);
			else ids.set(a.id, i);
		}
		if (a.learner !== undefined) checkId(a.learner, `${at}.learner`, `the learner of ${name}`, problems);
		if (a.number !== undefined) {
			if (!(Number.isInteger(a.number) && (a.number as number) >= 1)) {
				problems.add(`${at}.number`, `attempt number must be a whole number from 1, not ${describe(a.number)}`);
			} else if (typeof a.learner === 'string') {
				const key = JSON.stringify([a.learner, a.number]);
				const first = numbers.get(key);
				if (first !== undefined) {
					problems.add(
						`${at}.number`,
						`learner "${a.learner}" has two attempts numbered ${a.number} (the other at ${path}[${first}])`
					);
				} else numbers.set(key, i);
			}
		}
		if (!isRecord(a.marks)) {
			problems.add(`${at}.marks`, `${name} needs marks ({ questionId: mark }), not ${describe(a.marks)}`);
			return;
		}
		for (const [qid, mark] of Object.entries(a.marks)) {
			const markPath = keyPath(`${at}.marks`, qid);
			if (!knownIds.has(qid)) {
				problems.add(markPath, `${name} has a mark for question "${qid}", which is not one of the set's questions`);
				continue;
			}
			if (mark === null) continue;
			if (!isFiniteNumber(mark)) {
				problems.add(
					markPath,
					`${name}: the mark for "${qid}" must be a number, or null if unanswered, not ${describe(mark)}`
				);
				continue;
			}
			const max = maxMarks.get(qid);
			if (max !== undefined && mark > max + MARK_TOLERANCE * Math.max(1, max)) {
				problems.add(markPath, `${name} scored ${mark} on "${qid}", more than its maximum mark of ${max}`);
			}
		}
	});
}

export function questionIds(questions: unknown): Set<string> {
	const ids = new Set<string>();
	if (Array.isArray(questions)) {
		for (const q of questions) if (isRecord(q) && typeof q.id === 'string') ids.add(q.id);
	}
	return ids;
}

export function checkWhich(which: unknown, problems: Problems, path = 'which'): void {
	if (which !== undefined && which !== 'all' && which !== 'first') {
		problems.add(path, `which attempts count is "all" or "first", not ${describe(which)}`);
	}
}

/** Keeps the attempts that count; a learner's first is the lowest number, or the earliest listed. */
export function selectAttempts(
	attempts: readonly StatsAttempt[],
	which: WhichAttempts
): { kept: StatsAttempt[]; skipped: number } {
	if (which === 'all') return { kept: [...attempts], skipped: 0 };
	const firstOf = new Map<string, number>();
	attempts.forEach((a, i) => {
		// An attempt with no learner stands for a learner of its own.
		const who = a.learner === undefined ? `\u0000${i}` : a.learner;
		const best = firstOf.get(who);
		const rank = (j: number) => attempts[j].number ?? Number.POSITIVE_INFINITY;
		if (best === undefined || rank(i) < rank(best)) firstOf.set(who, i);
	});
	const keep = new Set(firstOf.values());
	const kept = attempts.filter((_, i) => keep.has(i));
	return { kept, skipped: attempts.length - kept.length };
}
