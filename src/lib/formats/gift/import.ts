// GIFT to Footnote questions, with Moodle's semantics. How each GIFT type lands:
//
//   multiple choice with one `=` answer    single-choice (partial and negative weights reported)
//   multiple choice without `=`            multiple-response: positive weights are right; weights
//                                          other than Footnote's "right picks minus wrong picks"
//                                          are reported
//   true/false                             true-false; `{TRUE#a#b}` shows a to a wrong answer and
//                                          b to a right one, as in Moodle
//   short answer                           short-text: 100% answers accepted, 0% answers with
//                                          feedback kept as wrong answers, others reported
//   matching                               matching; an answer with no left side is a distractor
//   numerical                              numeric: the first 100% answer is the key (a range
//                                          a..b is its midpoint ± half its width), 0% answers with
//                                          feedback are wrong answers, the rest reported
//   missing word (text after the `}`)      a one-blank cloze, with choices (multiple choice) or
//                                          typed (short answer), when the blank can hold all of it:
//                                          no partial credit, feedback only on wrong choices and
//                                          the same on each (it becomes the blank's feedback).
//                                          Otherwise the question's own type, with "_____" in the
//                                          prompt where the blank was.
//   essay, description                     not imported; reported with their line
//
// Every question gets an id (from `[id:…]`, else its title, else its first words), difficulty 2,
// the general feedback as its explanation, and `uncited: true` unless its general feedback ends in
// `Source: [passage] "quote"` lines, which become its citations.
import { parseQuestion } from '../../content/load';
import type { QuestionInput } from '../../content/schema';
import { normalise } from '../../content/text';
import { formatPath } from '../../content/yaml';
import { slugFromWords, slugify, uniqueId } from '../ids';
import { Reporter, type ReportEntry } from '../report';
import { isPlainMarkdown, readableText } from '../text/escape';
import {
	kindOf,
	readChoices,
	readMatches,
	readNumbers,
	readShortAnswers,
	readTrueFalse,
	type ChoiceAnswer,
	type TextAnswer
} from './answers';
import { splitBlocks, type GiftBlock } from './blocks';
import { protectEscapes, restoreEscapes } from './escape';
import { readGeneralFeedback } from './feedback';
import { readComments, type FootnoteMeta } from './meta';
import { readField, type Field, type GiftFormat } from './text';

export interface ImportResult {
	questions: QuestionInput[];
	report: ReportEntry[];
}

export interface ImportOptions {
	/** Ids already in use (the pack's questions): imported ids steer clear of them. */
	reservedIds?: Iterable<string>;
}

/** The explanation of a question that came without one; the author replaces it. */
export const PLACEHOLDER_EXPLANATION =
	'No explanation yet: write why the answer is right, quoting the words of the article that say so.';
/** The prompt of a missing-word question whose text is all one sentence. */
export const CLOZE_PROMPT = 'Complete the sentence.';

const BLANK = '\uE010';
const BLANK_TEXT = '\\_\\_\\_\\_\\_';

type Common = Pick<QuestionInput, 'id' | 'prompt' | 'difficulty' | 'explanation'> & {
	tags?: string[];
	sources?: { passage: string; quote: string }[];
	uncited?: boolean;
	topic?: string;
	derived?: string;
};

type Where = { line: number; questionId?: string };

export function importGift(source: string, opts: ImportOptions = {}): ImportResult {
	const report = new Reporter();
	const taken = new Set(opts.reservedIds ?? []);
	const questions: QuestionInput[] = [];
	let category: string | undefined;
	for (const block of splitBlocks(source)) {
		let text = protectEscapes(block.text);
		if (text.startsWith('$CATEGORY:')) {
			const [first, ...rest] = text.split('\n');
			const path = restoreEscapes(first.slice('$CATEGORY:'.length)).trim();
			category = slugify(path.split('/').pop() ?? '') || undefined;
			if (rest.length === 0) continue;
			report.warn(
				'question text follows $CATEGORY without a blank line: Moodle would take it all as the category name; read here as a question',
				{ line: block.line + 1 }
			);
			text = rest.join('\n');
		}
		const q = readQuestion(text, block, category, taken, report);
		if (q) questions.push(q);
	}
	return { questions, report: report.entries };
}

