// A small pack for the instructor helpers' tests: two topics, three passages, one question of
// each kind the tests need.
import { parseArticle } from '../content/article';
import { normaliseQuestion } from '../content/normalise';
import { questionSchema, setFileSchema, type SetFile } from '../content/schema';
import type { Pack } from '../content/types';

export const ARTICLE = [
	'<!-- #ruling -->',
	'On 17 April 2025 the Supreme Court of Russia removed the Taliban from its list.',
	'',
	'## Reasons',
	'',
	'<!-- #security -->',
	'Security came first: Daesh-Khorasan attacks claimed nearly 150 lives.',
	'',
	'<!-- #trade -->',
	'Trade with Central Asia came second.',
	''
].join('\n');

const raw = [
	{
		id: 'ruling-date',
		type: 'single-choice',
		topic: 'timeline',
		difficulty: 1,
		prompt: 'When did the court rule?',
		options: [{ text: '17 April 2025', correct: true }, { text: '23 April 2025' }, { text: 'May 2024' }],
		explanation: 'The ruling was on 17 April 2025.',
		tags: ['dates'],
		sources: [{ passage: 'ruling', quote: 'On 17 April 2025 the Supreme Court of Russia' }]
	},
	{
		id: 'lives-lost',
		type: 'numeric',
		topic: 'reasons',
		difficulty: 2,
		prompt: 'About how many lives did the attacks claim?',
		answer: 150,
		explanation: 'Nearly 150.',
		tags: ['figures'],
		sources: [{ passage: 'security', quote: 'claimed nearly 150 lives' }]
	},
	{
		id: 'first-reason',
		type: 'true-false',
		topic: 'reasons',
		difficulty: 1,
		prompt: 'Trade was the first reason.',
		answer: false,
		explanation: 'Security came first.',
		sources: [{ passage: 'security', quote: 'Security came first' }]
	}
];

export function testPack(): Pack {
	return {
		id: 'court',
		title: 'The court',
		language: 'en',
		source: { title: null, author: null, publisher: null, date: null, url: null, licence: null, note: null },
		topics: [
			{ id: 'timeline', title: 'Timeline' },
			{ id: 'reasons', title: 'Reasons' }
		],
		passages: parseArticle(ARTICLE).passages,
		questions: raw.map((q) => normaliseQuestion(questionSchema.parse(q), 'timeline'))
	};
}

export const testSet = (over: Record<string, unknown> = {}): SetFile =>
	setFileSchema.parse({ id: 'week-1', title: 'Week 1', pack: 'court', questions: ['ruling-date'], ...over });
