import { describe, expect, it } from 'vitest';
import { randomTexts } from '../testing';
import { markdownToSubset } from './markdown-in';
import { toMoodleMarkdown } from './markdown-out';

describe('markdownToSubset', () => {
	it.each([
		["Who's buried in **Grant's tomb**?", "Who's buried in **Grant's tomb**?"],
		["Grant's _tomb_.", "Grant's _tomb_."],
		['multiline1  \nmarkdown', 'multiline1\nmarkdown'],
		['soft\nwrap', 'soft wrap'],
		['para one\n\npara two', 'para one\n\npara two'],
		['nested lists  \n- item 1\n    - nested item 1\n- item 2', 'nested lists\n• item 1\n• nested item 1\n• item 2'],
		['1. first\n2. second', '1. first\n2. second'],
		['# Heading\ntext', '**Heading**\ntext'],
		['Title\n=====\ntext', '**Title**\n\ntext'],
		['> quoted', 'quoted'],
		['a\n\n---\n\nb', 'a\n\n\n\nb'],
		['\\# not a heading, \\*not em\\*', '# not a heading, \\*not em\\*'],
		['`co*de*` here', '`co\\*de\\*` here'],
		['<https://moodle.org>', '[https://moodle.org](https://moodle.org)'],
		['x <b>bold</b> &amp; &lt;tag&gt;', 'x **bold** & <tag>'],
		['![diagram](a.png) below', 'diagram below']
	])('%j becomes %j', (markdown, subset) => {
		expect(markdownToSubset(markdown).text).toBe(subset);
	});

	it('says when an image is left out', () => {
		expect(markdownToSubset('![diagram](a.png)').notes).toEqual([
			'image "a.png" not imported (its alt text "diagram" is kept)'
		]);
	});
});

describe('toMoodleMarkdown', () => {
	it.each([
		['line\nbreak', 'line  \nbreak'],
		['# not a heading', '&num; not a heading'],
		['- not a list', '&#45; not a list'],
		['3. not a list', '3&period; not a list'],
		['a <b>tag</b> & &amp;', 'a &lt;b>tag&lt;/b> & &amp;amp;'],
		['`not code`', '&grave;not code&grave;'],
		['\\# shown with its backslash', '&bsol;# shown with its backslash'],
		['![not an image](x)', '&excl;[not an image](x)'],
		['*em* and [link](https://x.org)', '*em* and [link](https://x.org)']
	])('%j is written %j', (subset, markdown) => {
		expect(toMoodleMarkdown(subset)).toBe(markdown);
	});

	it('is read back by markdownToSubset as the very same text', () => {
		const alphabet = [
			'a',
			' ',
			'  ',
			'    ',
			'\t',
			'\n',
			'*',
			'_',
			'[',
			']',
			'(',
			')',
			'\\',
			'#',
			'-',
			'+',
			'=',
			'1.',
			'>',
			'<',
			'&',
			'amp;',
			'&#45;',
			'`',
			'!',
			'é',
			'[html]',
			'http://a.b',
			'->',
			'|',
			'.'
		];
		for (const s of randomTexts(alphabet, 20000, 7)) {
			const text = s.trim();
			expect(markdownToSubset(toMoodleMarkdown(text)).text).toBe(text);
		}
	}, 30_000);
});