function readQuestion(
	text: string,
	block: GiftBlock,
	category: string | undefined,
	taken: Set<string>,
	report: Reporter
): QuestionInput | null {
	const at: Where = { line: block.line };
	let name = '';
	if (text.startsWith('::')) {
		text = text.slice(2);
		const end = text.indexOf('::');
		if (end >= 0) {
			name = restoreEscapes(text.slice(0, end)).trim();
			text = text.slice(end + 2).trim();
		}
	}
	const open = text.indexOf('{');
	const close = text.indexOf('}');
	if (open < 0 && close < 0) {
		report.info('a description (text without answers) is not a question: not imported', at);
		return null;
	}
	if (open < 0 || close < open) {
		report.warn('has a "{" without its "}" or the reverse: not imported (write a literal brace as \\{ or \\})', at);
		return null;
	}
	let answers = text.slice(open + 1, close).trim();
	const missingWord = !text.endsWith('}');
	const questionText = text.slice(0, open) + (missingWord ? BLANK : '') + text.slice(close + 1);
	let general = '';
	const gf = answers.lastIndexOf('####');
	if (gf >= 0) {
		general = answers.slice(gf + 4);
		answers = answers.slice(0, gf).trim();
	}
	const kind = kindOf(answers);
	if (kind === 'essay') {
		report.info('an essay question (empty answers {}) is not supported: not imported', at);
		return null;
	}

	const stem = readField(questionText, 'moodle');
	const comments = readComments(block.comments);
	const base =
		slugify(comments.idNumber ?? '') ||
		slugify(name) ||
		slugFromWords(readableText(stem.text.replace(BLANK, ' '))) ||
		'question';
	const id = uniqueId(base, taken);
	at.questionId = id;
	notes(report, 'prompt', stem, at);
	for (const p of comments.problems) report.info(p, at);

	const generalField = readField(general, stem.format);
	notes(report, 'general feedback', generalField, at);
	const { explanation, sources } = readGeneralFeedback(generalField.text);
	const meta = comments.meta;
	const common: Common = {
		id,
		prompt: stem.text,
		difficulty: meta.difficulty ?? 2,
		explanation: explanation || PLACEHOLDER_EXPLANATION
	};
	const tags = [...new Set([...comments.tags.map((t) => slugify(t)), category ?? ''].filter(Boolean))];
	if (tags.length) common.tags = tags;
	if (sources.length) common.sources = sources;
	else common.uncited = true;
	if (meta.topic) common.topic = meta.topic;
	if (meta.derived) common.derived = meta.derived;

	// A blank that fell inside markup the subset drops (an HTML comment) leaves no place to fill.
	const blankKept = missingWord && stem.text.includes(BLANK);
	if (missingWord && !blankKept)
		report.warn('the blank of this missing-word question was inside HTML that is not carried: imported without it', at);
	const ctx: Ctx = { common, format: stem.format, meta, report, at, missingWord: blankKept };
	let q: QuestionInput | null;
	switch (kind) {
		case 'multichoice':
			q = multipleChoice(answers, ctx);
			break;
		case 'truefalse':
			q = trueFalse(answers, ctx);
			break;
		case 'shortanswer':
			q = shortAnswer(answers, ctx);
			break;
		case 'match':
			q = matching(answers, ctx);
			break;
		case 'numerical':
			q = numerical(answers, ctx);
			break;
	}
	if (q && q.type !== 'cloze') q.prompt = q.prompt.replace(BLANK, BLANK_TEXT);
	if (!q || !accept(q, report, at)) {
		taken.delete(id);
		return null;
	}
	if (!explanation) report.warn('no general feedback (####): the explanation is a placeholder to replace', at);
	return q;
}

interface Ctx {
	common: Common;
	format: GiftFormat;
	meta: FootnoteMeta;
	report: Reporter;
	at: Where;
	missingWord: boolean;
}

function notes(report: Reporter, field: string, f: Field, at: Where): void {
	for (const n of f.notes) {
		if (n.startsWith('image') || n.startsWith('link')) report.warn(`${field}: ${n}`, at);
		else report.info(`${field}: ${n}`, at);
	}
}

