// Item analysis of a finished session: the input is checked whole, the attempts that count are chosen, then
// every question's figures, the set's figures and the flags over both.
import { itemFlags, setFlags } from './flags';
import { checkAttempts, checkQuestions, checkWhich, Problems, questionIds, selectAttempts } from './input';
import { attemptTotal, itemFigures, withEffectiveWeights } from './items';
import type {
	InputProblem,
	ItemAnalysis,
	ItemAnalysisInput,
	Outcome,
	StatsAttempt,
	StatsQuestion,
	WhichAttempts
} from './types';
import { wholeSetFigures } from './whole-set';

/** Every problem with the input at once; empty when `itemAnalysis` will accept it. */
export function checkItemAnalysisInput(input: unknown): InputProblem[] {
	const problems = new Problems();
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		problems.add('', 'expected { questions, attempts }');
		return problems.done();
	}
	const { questions, attempts, which } = input as Record<string, unknown>;
	const maxMarks = checkQuestions(questions, problems);
	checkAttempts(attempts, maxMarks, questionIds(questions), problems);
	checkWhich(which, problems);
	return problems.done();
}

export function itemAnalysis(input: ItemAnalysisInput): Outcome<ItemAnalysis> {
	const problems = checkItemAnalysisInput(input);
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, value: analyse(input.questions, input.attempts, input.which ?? 'all') };
}

function analyse(questions: StatsQuestion[], attempts: StatsAttempt[], which: WhichAttempts): ItemAnalysis {
	const { kept, skipped } = selectAttempts(attempts, which);
	const totals = kept.map(attemptTotal);
	const setMaxMark = questions.reduce((sum, q) => sum + q.maxMark, 0);
	const figures = withEffectiveWeights(
		questions.map((q) => itemFigures(q, kept, totals, setMaxMark, questions.length))
	);
	const items = figures.map((f) => ({ ...f, flags: itemFlags(f) }));
	const incompleteAttempts = kept.filter((a) => questions.some((q) => !Object.hasOwn(a.marks, q.id))).length;
	const set = wholeSetFigures({
		totals,
		markVariances: items.map((i) => i.markVariance),
		setMaxMark,
		incompleteAttempts
	});
	return {
		attemptCount: kept.length,
		skippedAttemptCount: skipped,
		items,
		alpha: set.alpha,
		set,
		flags: setFlags(set, kept.length)
	};
}
