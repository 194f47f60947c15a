// Footnote questions as GIFT that Moodle imports and that `importGift` reads back to the same
// questions. Text fields are written in Markdown format (the subset is Markdown); the explanation and
// citations go in the general feedback; what GIFT has no place for (difficulty, topic, option ids, a
// unit…) goes in a `// footnote: {…}` comment that Moodle ignores. Ordering questions and clozes with
// more than one blank cannot be written in GIFT and are listed in the report.
import { textId } from '../../content/hash';
import type {
	ClozeQuestion,
	MatchingQuestion,
	MultipleResponseQuestion,
	NumericQuestion,
	Question,
	ShortTextQuestion,
	SingleChoiceQuestion,
	TrueFalseQuestion
} from '../../content/types';
import { Reporter, type ReportEntry } from '../report';
import { escapeMarkdown } from '../text/escape';
import { escapeGift } from './escape';
import { writeGeneralFeedback } from './feedback';
import { writeMeta, type FootnoteMeta } from './meta';
import { writeField } from './text';

export interface GiftExportOptions {
	/** Written as `$CATEGORY: $course$/top/<category>` before the questions. */
	category?: string;
}

export interface GiftExport {
	text: string;
	report: ReportEntry[];
}

export function exportGift(questions: readonly Question[], opts: GiftExportOptions = {}): GiftExport {
	const report = new Reporter();
	const blocks: string[] = [];
	if (opts.category) blocks.push(`$CATEGORY: $course$/top/${opts.category.replace(/[\r\n]+/g, ' ')}`);
	for (const q of questions) {
		const block = writeQuestion(q, report);
		if (block) blocks.push(block);
	}
	return { text: blocks.length ? `${blocks.join('\n\n')}\n` : '', report: report.entries };
}

function writeQuestion(q: Question, report: Reporter): string | null {
	const at = { questionId: q.id };
	const meta: FootnoteMeta = { difficulty: q.difficulty, topic: q.topic };
	if (q.derived) meta.derived = q.derived;
	let answers: string | null;
	let missingWord: { before: string; after: string } | undefined;
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			answers = choices(q, meta);
			break;
		case 'true-false':
			answers = trueFalse(q);
			break;
		case 'short-text':
			answers = shortText(q, report, at);
			break;
		case 'matching':
			answers = matching(q, meta, report, at);
			break;
		case 'numeric':
			answers = numeric(q, meta, report, at);
			break;
		case 'cloze': {
			const written = cloze(q, meta, report, at);
			answers = written?.answers ?? null;
			missingWord = written ?? undefined;
			break;
		}
		case 'ordering':
			report.warn('an ordering question cannot be written in GIFT: left out', at);
			return null;
	}
	if (answers === null) return null;
	const general = writeField(writeGeneralFeedback(q.explanation, q.sources));
	const body = answers.endsWith('\n') ? `${answers}\t####${general}\n` : `${answers}####${general}`;
	const tags = q.tags.map((t) => ` [tag:${t}]`).join('');
	const head = `// [id:${q.id}]${tags}\n${writeMeta(meta)}\n::${escapeGift(q.id)}::[markdown]`;
	if (!missingWord) return `${head}${writeField(q.prompt)}{${body}}`;
	// Moodle reads a question whose text goes on after the `}` as missing-word; an escaped line
	// break keeps that true when the blank ends the sentence.
	const after = missingWord.after ? writeField(missingWord.after) : '\\n';
	return `${head}${missingWord.before}{${body}}${after}`;
}

/** Option ids, when they are not the ones the loader would make from the text anyway. */
function ids(items: { id: string }[], texts: string[]): string[] | undefined {
	return items.some((item, i) => item.id !== textId(texts[i])) ? items.map((i) => i.id) : undefined;
}

const weight = (w: number) => `%${Number((w * 100).toFixed(5))}%`;

function feedback(text: string | undefined): string {
	return text ? `#${writeField(text)}` : '';
}

function choices(q: SingleChoiceQuestion | MultipleResponseQuestion, meta: FootnoteMeta): string {
	const optionIds = ids(
		q.options,
		q.options.map((o) => o.text)
	);
	if (optionIds) meta.ids = optionIds;
	// Footnote scores multiple response as right picks minus wrong picks over the right ones; these
	// weights make Moodle score it the same way.
	const right = q.options.filter((o) => o.correct).length || 1;
	const lines = q.options.map((o) => {
		const mark =
			q.type === 'single-choice' ? (o.correct ? '=' : '~') : `~${weight(o.correct ? 1 / right : -1 / right)}`;
		return `\t${mark}${writeField(o.text, { answer: true })}${feedback(o.feedback)}\n`;
	});
	return `\n${lines.join('')}`;
}

