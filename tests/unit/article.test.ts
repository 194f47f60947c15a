import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatArticle, parseArticle } from '../../src/lib/content/article';
import { loadPackDir } from '../../src/lib/content/disk';

const SOURCE = readFileSync('../shared/source/article.txt', 'utf8');
const HEADINGS = ['A Gradual Transformation', 'Multiple Motivations', 'A Milestone on the Path to Legitimacy'];

describe('the first pack keeps the source article word for word', () => {
	const pack = loadPackDir('questions/russia-taliban-delisting').pack;
	const passages = pack?.passages ?? [];

	it('has every paragraph of the source exactly once, verbatim, as a passage, in order', () => {
		const paragraphs = SOURCE.split('\n')
			.map((l) => l.trim())
			.filter((l) => l && !HEADINGS.includes(l));
		expect(passages.map((p) => p.text)).toEqual(paragraphs);
	});

	it('puts each passage under the heading above it, and none above the first four', () => {
		let section: string | null = null;
		const expected: (string | null)[] = [];
		for (const line of SOURCE.split('\n').map((l) => l.trim())) {
			if (!line) continue;
			if (HEADINGS.includes(line)) section = line;
			else expected.push(section);
		}
		expect(passages.map((p) => p.section)).toEqual(expected);
		expect(passages.slice(0, 4).every((p) => p.section === null)).toBe(true);
	});

	it('keeps the numbers that open five paragraphs as text, not list markers', () => {
		const numbered = passages.filter((p) => /^\d\. /.test(p.text)).map((p) => p.text.slice(0, 23));
		expect(numbered).toEqual([
			'1. Security Considerati',
			'1. Statements that down',
			'2. Messaging that warns',
			'3. Countering Western S',
			'4. Securing Economic Ga'
		]);
	});

	it('gives every passage a unique, readable id', () => {
		const ids = passages.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.every((id) => /^[a-z][a-z0-9-]+$/.test(id))).toBe(true);
	});
});

describe('article files', () => {
	it('keep ids written down, so inserting a paragraph changes no other id', () => {
		const before = parseArticle('<!-- #a -->\nFirst.\n\n<!-- #b -->\nSecond.\n').passages;
		const after = parseArticle('<!-- #a -->\nFirst.\n\n<!-- #new -->\nInserted.\n\n<!-- #b -->\nSecond.\n').passages;
		expect(after.filter((p) => p.id !== 'new')).toEqual(before);
	});

	it('report a paragraph without an id, a duplicate id and a stray marker by line', () => {
		const { problems } = parseArticle(
			'Orphan paragraph.\n\n<!-- #a -->\nOne.\n\n<!-- #a -->\nTwo.\n\n<!-- #c -->\n\n### Deep heading\n'
		);
		expect(problems).toEqual([
			{
				line: 1,
				column: 1,
				message: 'paragraph has no id: put a line "<!-- #some-id -->" right above it ("Orphan paragraph.…")'
			},
			{ line: 6, column: 1, message: 'passage id "a" is already used on line 3' },
			{ line: 9, column: 1, message: 'passage marker "#c" has no paragraph after it' },
			{ line: 11, column: 1, message: 'only "## " headings are allowed: each starts a section' }
		]);
	});

	it('round-trip through formatArticle', () => {
		const { passages } = parseArticle(readFileSync('questions/russia-taliban-delisting/article.md', 'utf8'));
		expect(parseArticle(formatArticle(passages)).passages).toEqual(passages);
	});
});