const pct = (w: number) => `${Number((w * 100).toFixed(5))}%`;
const quoted = (f: Field | string) => JSON.stringify(typeof f === 'string' ? f : readableText(f.text));

/**
 * Schema-valid, or reported and left out. The checks that need the pack (citations, ids, topics)
 * are made when the questions are validated as a set.
 */
function accept(q: QuestionInput, report: Reporter, at: Where): boolean {
	const { question, findings } = parseQuestion(q);
	for (const f of findings) report.warn(`not imported: ${formatPath(f.path) || 'question'}: ${f.message}`, at);
	return question !== null;
}

function withIds<T extends { id?: string }>(items: T[], ctx: Ctx, what: string): T[] {
	const ids = ctx.meta.ids;
	if (!ids) return items;
	if (ids.length !== items.length) {
		ctx.report.info(
			`the "footnote:" comment lists ${ids.length} ids for ${items.length} ${what}: ids not used`,
			ctx.at
		);
		return items;
	}
	return items.map((item, i) => ({ ...item, id: ids[i] }));
}

function multipleChoice(answers: string, ctx: Ctx): QuestionInput | null {
	const { report, at } = ctx;
	const single = answers.includes('=');
	const read = readChoices(answers, ctx.format);
	if (read.length < 2) {
		report.warn('a multiple-choice question needs at least 2 answers: not imported', at);
		return null;
	}
	read.forEach((a, i) => notes(report, `answer ${i + 1}`, a.text, at));
	const choices = read.filter((a, i) => {
		if (a.text.text) return true;
		report.warn(`answer ${i + 1} is empty: left out`, at);
		return false;
	});
	for (const a of choices) {
		if (a.weightInText)
			report.warn(
				`"=${a.weightInText}…": "=" already means full credit, so Moodle reads ${a.weightInText} as part of the answer's text (write ~${a.weightInText} for partial credit)`,
				at
			);
	}
	if (single && ctx.missingWord && clozeFits(choices)) return choiceCloze(choices, ctx);

	const options = (correct: (a: ChoiceAnswer) => boolean) =>
		withIds(
			choices.map((a) => {
				const o: { text: string; correct: boolean; feedback?: string; id?: string } = {
					text: a.text.text,
					correct: correct(a)
				};
				if (a.feedback) o.feedback = a.feedback.text;
				return o;
			}),
			ctx,
			'answers'
		);

	if (single) {
		const full = choices.filter((a) => a.weight >= 1);
		for (const a of choices) {
			if (a.weight > 1) report.warn(`${quoted(a.text)} is weighted ${pct(a.weight)}: counted as right`, at);
			else if (a.weight > 0 && a.weight < 1)
				report.warn(
					`${quoted(a.text)} earns ${pct(a.weight)} in Moodle; Footnote counts it wrong (one answer is right)`,
					at
				);
			else if (a.weight < 0)
				report.warn(
					`${quoted(a.text)} costs ${pct(-a.weight)} in Moodle; Footnote takes nothing off a wrong choice`,
					at
				);
		}
		if (full.length > 1) {
			report.warn(
				`${full.length} answers give full credit, each on its own in Moodle; imported as multiple-response, where a learner must tick them all`,
				at
			);
			return { ...ctx.common, type: 'multiple-response', options: options((a) => a.weight >= 1) };
		}
		return { ...ctx.common, type: 'single-choice', options: options((a) => a.weight >= 1) };
	}

	const right = choices.filter((a) => a.weight > 0);
	if (right.length === 0) {
		report.warn('no answer has a positive weight, so none is right: not imported', at);
		return null;
	}
	const share = 1 / right.length;
	const same = choices.every((a) => Math.abs(a.weight - (a.weight > 0 ? share : -share)) < 1e-4);
	if (!same) {
		report.warn(
			`Moodle's weights (${choices.map((a) => pct(a.weight)).join(', ')}) differ from Footnote's scoring: right picks minus wrong picks over the ${right.length} right answers (${pct(share)} each way)`,
			at
		);
	}
	return { ...ctx.common, type: 'multiple-response', options: options((a) => a.weight > 0) };
}

