// Which questions a quiz asks, and in what order. Pure and seeded: the same pack, settings and seed
// give the same questions in the same order anywhere.
import type { Question, QuestionType } from '../content/types';
import { createRandom, shuffle, type Random } from './random';
import type { Difficulty, QuizSettings } from './settings';

export interface QuestionFilter {
	topics?: readonly string[];
	types?: readonly QuestionType[];
	difficulty?: readonly Difficulty[];
	tags?: readonly string[];
}

/** A pool: the questions a filter lets through, of which `count` are drawn (all when null). */
export interface Pool {
	filter: QuestionFilter;
	count: number | null;
}

export interface Selection {
	questions: Question[];
	/** What could not be done as asked (an unknown id, a pool smaller than its count). */
	problems: string[];
}

const passes = (values: readonly unknown[] | undefined, v: unknown) => !values?.length || values.includes(v);

export function matchesFilter(q: Question, f: QuestionFilter): boolean {
	return (
		passes(f.topics, q.topic) &&
		passes(f.types, q.type) &&
		passes(f.difficulty, q.difficulty) &&
		(!f.tags?.length || q.tags.some((t) => f.tags?.includes(t)))
	);
}

/**
 * Draws from each pool in turn; a question drawn once is not drawn again by a later pool. Drawn
 * questions keep the pack's order, which the caller may shuffle.
 */
export function drawFromPools(
	questions: readonly Question[],
	pools: readonly Pool[],
	random: Random,
	taken: Set<string> = new Set()
): Selection {
	const problems: string[] = [];
	const out: Question[] = [];
	pools.forEach((pool, i) => {
		const candidates = questions.filter((q) => !taken.has(q.id) && matchesFilter(q, pool.filter));
		const want = pool.count ?? candidates.length;
		if (want > candidates.length) {
			problems.push(
				`${pools.length > 1 ? `pool ${i + 1}: ` : ''}asked for ${want} questions but only ${candidates.length} match; all ${candidates.length} are used`
			);
		}
		const drawn = new Set(shuffle(candidates, random).slice(0, want));
		for (const q of candidates) {
			if (!drawn.has(q)) continue;
			out.push(q);
			taken.add(q.id);
		}
	});
	return { questions: out, problems };
}

/** The questions a quiz with these settings and this seed asks, in the order it asks them. */
export function selectQuestions(questions: readonly Question[], settings: QuizSettings, seed: string): Selection {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const problems: string[] = [];
	const fixed: Question[] = [];
	const taken = new Set<string>();
	for (const id of settings.ids) {
		const q = byId.get(id);
		if (!q) problems.push(`question "${id}" is not in this pack; it is left out`);
		else if (!taken.has(id)) {
			fixed.push(q);
			taken.add(id);
		}
	}
	const count = settings.count ?? (settings.ids.length ? 0 : null);
	const filter: QuestionFilter = settings;
	const drawn =
		count === 0
			? { questions: [], problems: [] }
			: drawFromPools(questions, [{ filter, count }], createRandom(`${seed}/draw`), taken);
	problems.push(...drawn.problems);
	const chosen = [...fixed, ...drawn.questions];
	if (chosen.length === 0) problems.push(describeEmpty(settings));
	return {
		questions: settings.shuffleQuestions ? shuffle(chosen, createRandom(`${seed}/order`)) : chosen,
		problems
	};
}

function describeEmpty(s: QuizSettings): string {
	const parts = [
		s.topics.length && `topics ${s.topics.join(', ')}`,
		s.types.length && `types ${s.types.join(', ')}`,
		s.difficulty.length && `difficulty ${s.difficulty.join(', ')}`,
		s.tags.length && `tags ${s.tags.join(', ')}`
	].filter(Boolean);
	if (parts.length) return `no question matches ${parts.join('; ')}; widen the choice`;
	return s.ids.length ? 'none of the questions asked for is in this pack' : 'this pack has no questions to ask';
}
