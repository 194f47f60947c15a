// The answer part of a GIFT question, `{…}`, taken apart exactly as Moodle's importer does
// (question/format/gift/format.php): which type it is, and each answer with its weight and feedback.
import { restoreEscapes } from './escape';
import { readField, readPlainField, type Field, type GiftFormat } from './text';

export type GiftKind = 'essay' | 'numerical' | 'multichoice' | 'match' | 'truefalse' | 'shortanswer';

/** Moodle's order of tests: `#` first, then `~`, then `=` with `->`, then T/F, else short answer. */
export function kindOf(answers: string): GiftKind {
	if (answers === '') return 'essay';
	if (answers[0] === '#') return 'numerical';
	if (answers.includes('~')) return 'multichoice';
	if (answers.includes('=') && answers.includes('->')) return 'match';
	const hash = answers.indexOf('#');
	const head = hash > 0 ? answers.slice(0, hash).trim() : answers;
	return ['T', 'TRUE', 'F', 'FALSE'].includes(head) ? 'truefalse' : 'shortanswer';
}

/** `%50%`, `%-33.3%`, `%100%`: Moodle's pattern, two digits then any decimals. */
const WEIGHT = /^%(-*)([0-9]{1,2}\.?[0-9]*)%/;

export function readWeight(answer: string): { weight: number; rest: string; written: string } | null {
	const m = WEIGHT.exec(answer);
	if (!m) return null;
	const value = Number(m[2]) / 100;
	return { weight: m[1] ? -value : value, rest: answer.slice(m[0].length), written: m[0] };
}

/** Text and feedback, split at the first `#`. */
export function splitComment(answer: string): [string, string | undefined] {
	const at = answer.indexOf('#');
	return at < 0 ? [answer, undefined] : [answer.slice(0, at), answer.slice(at + 1)];
}

/** PHP's explode with a limit: at most `limit` pieces, the last holding the rest. */
export function explode(s: string, sep: string, limit = Infinity): string[] {
	const parts = s.split(sep);
	if (parts.length <= limit) return parts;
	return [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(sep)];
}

/** Answers split on a marker, with the empty piece before the first marker dropped. */
function pieces(answers: string, marker: string): string[] {
	const parts = answers.split(marker);
	parts[0] = parts[0].trim();
	if (parts[0] === '') parts.shift();
	return parts.map((p) => p.trim());
}

const feedbackOf = (raw: string | undefined, format: GiftFormat): Field | undefined => {
	if (raw === undefined) return undefined;
	const f = readField(raw, format);
	return f.text ? f : undefined;
};

export interface ChoiceAnswer {
	weight: number;
	/** The weight as written, when it is written (`%50%`). */
	written?: string;
	/** A full-credit `=` answer that also carries a weight, which Moodle reads as text. */
	weightInText?: string;
	text: Field;
	feedback?: Field;
}

export function readChoices(answers: string, format: GiftFormat): ChoiceAnswer[] {
	return pieces(answers.replace(/=/g, '~='), '~').map((a) => {
		let weight = 0;
		let written: string | undefined;
		let weightInText: string | undefined;
		let rest = a;
		if (a[0] === '=') {
			weight = 1;
			rest = a.slice(1);
			weightInText = readWeight(rest.trim())?.written;
		} else {
			const w = readWeight(a);
			if (w) ({ weight, rest, written } = w);
		}
		const [text, feedback] = splitComment(rest);
		const out: ChoiceAnswer = { weight, text: readField(text, format) };
		const fb = feedbackOf(feedback, format);
		if (fb) out.feedback = fb;
		if (written) out.written = written;
		if (weightInText) out.weightInText = weightInText;
		return out;
	});
}

export interface TextAnswer {
	weight: number;
	/** As typed by the learner would match it: plain text. */
	text: string;
	feedback?: Field;
}