/** A blank holds choices with no partial credit, plain text, and at most one feedback for wrong picks. */
function clozeFits(choices: ChoiceAnswer[]): boolean {
	if (!choices.every((a) => (a.weight === 0 || a.weight === 1) && isPlainMarkdown(a.text.text))) return false;
	if (choices.some((a) => a.weight === 1 && a.feedback)) return false;
	const wrongFeedback = new Set(choices.filter((a) => a.weight === 0).map((a) => a.feedback?.text ?? ''));
	if (wrongFeedback.size > 1) return false;
	const texts = choices.map((a) => normalise(readableText(a.text.text)));
	return new Set(texts).size === texts.length;
}

function choiceCloze(choices: ChoiceAnswer[], ctx: Ctx): QuestionInput {
	const plain = (a: ChoiceAnswer) => readableText(a.text.text);
	const feedback = choices.find((a) => a.weight === 0 && a.feedback)?.feedback?.text;
	return cloze(ctx, {
		accepted: choices.filter((a) => a.weight === 1).map(plain),
		choices: choices.map(plain),
		feedback
	});
}

function cloze(ctx: Ctx, blank: { accepted: string[]; choices?: string[]; feedback?: string }): QuestionInput {
	const id = ctx.meta.blank ?? 'blank';
	const full = ctx.common.prompt;
	const at = full.indexOf(BLANK);
	const before = full.slice(0, at);
	const split = before.lastIndexOf('\n\n');
	let prompt = split >= 0 ? before.slice(0, split).trim() : '';
	const sentence = (split >= 0 ? before.slice(split + 2) : before) + `{{${id}}}` + full.slice(at + 1);
	if (!prompt) {
		prompt = CLOZE_PROMPT;
		ctx.report.info(`a missing-word question: its prompt is "${CLOZE_PROMPT}"`, ctx.at);
	}
	const b: { id: string; accepted: string[]; choices?: string[]; feedback?: string } = {
		id,
		accepted: blank.accepted
	};
	if (blank.choices) b.choices = blank.choices;
	if (blank.feedback) b.feedback = blank.feedback;
	return { ...ctx.common, prompt, type: 'cloze', text: sentence.trim(), blanks: [b] };
}

function trueFalse(answers: string, ctx: Ctx): QuestionInput {
	const tf = readTrueFalse(answers, ctx.format);
	if (tf.wrong) notes(ctx.report, 'feedback', tf.wrong, ctx.at);
	if (tf.right) notes(ctx.report, 'feedback', tf.right, ctx.at);
	// Moodle: the first feedback is for a wrong answer, the second for a right one.
	const forTrue = tf.answer ? tf.right : tf.wrong;
	const forFalse = tf.answer ? tf.wrong : tf.right;
	const feedback: { true?: string; false?: string } = {};
	if (forTrue) feedback.true = forTrue.text;
	if (forFalse) feedback.false = forFalse.text;
	const q: QuestionInput = { ...ctx.common, type: 'true-false', answer: tf.answer };
	if (forTrue || forFalse) q.feedback = feedback;
	return q;
}

function shortAnswer(answers: string, ctx: Ctx): QuestionInput | null {
	const { report, at } = ctx;
	const read = readShortAnswers(answers, ctx.format).filter((a) => a.text !== '');
	const accepted = read.filter((a) => a.weight >= 1);
	const catchAll = read.find((a) => a.weight === 0 && a.text === '*');
	const wrong = read.filter((a) => a.weight <= 0 && a.text !== '*');
	const partial = read.filter((a) => a.weight > 0 && a.weight < 1);
	if (accepted.length === 0) {
		report.warn('no answer gives full credit (100%): not imported', at);
		return null;
	}
	if (
		ctx.missingWord &&
		partial.length === 0 &&
		wrong.length === 0 &&
		accepted.every((a) => !a.feedback && a.text !== '*')
	) {
		return cloze(ctx, { accepted: accepted.map((a) => a.text), feedback: catchAll?.feedback?.text });
	}
	for (const a of accepted) {
		if (a.feedback) report.info(`feedback on the accepted answer ${quoted(a.text)} is not carried`, at);
		if (a.text === '*') report.warn('"*" accepts anything in Moodle; in Footnote it is the text "*"', at);
	}
	for (const a of partial)
		report.warn(`${quoted(a.text)} earns ${pct(a.weight)} in Moodle; Footnote has no partial credit: left out`, at);
	if (catchAll?.feedback)
		report.info(`feedback for any other answer ("*") is not carried: ${quoted(catchAll.feedback)}`, at);
	const wrongAnswers = wrong.flatMap((a: TextAnswer) => {
		if (a.weight < 0) report.info(`${quoted(a.text)} costs ${pct(-a.weight)} in Moodle; Footnote scores it 0`, at);
		return a.feedback ? [{ text: a.text, feedback: a.feedback.text }] : [];
	});
	const q: QuestionInput = { ...ctx.common, type: 'short-text', accepted: accepted.map((a) => a.text) };
	if (wrongAnswers.length) q.wrongAnswers = wrongAnswers;
	return q;
}

