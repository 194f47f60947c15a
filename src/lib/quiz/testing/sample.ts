// Generated packs for tests and benchmarks: every question type, cycling through topics,
// difficulties and passages, with right and wrong responses to drive a quiz through.
import { textId } from '../../content/hash';
import { contentVersion } from '../../content/normalise';
import type { Pack, Question, QuestionType } from '../../content/types';
import type { Response } from '../responses';
import { keyOf } from '../reveal';
import { QUESTION_TYPES } from '../settings';

const TOPICS = ['timeline', 'motivations', 'implications'];
const PASSAGES = ['opening', 'legal-steps', 'diplomatic-upgrade', 'economic-gains'];

export function sampleQuestion(type: QuestionType, n: number): Question {
	const id = `q${String(n).padStart(3, '0')}-${type}`;
	const base = {
		id,
		topic: TOPICS[n % TOPICS.length],
		difficulty: ((n % 3) + 1) as 1 | 2 | 3,
		prompt: `Question ${n} (${type})?`,
		explanation: `Explanation ${n}.`,
		tags: n % 2 ? ['odd'] : ['even'],
		sources: [{ passage: PASSAGES[n % PASSAGES.length], quote: `quote ${n}` }],
		version: ''
	};
	let q: Question;
	switch (type) {
		case 'single-choice':
		case 'multiple-response':
			q = {
				...base,
				type,
				options: ['alpha', 'beta', 'gamma', 'delta'].map((t, i) => ({
					id: textId(`${t} ${n}`),
					text: `${t} ${n}`,
					correct: type === 'single-choice' ? i === 0 : i < 2,
					feedback: i === 0 ? undefined : `Not ${t}.`
				}))
			};
			break;
		case 'true-false':
			q = { ...base, type, answer: n % 2 === 0, feedback: { true: 'Said true.', false: 'Said false.' } };
			break;
		case 'ordering':
			q = {
				...base,
				type,
				items: ['first', 'second', 'third', 'fourth'].map((t) => ({
					id: textId(`${t} ${n}`),
					text: `${t} ${n}`,
					feedback: `${t} moved.`
				}))
			};
			break;
		case 'matching':
			q = {
				...base,
				type,
				pairs: ['one', 'two', 'three'].map((t) => ({
					id: textId(`left ${t} ${n}`),
					left: `left ${t} ${n}`,
					right: `right ${t} ${n}`,
					feedback: `Pair ${t}.`
				})),
				distractors: [`right none ${n}`]
			};
			break;
		case 'numeric':
			q = {
				...base,
				type,
				answer: n + 6,
				tolerance: 0,
				unit: 'days',
				wrongAnswers: [{ value: n + 5, feedback: 'One short.' }]
			};
			break;
		case 'short-text':
			q = {
				...base,
				type,
				accepted: ['Kabulov', 'Zamir Kabulov'],
				wrongAnswers: [{ text: 'Zhirnov', feedback: 'The ambassador.' }]
			};
			break;
		case 'cloze':
			q = {
				...base,
				type,
				text: 'Delisted in {{a}} and then in {{b}}.',
				blanks: [
					{
						id: 'a',
						accepted: ['Kazakhstan'],
						choices: ['Kazakhstan', 'Kyrgyzstan', 'Iran'],
						feedback: 'First Kazakhstan.'
					},
					{ id: 'b', accepted: ['Kyrgyzstan'], feedback: 'Then Kyrgyzstan.' }
				]
			};
			break;
	}
	q.version = contentVersion(q);
	return q;
}

/** `count` questions cycling through every type. */
export function samplePack(count = QUESTION_TYPES.length, id = 'sample'): Pack {
	return {
		id,
		title: 'Sample',
		language: 'en',
		source: { title: null, author: null, publisher: null, date: null, url: null, licence: null, note: null },
		topics: TOPICS.map((t) => ({ id: t, title: t })),
		passages: PASSAGES.map((p) => ({ id: p, section: null, text: `Passage ${p}.` })),
		questions: Array.from({ length: count }, (_, i) => sampleQuestion(QUESTION_TYPES[i % QUESTION_TYPES.length], i))
	};
}

export const rightResponse = (q: Question): Response => keyOf(q).key;

/** A response that scores 0. */
export function wrongResponse(q: Question): Response {
	switch (q.type) {
		case 'single-choice':
			return { type: q.type, optionId: q.options.find((o) => !o.correct)?.id ?? 'none' };
		case 'multiple-response':
			return { type: q.type, optionIds: q.options.filter((o) => !o.correct).map((o) => o.id) };
		case 'true-false':
			return { type: q.type, value: !q.answer };
		case 'ordering':
			return { type: q.type, itemIds: q.items.map((i) => i.id).reverse() };
		case 'matching':
			return { type: q.type, matches: Object.fromEntries(q.pairs.map((p) => [p.id, textId(q.distractors[0] ?? 'x')])) };
		case 'numeric':
			return { type: q.type, value: String(q.answer + 1000) };
		case 'short-text':
			return { type: q.type, text: 'nobody' };
		case 'cloze':
			return { type: q.type, blanks: Object.fromEntries(q.blanks.map((b) => [b.id, 'nowhere'])) };
	}
}
