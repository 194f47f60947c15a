// The first view of a new attempt, made without the machine: the same selection, presentation and
// buttons the machine makes, so a page can show the first question, and take a first answer or
// press, before the machine has started. preview.test.ts holds it equal to viewOf() of a fresh
// machine.
import type { Pack } from '../content/types';
import type { Notice } from './attempt';
import { presentQuestion } from './present';
import { isAnswered, type Response } from './responses';
import { selectQuestions } from './selection';
import type { QuizSettings } from './settings';
import type { QuizView } from './view';

export function previewView(pack: Pack, settings: QuizSettings, seed: string, notices: Notice[] = []): QuizView {
	const selection = selectQuestions(pack.questions, settings, seed);
	const questions = selection.questions;
	const n = questions.length;
	const practice = settings.mode === 'practice';
	const limitMs = settings.timeLimitSeconds === null ? null : settings.timeLimitSeconds * 1000;
	return {
		phase: 'answering',
		mode: settings.mode,
		settings,
		packId: pack.id,
		seed,
		attempt: 1,
		count: n,
		index: 0,
		question: n
			? {
					index: 0,
					question: presentQuestion(questions[0], seed, settings.shuffleOptions),
					response: null,
					answered: false,
					flagged: false,
					certainty: null,
					locked: false,
					triesLeft: practice ? settings.retries + 1 : null,
					lastCheck: null,
					reveal: null
				}
			: null,
		overview: questions.map((_, index) => ({ index, answered: false, flagged: false, status: null })),
		answeredCount: 0,
		flaggedCount: 0,
		unanswered: questions.map((_, i) => i),
		time: { limitMs, remainingMs: limitMs, elapsedMs: 0, warning: false },
		finishedBy: null,
		results: null,
		review: null,
		notices: [
			...notices,
			...selection.problems.map((message) => ({ kind: 'selection' as const, questionId: null, message }))
		],
		can: freshCan(settings, n, false)
	};
}

/** What a fresh attempt's machine lets the learner do on its first question. */
const freshCan = (settings: QuizSettings, count: number, answered: boolean): QuizView['can'] => ({
	check: settings.mode === 'practice' && count > 0 && answered,
	prev: false,
	next: count > 1,
	flag: count > 0,
	submit: true,
	retry: false,
	extend: settings.timeLimitSeconds !== null
});

/**
 * The view as a page shows it before its scripts run: answering works (the controls are a form),
 * and every button waits for the scripts.
 */
export const beforeScripts = (view: QuizView): QuizView => ({
	...view,
	can: { check: false, prev: false, next: false, flag: false, submit: false, retry: false, extend: false }
});

/** The preview with the learner's first answer in it, until the machine takes over. */
export function previewAnswer(view: QuizView, response: Response): QuizView {
	if (!view.question) return view;
	const answered = isAnswered(response);
	const others = view.unanswered.filter((i) => i !== 0);
	return {
		...view,
		question: { ...view.question, response: answered ? response : null, answered },
		answeredCount: answered ? 1 : 0,
		unanswered: answered ? others : [0, ...others],
		overview: view.overview.map((e) => (e.index === 0 ? { ...e, answered } : e)),
		can: freshCan(view.settings, view.count, answered)
	};
}