function matching(answers: string, ctx: Ctx): QuestionInput | null {
	const { report, at } = ctx;
	const read = readMatches(answers, ctx.format);
	if ('missingArrow' in read) {
		report.warn(`matching answer ${quoted(read.missingArrow)} has no "->": not imported`, at);
		return null;
	}
	const pairs: { left: string; right: string; id?: string; feedback?: string }[] = [];
	const distractors: string[] = [];
	read.pairs.forEach((p, i) => {
		notes(report, `pair ${i + 1}`, p.left, at);
		if (!p.right) report.warn(`pair ${i + 1} has nothing after "->": left out`, at);
		else if (p.left.text) pairs.push({ left: p.left.text, right: p.right });
		else distractors.push(p.right);
	});
	if (pairs.length < 2) {
		report.warn('a matching question needs at least 2 pairs: not imported', at);
		return null;
	}
	const feedback = ctx.meta.pairFeedback;
	if (feedback && feedback.length === pairs.length) {
		pairs.forEach((p, i) => {
			if (feedback[i]) p.feedback = feedback[i] as string;
		});
	} else if (feedback)
		report.info(`the "footnote:" comment has feedback for ${feedback.length} pairs, not ${pairs.length}: not used`, at);
	const q: QuestionInput = { ...ctx.common, type: 'matching', pairs: withIds(pairs, ctx, 'pairs') };
	if (distractors.length) q.distractors = distractors;
	return q;
}

function numerical(answers: string, ctx: Ctx): QuestionInput | null {
	const { report, at } = ctx;
	const read = readNumbers(answers, ctx.format);
	if ('noAnswers' in read) {
		report.warn('a numerical question with no answer: not imported', at);
		return null;
	}
	if ('notNumber' in read) {
		report.warn(`${quoted(read.notNumber)} is not a number (write 1822, 1822:2 or 1820..1824): not imported`, at);
		return null;
	}
	const key = read.answers.find((a) => a.weight >= 1);
	if (!key) {
		report.warn('no answer gives full credit (100%): not imported', at);
		return null;
	}
	if (key.feedback) report.info(`feedback on the right answer is not carried: ${quoted(key.feedback)}`, at);
	const wrongAnswers: { value: number; feedback: string }[] = [];
	for (const a of read.answers) {
		if (a === key) continue;
		if (a.weight >= 1) report.warn(`${a.written} also gives full credit in Moodle; only ${key.written} is kept`, at);
		else if (a.weight > 0)
			report.warn(`${a.written} earns ${pct(a.weight)} in Moodle; Footnote has no partial credit: left out`, at);
		else if (a.feedback) {
			if (a.tolerance > 0) report.info(`the wrong answer ${a.written} keeps its feedback for ${a.value} only`, at);
			if (Math.abs(a.value - key.value) <= key.tolerance)
				report.warn(`the wrong answer ${a.written} is within the right answer's tolerance: left out`, at);
			else wrongAnswers.push({ value: a.value, feedback: a.feedback.text });
		}
	}
	if (read.otherwise) report.info(`feedback for any other answer is not carried: ${quoted(read.otherwise)}`, at);
	const q: QuestionInput = { ...ctx.common, type: 'numeric', answer: key.value, tolerance: key.tolerance };
	if (ctx.meta.unit) q.unit = ctx.meta.unit;
	if (wrongAnswers.length) q.wrongAnswers = wrongAnswers;
	return q;
}
