import { describe, expect, it } from 'vitest';
import { parseMarkdown, plainText } from './markdown';

describe('the safe Markdown subset', () => {
	it('parses emphasis, strong, links and line breaks into nodes', () => {
		expect(parseMarkdown('A *very* **bold** [link](https://example.org)\nnext')).toEqual([
			{ kind: 'text', text: 'A ' },
			{ kind: 'em', children: [{ kind: 'text', text: 'very' }] },
			{ kind: 'text', text: ' ' },
			{ kind: 'strong', children: [{ kind: 'text', text: 'bold' }] },
			{ kind: 'text', text: ' ' },
			{ kind: 'link', href: 'https://example.org', children: [{ kind: 'text', text: 'link' }] },
			{ kind: 'br' },
			{ kind: 'text', text: 'next' }
		]);
	});

	it('keeps HTML as plain text, never as markup', () => {
		expect(parseMarkdown('<script>alert(1)</script> <b>x</b>')).toEqual([
			{ kind: 'text', text: '<script>alert(1)</script> <b>x</b>' }
		]);
	});

	it('turns a link with a dangerous address into its text alone', () => {
		expect(parseMarkdown('[click](javascript:alert(1))')).toEqual([{ kind: 'text', text: 'click)' }]);
		expect(parseMarkdown('[data](data:text/html,hi)')).toEqual([{ kind: 'text', text: 'data' }]);
	});

	it('does not read underscores inside words as emphasis', () => {
		expect(plainText('snake_case_name and _this_')).toBe('snake_case_name and this');
		expect(parseMarkdown('_this_')[0]).toEqual({ kind: 'em', children: [{ kind: 'text', text: 'this' }] });
	});

	it('lets a backslash keep a marker literal', () => {
		expect(plainText('2 \\* 3 \\* 4')).toBe('2 * 3 * 4');
	});
});
