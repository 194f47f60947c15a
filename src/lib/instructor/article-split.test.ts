import { describe, expect, it } from 'vitest';
import { formatArticle, parseArticle } from '../content/article';
import { splitArticle } from './article-split';

describe('splitArticle', () => {
	it('makes each paragraph a passage with an id from its first words, and ## headings sections', () => {
		const { passages, title, problems } = splitArticle(
			'# The ruling\n\nRussia’s Supreme Court ruled on April 17.\nIt took effect at once.\n\n## Why\n\nSecurity came first.\n'
		);
		expect(problems).toEqual([]);
		expect(title).toBe('The ruling');
		expect(passages).toEqual([
			{
				id: 'russias-supreme-court-ruled-on',
				section: null,
				text: 'Russia’s Supreme Court ruled on April 17. It took effect at once.'
			},
			{ id: 'security-came-first', section: 'Why', text: 'Security came first.' }
		]);
	});

	it('gives paragraphs that begin alike distinct ids', () => {
		const { passages } = splitArticle('The court ruled.\n\nThe court ruled again.\n\nThe court ruled.');
		expect(passages.map((p) => p.id)).toEqual(['the-court-ruled', 'the-court-ruled-again', 'the-court-ruled-2']);
	});

	it('reads text without blank lines as one paragraph per line', () => {
		const { passages } = splitArticle('First line here.\nSecond line here.\nThird line.');
		expect(passages.map((p) => p.text)).toEqual(['First line here.', 'Second line here.', 'Third line.']);
	});

	it.each([
		['a heading of any level', '### Deep\n\nText.', 'Deep'],
		['an underlined heading', 'Part two\n--------\n\nText.', 'Part two'],
		['a heading with closing hashes', '## Closing ##\n\nText.', 'Closing']
	])('takes %s as a section', (_, source, section) => {
		expect(splitArticle(source).passages).toEqual([{ id: 'text', section, text: 'Text.' }]);
	});

	it('falls back to "passage" for a paragraph with no latin letters or digits', () => {
		expect(splitArticle('Москва и Кабул.\n\n— …').passages.map((p) => p.id)).toEqual(['passage', 'passage-2']);
	});

	it('writes an article that parses back to the same passages, ids and all', () => {
		const source =
			'# T\n\nOne <b>two</b> three.\n<!-- a comment -->\n\n## S\n\n1. Security first.\n\n## S\n\nLast "words".';
		const { passages } = splitArticle(source);
		const again = parseArticle(formatArticle(passages));
		expect(again.problems).toEqual([]);
		expect(again.passages).toEqual(passages);
	});

	it('reads an article that already has passage markers as it is', () => {
		const marked = '<!-- #kept-id -->\nAlready marked.\n';
		expect(splitArticle(marked).passages).toEqual([{ id: 'kept-id', section: null, text: 'Already marked.' }]);
	});

	it.each([
		['an empty text', '  \n\n ', 'the article has no paragraphs'],
		['a binary file', 'PK\u0000\u0003', 'the file is not text'],
		['a marked article with a bare paragraph', '<!-- #a -->\nOne.\n\nTwo.', 'paragraph has no id']
	])('refuses %s with a message', (_, source, message) => {
		const { problems } = splitArticle(source);
		expect(problems[0].message).toContain(message);
	});
});
