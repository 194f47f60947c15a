// A question being written in the browser, as the form holds it: every field is text or a list of
// rows, whatever the type, so switching type keeps what was typed. draftToInput() turns it into the
// question as a bank file would hold it, for the validator to judge; nothing is guessed or fixed
// on the way, so the messages are the ones `npm run validate` gives for the same question.
import type { Citation, ParsedQuestion } from '../content/schema';
import type { QuestionType } from '../content/types';

export interface ChoiceDraft {
	/** Empty: the id is made from the text. */
	id: string;
	text: string;
	correct: boolean;
	feedback: string;
}
export interface ItemDraft {
	id: string;
	text: string;
	feedback: string;
}
export interface PairDraft {
	id: string;
	left: string;
	right: string;
	feedback: string;
}
// Types, not interfaces: the editor lists both kinds through one snippet taking string records.
export type WrongNumberDraft = {
	value: string;
	feedback: string;
};
export type WrongTextDraft = {
	text: string;
	feedback: string;
};
export interface BlankDraft {
	id: string;
	/** One accepted answer per line. */
	accepted: string;
	/** One choice per line; none makes the blank a typed one. */
	choices: string;
	feedback: string;
}

export interface QuestionDraft {
	type: QuestionType;
	id: string;
	/** Empty: the set's or pack's default topic. */
	topic: string;
	difficulty: 1 | 2 | 3;
	prompt: string;
	explanation: string;
	/** Comma- or space-separated. */
	tags: string;
	derived: string;
	sources: Citation[];
	options: ChoiceDraft[];
	answer: boolean;
	feedbackTrue: string;
	feedbackFalse: string;
	items: ItemDraft[];
	pairs: PairDraft[];
	/** One per line. */
	distractors: string;
	number: string;
	tolerance: string;
	unit: string;
	wrongNumbers: WrongNumberDraft[];
	/** One per line. */
	accepted: string;
	wrongTexts: WrongTextDraft[];
	clozeText: string;
	blanks: BlankDraft[];
}

export const TYPE_LABELS: Record<QuestionType, string> = {
	'single-choice': 'Single choice',
	'multiple-response': 'Multiple response',
	'true-false': 'True or false',
	ordering: 'Ordering',
	matching: 'Matching',
	numeric: 'Numeric',
	'short-text': 'Short text',
	cloze: 'Cloze (fill the blanks)'
};

export const choice = (): ChoiceDraft => ({ id: '', text: '', correct: false, feedback: '' });
export const item = (): ItemDraft => ({ id: '', text: '', feedback: '' });
export const pair = (): PairDraft => ({ id: '', left: '', right: '', feedback: '' });

export function emptyDraft(type: QuestionType = 'single-choice'): QuestionDraft {
	return {
		type,
		id: '',
		topic: '',
		difficulty: 1,
		prompt: '',
		explanation: '',
		tags: '',
		derived: '',
		sources: [],
		options: [choice(), choice(), choice()],
		answer: true,
		feedbackTrue: '',
		feedbackFalse: '',
		items: [item(), item(), item()],
		pairs: [pair(), pair()],
		distractors: '',
		number: '',
		tolerance: '',
		unit: '',
		wrongNumbers: [],
		accepted: '',
		wrongTexts: [],
		clozeText: '',
		blanks: []
	};
}

const lines = (s: string) =>
	s
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

export const tagList = (s: string) => s.split(/[\s,]+/).filter(Boolean);

/** A number when the text is one; otherwise the text itself, so the validator names what is wrong. */
function numberOrText(s: string): number | string | undefined {
	const t = s.trim();
	if (t === '') return undefined;
	const n = Number(t);
	return Number.isFinite(n) ? n : t;
}

/** Only the fields that were filled in: an empty optional field is left out, not sent empty. */
function optional<T extends Record<string, unknown>>(fields: T): Partial<T> {
	return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

const withId = <T extends { id: string }>(row: T) => {
	const { id, ...rest } = row;
	return optional({ id: id.trim() || undefined, ...rest });
};

/** The blank ids the cloze text uses, in order, each once. */
export function blankIds(text: string): string[] {
	return [...new Set([...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]).filter(Boolean))];
}

/** Blanks to match the text: one per {{id}}, keeping what was already typed for each. */
export function syncBlanks(draft: Pick<QuestionDraft, 'clozeText' | 'blanks'>): BlankDraft[] {
	const known = new Map(draft.blanks.map((b) => [b.id, b]));
	return blankIds(draft.clozeText).map((id) => known.get(id) ?? { id, accepted: '', choices: '', feedback: '' });
}

