import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../content/load';
import { loadSet } from '../content/sets';
import { questionSchema, type ParsedQuestion } from '../content/schema';
import { packFiles, tidyQuestion, zipFolder, type StoredMeta } from './pack-files';
import { ARTICLE, testSet } from './testing';

const meta: StoredMeta = {
	id: 'court',
	title: 'The court',
	language: 'en',
	source: { title: null, author: 'A. Writer', publisher: null, date: null, url: null, licence: null, note: null },
	topics: [
		{ id: 'timeline', title: 'Timeline' },
		{ id: 'reasons', title: 'Reasons' }
	]
};

const q = (over: Record<string, unknown>): ParsedQuestion =>
	questionSchema.parse({
		id: 'q',
		type: 'single-choice',
		difficulty: 1,
		prompt: 'P?',
		options: [{ text: 'On 17 April 2025', correct: true }, { text: 'Later' }],
		explanation: 'E.',
		sources: [{ passage: 'ruling', quote: 'On 17 April 2025' }],
		...over
	});

function load(files: Record<string, string>) {
	return loadPack({ dir: 'questions/court', read: (rel) => files[rel] });
}

describe('pack files', () => {
	it('are a pack that the validator loads without a problem, sets included', () => {
		const files = packFiles({
			meta,
			article: ARTICLE,
			questions: [q({ id: 'a' }), q({ id: 'b', topic: 'reasons' }), q({ id: 'c', topic: 'timeline' })],
			sets: [testSet({ questions: ['a', 'b'] }), testSet({ questions: ['c'] })]
		});
		expect(Object.keys(files).sort()).toEqual([
			'article.md',
			'banks/reasons.yaml',
			'banks/timeline.yaml',
			'pack.yaml',
			'sets/week-1-2.yaml',
			'sets/week-1.yaml'
		]);
		const { pack, problems } = load(files);
		expect(problems).toEqual([]);
		expect(pack?.questions.map((x) => [x.id, x.topic])).toEqual([
			['a', 'timeline'],
			['c', 'timeline'],
			['b', 'reasons']
		]);
		const packs = new Map([['court', pack!]]);
		for (const name of ['sets/week-1.yaml', 'sets/week-1-2.yaml']) {
			expect(loadSet(name, files[name], packs).problems).toEqual([]);
		}
	});

	it('give a pack with no questions yet an empty bank, so it still loads', () => {
		const files = packFiles({ meta, article: ARTICLE, questions: [] });
		expect(files['banks/timeline.yaml']).toBe('topic: timeline\nquestions: []\n');
		expect(load(files).problems).toEqual([]);
	});

	it('leave out what only repeats a default', () => {
		expect(tidyQuestion(q({}))).toEqual({
			id: 'q',
			type: 'single-choice',
			difficulty: 1,
			prompt: 'P?',
			options: [{ text: 'On 17 April 2025', correct: true }, { text: 'Later' }],
			explanation: 'E.',
			sources: [{ passage: 'ruling', quote: 'On 17 April 2025' }]
		});
	});

	it('zip under a folder named for the pack', () => {
		const files = packFiles({ meta, article: ARTICLE, questions: [q({})] });
		const unzipped = unzipSync(zipFolder('court', files));
		expect(Object.keys(unzipped).sort()).toEqual(
			Object.keys(files)
				.map((f) => `court/${f}`)
				.sort()
		);
		expect(strFromU8(unzipped['court/article.md'])).toBe(ARTICLE);
	});
});
