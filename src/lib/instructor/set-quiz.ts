// A saved set as a quiz: the engine takes a pack, settings and a seed, so a set becomes the pack's
// questions it can ask (its own questions added) and the engine's settings for its choices.
import { normaliseQuestion } from '../content/normalise';
import { parseQuestion } from '../content/load';
import type { SetFile, SetSettings } from '../content/schema';
import type { Pack, Question } from '../content/types';
import { matchesFilter } from '../quiz/selection';
import { DEFAULT_SETTINGS, type QuizSettings } from '../quiz/settings';

// The engine's own bounds (quiz/settings.ts): a set asking for more is given the most it allows.
const MAX_RETRIES = 10;
const MAX_TIME_SECONDS = 24 * 60 * 60;

/** The set's own questions, normalised; ones that do not parse are left out (the set was validated on save). */
export function ownQuestions(set: SetFile, pack: Pick<Pack, 'topics'>): Question[] {
	const fallback = set.topic ?? pack.topics[0]?.id ?? 'general';
	return set.newQuestions.flatMap((raw) => {
		const { question } = parseQuestion(raw);
		return question ? [normaliseQuestion(question, fallback)] : [];
	});
}

/**
 * Feedback after each answer is the engine's practice mode; feedback at the end (or never) is its
 * exam mode, which shows nothing until the attempt is submitted.
 */
export const engineMode = (s: SetSettings): QuizSettings['mode'] =>
	s.mode === 'practice' && s.feedback === 'immediate' ? 'practice' : 'exam';

export function quizSettingsForSet(set: SetFile, own: readonly Question[]): QuizSettings {
	const s = set.settings;
	const ids = [...set.questions, ...own.map((q) => q.id)].filter((id, i, all) => all.indexOf(id) === i);
	const seconds = s.timeLimitMinutes === null ? null : Math.round(s.timeLimitMinutes * 60);
	return {
		...DEFAULT_SETTINGS,
		mode: engineMode(s),
		topics: set.draw?.topics ?? [],
		types: set.draw?.types ?? [],
		difficulty: set.draw?.difficulty ?? [],
		tags: set.draw?.tags ?? [],
		ids,
		count: set.draw ? set.draw.count : null,
		shuffleQuestions: s.shuffleQuestions,
		shuffleOptions: s.shuffleOptions,
		retries: Math.min(s.retries, MAX_RETRIES),
		certainty: s.certainty,
		timeLimitSeconds: seconds === null ? null : Math.min(Math.max(1, seconds), MAX_TIME_SECONDS)
	};
}

/**
 * The pack a learner's browser gets for the set: its passages, and only the questions the set can
 * ask (the picked ones, the set's own and those a draw may take), not the whole bank.
 */
export function packForSet(base: Pack, set: SetFile): { pack: Pack; settings: QuizSettings } {
	const own = ownQuestions(set, base);
	const settings = quizSettingsForSet(set, own);
	const picked = new Set(settings.ids);
	const all = [...base.questions.filter((q) => !own.some((o) => o.id === q.id)), ...own];
	const questions = all.filter((q) => picked.has(q.id) || (set.draw && matchesFilter(q, settings)));
	return { pack: { ...base, questions }, settings };
}

/** "12 questions", "3 questions and 5 drawn at random", as a person would say it. */
export function describeSetSize(set: SetFile): string {
	const fixed = set.questions.length + set.newQuestions.length;
	const n = (k: number) => `${k} question${k === 1 ? '' : 's'}`;
	if (!set.draw) return n(fixed);
	return fixed ? `${n(fixed)} and ${set.draw.count} drawn at random` : `${n(set.draw.count)} drawn at random`;
}
