// How often each option of a choice question was chosen, like the response analysis under Moodle's item
// statistics. A wrong option is there to catch a plausible misreading of the passage; one nobody chooses
// catches nothing and makes the question easier than it looks.
import type { Question } from '../content/types';
import { Problems } from './input';
import type { Flag, Outcome } from './types';

export interface ChoiceOptionInput {
	id: string;
	correct: boolean;
	text?: string;
}

export interface ChoiceQuestionInput {
	id: string;
	options: ChoiceOptionInput[];
	/** Several options may be chosen at once (multiple response). */
	multiple?: boolean;
}

export interface ChoiceResponse {
	attemptId: string;
	/** The options chosen; null or empty when the question was left unanswered. */
	chosen: string[] | null;
}

export interface OptionCount {
	optionId: string;
	text?: string;
	correct: boolean;
	/** Attempts that chose this option. */
	count: number;
	/** count over the attempts that answered; null when none did. */
	share: number | null;
}

export type OptionFlagCode = 'unchosen-distractor' | 'distractor-beats-key';

export interface OptionFlag extends Flag<OptionFlagCode> {
	optionId: string;
}

export interface DistractorAnalysis {
	questionId: string;
	answeredCount: number;
	unansweredCount: number;
	options: OptionCount[];
	flags: OptionFlag[];
}

/** The options of a question answered by picking, true/false as two options named "true" and "false". */
export function choiceOptions(question: Question): ChoiceQuestionInput | null {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-response':
			return {
				id: question.id,
				multiple: question.type === 'multiple-response',
				options: question.options.map((o) => ({ id: o.id, correct: o.correct, text: o.text }))
			};
		case 'true-false':
			return {
				id: question.id,
				options: [
					{ id: 'true', correct: question.answer, text: 'True' },
					{ id: 'false', correct: !question.answer, text: 'False' }
				]
			};
		default:
			return null;
	}
}

function checkInput(question: unknown, responses: unknown): Problems {
	const problems = new Problems();
	const q = question as Record<string, unknown> | null;
	if (typeof q !== 'object' || q === null || typeof q.id !== 'string' || q.id === '') {
		problems.add('question.id', 'the question needs an id (non-empty text)');
	}
	const optionIds = new Set<string>();
	if (!Array.isArray(q?.options) || q.options.length === 0) {
		problems.add('question.options', 'a choice question needs a list of options ({ id, correct })');
	} else {
		(q.options as unknown[]).forEach((o, i) => {
			const at = `question.options[${i}]`;
			const opt = o as Record<string, unknown> | null;
			if (typeof opt !== 'object' || opt === null || typeof opt.id !== 'string' || opt.id === '') {
				problems.add(`${at}.id`, 'each option needs an id (non-empty text)');
				return;
			}
			if (optionIds.has(opt.id)) problems.add(`${at}.id`, `option id "${opt.id}" is used twice`);
			optionIds.add(opt.id);
			if (typeof opt.correct !== 'boolean')
				problems.add(`${at}.correct`, `option "${opt.id}" needs correct: true or false`);
		});
	}
	if (!Array.isArray(responses)) {
		problems.add('responses', 'expected a list of responses ({ attemptId, chosen })');
		return problems;
	}
	const known = [...optionIds].map((id) => `"${id}"`).join(', ');
	responses.forEach((r: unknown, i) => {
		const at = `responses[${i}]`;
		const res = r as Record<string, unknown> | null;
		if (typeof res !== 'object' || res === null || typeof res.attemptId !== 'string' || res.attemptId === '') {
			problems.add(`${at}.attemptId`, 'each response needs the id of its attempt (non-empty text)');
			return;
		}
		const who = `attempt "${res.attemptId}"`;
		if (res.chosen === null) return;
		if (!Array.isArray(res.chosen) || res.chosen.some((c) => typeof c !== 'string')) {
			problems.add(`${at}.chosen`, `${who}: chosen must be a list of option ids, or null if unanswered`);
			return;
		}
		const chosen = res.chosen as string[];
		if (q?.multiple !== true && chosen.length > 1) {
			problems.add(`${at}.chosen`, `${who} chose ${chosen.length} options, but only one may be chosen here`);
		}
		const seen = new Set<string>();
		chosen.forEach((c, j) => {
			if (seen.has(c)) problems.add(`${at}.chosen[${j}]`, `${who} lists option "${c}" twice`);
			seen.add(c);
			if (optionIds.size > 0 && !optionIds.has(c)) {
				problems.add(`${at}.chosen[${j}]`, `${who} chose "${c}", which is not an option of this question (${known})`);
			}
		});
	});
	return problems;
}

export function distractorAnalysis(
	question: ChoiceQuestionInput,
	responses: ChoiceResponse[]
): Outcome<DistractorAnalysis> {
	const problems = checkInput(question, responses).done();
	if (problems.length > 0) return { ok: false, problems };

	const counts = new Map(question.options.map((o) => [o.id, 0]));
	let answered = 0;
	for (const r of responses) {
		if (!r.chosen || r.chosen.length === 0) continue;
		answered++;
		for (const c of r.chosen) counts.set(c, (counts.get(c) ?? 0) + 1);
	}
	const options: OptionCount[] = question.options.map((o) => {
		const count = counts.get(o.id) ?? 0;
		return {
			optionId: o.id,
			...(o.text === undefined ? {} : { text: o.text }),
			correct: o.correct,
			count,
			share: answered > 0 ? count / answered : null
		};
	});
	return {
		ok: true,
		value: {
			questionId: question.id,
			answeredCount: answered,
			unansweredCount: responses.length - answered,
			options,
			flags: optionFlags(options, answered, question.multiple === true)
		}
	};
}

const label = (o: OptionCount) => (o.text === undefined ? `option "${o.optionId}"` : `“${o.text}”`);

function optionFlags(options: OptionCount[], answered: number, multiple: boolean): OptionFlag[] {
	if (answered === 0) return [];
	const flags: OptionFlag[] = [];
	const keyCount = Math.max(0, ...options.filter((o) => o.correct).map((o) => o.count));
	for (const o of options) {
		if (o.correct) continue;
		if (o.count === 0) {
			const of = answered === 1 ? 'the one attempt that answered' : `the ${answered} attempts that answered`;
			flags.push({
				optionId: o.optionId,
				code: 'unchosen-distractor',
				message: `A distractor nobody chose: none of ${of} picked ${label(o)}. Replace it with a misreading of the passage that people actually make.`
			});
		} else if (!multiple && o.count > keyCount) {
			flags.push({
				optionId: o.optionId,
				code: 'distractor-beats-key',
				message: `More attempts chose ${label(o)} (${o.count}) than the right answer (${keyCount}). Check the key, and whether the passage can be read to support this option.`
			});
		}
	}
	return flags;
}
