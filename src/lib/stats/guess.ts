// The fraction of a question's marks that random guessing earns on average, following Moodle's question
// types: a choice among options is worth the share of options that are right (qtype_multichoice), true or
// false is a coin toss (qtype_truefalse), and typed answers are worth nothing, as nobody types the key by chance
// (qtype_shortanswer, qtype_numerical without a "*" answer). Where the figure hangs on how partial credit is
// given (several options, pairs, orderings, chosen blanks), it is null rather than a guess about the scorer.
import type { Question } from '../content/types';

export function guessScore(question: Question): number | null {
	switch (question.type) {
		case 'single-choice':
			return question.options.length === 0
				? null
				: question.options.filter((o) => o.correct).length / question.options.length;
		case 'true-false':
			return 0.5;
		case 'numeric':
		case 'short-text':
			return 0;
		case 'cloze':
			// Typed blanks cannot be guessed, so a cloze of typed blanks scores 0 under any partial-credit rule.
			return question.blanks.every((b) => !b.choices || b.choices.length === 0) ? 0 : null;
		case 'multiple-response':
		case 'ordering':
		case 'matching':
			return null;
	}
}
