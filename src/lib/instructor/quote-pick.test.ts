import { describe, expect, it } from 'vitest';
import { quoteFromSelection, quoteProblem, sentencesOf } from './quote-pick';

const a = { id: 'a', section: null, text: 'Russia’s envoy met the minister. He said “ally”, twice! Then 2 more.' };
const b = { id: 'b', section: null, text: 'Another passage entirely.' };
const all = new Map([
	['a', a],
	['b', b]
]);

describe('the quote picker', () => {
	it.each([
		['words found verbatim', 'envoy met the minister', null],
		['words with spaces around them', '  envoy met  ', null],
		['nothing', '   ', 'select or type the words to cite'],
		[
			'straight quotes for curly ones',
			"Russia's envoy",
			'quote differs from passage "a" only in quotation marks, dashes or spaces; the article has: "Russia’s envoy"'
		],
		['words from another passage', 'Another passage', 'quote is not in passage "a" but is in passage "b"'],
		[
			'words that are not there',
			'envoy saw the minister',
			'quote is not in passage "a"; the closest text there is: "envoy met the minister."'
		]
	])('judges %s', (_, quote, problem) => {
		expect(quoteProblem(quote, a, all)).toBe(problem);
	});

	it('turns a selection’s line breaks back into the passage’s single spaces', () => {
		expect(quoteFromSelection('\n envoy met\n the minister ', a)).toBe('envoy met the minister');
	});

	it('splits a passage into its sentences, each exactly as written', () => {
		const sentences = sentencesOf(a.text);
		expect(sentences).toEqual(['Russia’s envoy met the minister.', 'He said “ally”, twice!', 'Then 2 more.']);
		for (const s of sentences) expect(a.text.includes(s)).toBe(true);
	});
});