function trueFalse(q: TrueFalseQuestion): string {
	// Moodle: the first feedback is for a wrong answer, the second for a right one.
	const wrong = q.feedback?.[q.answer ? 'false' : 'true'];
	const right = q.feedback?.[q.answer ? 'true' : 'false'];
	let out = q.answer ? 'TRUE' : 'FALSE';
	if (wrong || right) out += `#${wrong ? writeField(wrong) : ''}`;
	if (right) out += `#${writeField(right)}`;
	return out;
}

/** A typed answer, as plain text; `%100%` keeps a leading "%" from being read as a weight. */
function typed(text: string): string {
	return `${text.startsWith('%') ? '%100%' : ''}${escapeGift(text)}`;
}

function shortText(q: ShortTextQuestion, report: Reporter, at: { questionId: string }): string | null {
	const texts = [...q.accepted, ...q.wrongAnswers.map((w) => w.text)];
	if (texts.some((t) => t.includes('->'))) {
		report.warn('an answer containing "->" would make GIFT read this as a matching question: left out', at);
		return null;
	}
	if (q.accepted.includes('*')) report.warn('"*" accepts any answer in Moodle; in Footnote it is the text "*"', at);
	const lines = [
		...q.accepted.map((a) => `\t=${typed(a)}\n`),
		...q.wrongAnswers.map((w) => `\t=%0%${escapeGift(w.text)}${feedback(w.feedback)}\n`)
	];
	return `\n${lines.join('')}`;
}

function matching(
	q: MatchingQuestion,
	meta: FootnoteMeta,
	report: Reporter,
	at: { questionId: string }
): string | null {
	const pairIds = ids(
		q.pairs,
		q.pairs.map((p) => p.left)
	);
	if (pairIds) meta.ids = pairIds;
	if (q.pairs.some((p) => p.feedback)) {
		meta.pairFeedback = q.pairs.map((p) => p.feedback ?? null);
		report.info(
			'GIFT has no feedback for a pair: it is kept for Footnote in a comment, and Moodle will not show it',
			at
		);
	}
	const lines = [
		...q.pairs.map((p) => `\t=${writeField(p.left, { matchLeft: true })} -> ${escapeGift(p.right)}\n`),
		...q.distractors.map((d) => `\t= -> ${escapeGift(d)}\n`)
	];
	return `\n${lines.join('')}`;
}

function numeric(q: NumericQuestion, meta: FootnoteMeta, report: Reporter, at: { questionId: string }): string {
	if (q.unit) {
		meta.unit = q.unit;
		report.info(`GIFT has no units: "${q.unit}" is kept for Footnote in a comment, and Moodle will not show it`, at);
	}
	const key = `${q.answer}:${q.tolerance}`;
	if (q.wrongAnswers.length === 0) return `#${key}`;
	const lines = [`\t=${key}\n`, ...q.wrongAnswers.map((w) => `\t=%0%${w.value}:0${feedback(w.feedback)}\n`)];
	return `#\n${lines.join('')}`;
}

function cloze(
	q: ClozeQuestion,
	meta: FootnoteMeta,
	report: Reporter,
	at: { questionId: string }
): { answers: string; before: string; after: string } | null {
	if (q.blanks.length !== 1) {
		report.warn(`a cloze with ${q.blanks.length} blanks cannot be written in GIFT (one blank at most): left out`, at);
		return null;
	}
	const blank = q.blanks[0];
	const marker = `{{${blank.id}}}`;
	const at2 = q.text.indexOf(marker);
	if (at2 < 0) {
		report.warn(`the text has no ${marker}: left out`, at);
		return null;
	}
	if (blank.id !== 'blank') meta.blank = blank.id;
	// The prompt, a blank line, then the sentence: the importer splits them there again.
	const before = writeField(`${q.prompt}\n\n${q.text.slice(0, at2)}`);
	const after = q.text.slice(at2 + marker.length);
	let answers: string;
	if (blank.choices) {
		if (blank.choices.length < 2) {
			report.warn('a blank with fewer than 2 choices cannot be written in GIFT: left out', at);
			return null;
		}
		const accepted = new Set(blank.accepted);
		const lines = blank.choices.map((c) => {
			const right = accepted.has(c);
			const text = writeField(escapeMarkdown(c), { answer: true });
			return `\t${right ? '=' : '~'}${text}${right ? '' : feedback(blank.feedback)}\n`;
		});
		answers = `\n${lines.join('')}`;
	} else {
		if (blank.accepted.some((a) => a.includes('->'))) {
			report.warn('an answer containing "->" would make GIFT read this as a matching question: left out', at);
			return null;
		}
		const lines = blank.accepted.map((a) => `\t=${typed(a)}\n`);
		if (blank.feedback) lines.push(`\t=%0%*${feedback(blank.feedback)}\n`);
		answers = `\n${lines.join('')}`;
	}
	return { answers, before, after };
}