export function readShortAnswers(answers: string, format: GiftFormat): TextAnswer[] {
	return pieces(answers, '=').map((a) => {
		const w = readWeight(a);
		const [text, feedback] = splitComment(w ? w.rest : a);
		const out: TextAnswer = { weight: w ? w.weight : 1, text: readPlainField(text, format) };
		const fb = feedbackOf(feedback, format);
		if (fb) out.feedback = fb;
		return out;
	});
}

export interface MatchAnswer {
	left: Field;
	right: string;
}

/** The pairs, or the first answer that has no `->` (Moodle then refuses the question). */
export function readMatches(answers: string, format: GiftFormat): { pairs: MatchAnswer[] } | { missingArrow: string } {
	const pairs: MatchAnswer[] = [];
	for (const a of pieces(answers, '=')) {
		const at = a.indexOf('->');
		if (at < 0) return { missingArrow: readPlainField(a, format) };
		pairs.push({ left: readField(a.slice(0, at), format), right: restoreEscapes(a.slice(at + 2)).trim() });
	}
	return { pairs };
}

export interface TrueFalseAnswer {
	answer: boolean;
	/** Shown, in Moodle, to a learner who gave the wrong answer. */
	wrong?: Field;
	/** Shown to a learner who gave the right answer. */
	right?: Field;
}

export function readTrueFalse(answers: string, format: GiftFormat): TrueFalseAnswer {
	const [value, wrong, right] = explode(answers, '#', 3);
	const head = readPlainField(value, format);
	const out: TrueFalseAnswer = { answer: head === 'T' || head === 'TRUE' };
	const w = feedbackOf(wrong, format);
	const r = feedbackOf(right, format);
	if (w) out.wrong = w;
	if (r) out.right = r;
	return out;
}

export interface NumberAnswer {
	weight: number;
	value: number;
	tolerance: number;
	/** As written, for messages: `1822:2`, `3.141..3.142`. */
	written: string;
	feedback?: Field;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Twelve significant digits: the midpoint of 3.141..3.142 is 3.1415, not 3.1414999999999997. */
const tidy = (x: number) => Number(x.toPrecision(12));

export type NumericRead = { answers: NumberAnswer[]; otherwise?: Field } | { notNumber: string } | { noAnswers: true };

export function readNumbers(answers: string, format: GiftFormat): NumericRead {
	let body = answers.slice(1);
	let otherwise: Field | undefined;
	const tilde = body.indexOf('~');
	if (tilde >= 0) {
		otherwise = feedbackOf(splitComment(body.slice(tilde))[1], format);
		body = body.slice(0, tilde);
	}
	const list = pieces(body, '=');
	if (list.length === 0) return { noAnswers: true };
	const out: NumberAnswer[] = [];
	for (const a of list) {
		const w = readWeight(a);
		const [text, feedback] = splitComment(w ? w.rest : a);
		const written = readPlainField(text, format);
		let value: string;
		let tol = '0';
		let range: [string, string] | null = null;
		if (written.indexOf('..') > 0) {
			const at = written.indexOf('..');
			range = [written.slice(0, at).trim(), written.slice(at + 2).trim()];
			value = range[0];
		} else if (written.indexOf(':') > 0) {
			const at = written.indexOf(':');
			value = written.slice(0, at).trim();
			tol = written.slice(at + 1).trim();
		} else value = written.trim();
		const numbers = range ?? [value, tol];
		if (!numbers.every((n) => NUMBER.test(n))) return { notNumber: written };
		const answer: NumberAnswer = range
			? {
					weight: w ? w.weight : 1,
					value: tidy((Number(range[0]) + Number(range[1])) / 2),
					tolerance: tidy(Math.abs(Number(range[1]) - Number(range[0])) / 2),
					written
				}
			: { weight: w ? w.weight : 1, value: Number(value), tolerance: Math.abs(Number(tol)), written };
		const fb = feedbackOf(feedback, format);
		if (fb) answer.feedback = fb;
		out.push(answer);
	}
	return otherwise ? { answers: out, otherwise } : { answers: out };
}
