// From a question as written (ids optional, topic from its bank) to the question every other part
// of Footnote uses: every option, item and pair has an id, and the question has a content version.
import { hash, textId } from './hash';
import type { ParsedQuestion } from './schema';
import type { Question } from './types';

export function normaliseQuestion(q: ParsedQuestion, bankTopic: string): Question {
	const topic = q.topic ?? bankTopic;
	const base = { ...q, topic, version: '' };
	let out: Question;
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			out = {
				...base,
				type: q.type,
				options: q.options.map((o) => ({ ...o, id: o.id ?? textId(o.text) }))
			} as Question;
			break;
		case 'ordering':
			out = { ...base, type: q.type, items: q.items.map((o) => ({ ...o, id: o.id ?? textId(o.text) })) } as Question;
			break;
		case 'matching':
			out = { ...base, type: q.type, pairs: q.pairs.map((p) => ({ ...p, id: p.id ?? textId(p.left) })) } as Question;
			break;
		default:
			out = base as Question;
	}
	out.version = contentVersion(out);
	return out;
}

/**
 * A hash of what a learner answers: the prompt, the options and the key. Explanations, feedback,
 * tags and citations may be improved without making earlier answers stale.
 */
export function contentVersion(q: Question): string {
	const key: unknown[] = [q.type, q.prompt];
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			key.push(q.options.map((o) => [o.id, o.text, o.correct]));
			break;
		case 'true-false':
			key.push(q.answer);
			break;
		case 'ordering':
			key.push(q.items.map((i) => [i.id, i.text]));
			break;
		case 'matching':
			key.push(
				q.pairs.map((p) => [p.id, p.left, p.right]),
				q.distractors
			);
			break;
		case 'numeric':
			key.push(q.answer, q.tolerance, q.unit ?? null);
			break;
		case 'short-text':
			key.push(q.accepted);
			break;
		case 'cloze':
			key.push(
				q.text,
				q.blanks.map((b) => [b.id, b.accepted, b.choices ?? null])
			);
			break;
	}
	return hash(JSON.stringify(key)).slice(0, 12);
}