/** The question as written in a bank file. */
export function draftToInput(d: QuestionDraft): Record<string, unknown> {
	const common = {
		id: d.id.trim(),
		type: d.type,
		...optional({ topic: d.topic.trim() }),
		difficulty: d.difficulty,
		prompt: d.prompt,
		explanation: d.explanation,
		...(tagList(d.tags).length ? { tags: tagList(d.tags) } : {}),
		...optional({ derived: d.derived.trim() }),
		sources: d.sources.map((s) => ({ passage: s.passage, quote: s.quote }))
	};
	switch (d.type) {
		case 'single-choice':
		case 'multiple-response':
			return {
				...common,
				options: d.options.map((o) => ({ ...withId(o), text: o.text, correct: o.correct }))
			};
		case 'true-false': {
			const feedback = optional({ true: d.feedbackTrue.trim(), false: d.feedbackFalse.trim() });
			return { ...common, answer: d.answer, ...(Object.keys(feedback).length ? { feedback } : {}) };
		}
		case 'ordering':
			return { ...common, items: d.items.map((i) => ({ ...withId(i), text: i.text })) };
		case 'matching':
			return {
				...common,
				pairs: d.pairs.map((p) => ({ ...withId(p), left: p.left, right: p.right })),
				...(lines(d.distractors).length ? { distractors: lines(d.distractors) } : {})
			};
		case 'numeric':
			return {
				...common,
				...optional({ answer: numberOrText(d.number), tolerance: numberOrText(d.tolerance), unit: d.unit.trim() }),
				...(d.wrongNumbers.length
					? { wrongAnswers: d.wrongNumbers.map((w) => ({ value: numberOrText(w.value), feedback: w.feedback })) }
					: {})
			};
		case 'short-text':
			return {
				...common,
				accepted: lines(d.accepted),
				...(d.wrongTexts.length
					? { wrongAnswers: d.wrongTexts.map((w) => ({ text: w.text, feedback: w.feedback })) }
					: {})
			};
		case 'cloze':
			return {
				...common,
				text: d.clozeText,
				blanks: d.blanks.map((b) => ({
					id: b.id,
					accepted: lines(b.accepted),
					...(lines(b.choices).length ? { choices: lines(b.choices) } : {}),
					...optional({ feedback: b.feedback.trim() })
				}))
			};
	}
}

/** A draft holding a question as stored, for editing it. */
export function draftFromQuestion(q: ParsedQuestion): QuestionDraft {
	const d: QuestionDraft = {
		...emptyDraft(q.type),
		id: q.id,
		topic: q.topic ?? '',
		difficulty: q.difficulty,
		prompt: q.prompt,
		explanation: q.explanation,
		tags: q.tags.join(', '),
		derived: q.derived ?? '',
		sources: q.sources.map((s) => ({ ...s }))
	};
	const text = (s: string | undefined) => s ?? '';
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			d.options = q.options.map((o) => ({
				id: text(o.id),
				text: o.text,
				correct: o.correct,
				feedback: text(o.feedback)
			}));
			break;
		case 'true-false':
			d.answer = q.answer;
			d.feedbackTrue = text(q.feedback?.true);
			d.feedbackFalse = text(q.feedback?.false);
			break;
		case 'ordering':
			d.items = q.items.map((i) => ({ id: text(i.id), text: i.text, feedback: text(i.feedback) }));
			break;
		case 'matching':
			d.pairs = q.pairs.map((p) => ({ id: text(p.id), left: p.left, right: p.right, feedback: text(p.feedback) }));
			d.distractors = q.distractors.join('\n');
			break;
		case 'numeric':
			d.number = String(q.answer);
			d.tolerance = q.tolerance ? String(q.tolerance) : '';
			d.unit = text(q.unit);
			d.wrongNumbers = q.wrongAnswers.map((w) => ({ value: String(w.value), feedback: w.feedback }));
			break;
		case 'short-text':
			d.accepted = q.accepted.join('\n');
			d.wrongTexts = q.wrongAnswers.map((w) => ({ ...w }));
			break;
		case 'cloze':
			d.clozeText = q.text;
			d.blanks = q.blanks.map((b) => ({
				id: b.id,
				accepted: b.accepted.join('\n'),
				choices: (b.choices ?? []).join('\n'),
				feedback: text(b.feedback)
			}));
			break;
	}
	return d;
}

/** An element id for the form field a finding's path names, e.g. "options[1].text" → "f-options-1-text". */
export function fieldId(path: string): string {
	return `f-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-') || 'question'}`;
}

/** "options[1].text" → "options[1]" → "options" → "". */
export function parentPath(path: string): string {
	return path.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '');
}

/** The field for a path, or the nearest enclosing one that the form has. */
export function fieldFor(path: string, exists: (id: string) => boolean): string | null {
	for (let p = path; ; p = parentPath(p)) {
		if (exists(fieldId(p))) return fieldId(p);
		if (!p) return null;
	}
}
