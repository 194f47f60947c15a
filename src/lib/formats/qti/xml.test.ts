import { describe, expect, it } from 'vitest';
import { inline } from './html';
import { qtiIdentifier, xmlAttr, xmlText } from './xml';

describe('XML escaping', () => {
	it('escapes markup in text and quotes and line breaks in attributes', () => {
		expect(xmlText('a < b && c > d "q"')).toBe('a &lt; b &amp;&amp; c &gt; d "q"');
		expect(xmlAttr('say "hi"\nthen\tgo')).toBe('say &quot;hi&quot;&#10;then&#9;go');
	});

	it('marks characters XML cannot hold, and keeps the ones it can', () => {
		expect(xmlText('a\u0001b\u001Fc\uFFFE\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFD\uFFFDd');
		expect(xmlText('tab\tline\nemoji 😀 del\u007F')).toBe('tab\tline\nemoji 😀 del\u007F');
	});
});

describe('qtiIdentifier', () => {
	it.each([
		['c_', '3fa2c1d0', 'c_3fa2c1d0'],
		['item-', 'russia-taliban', 'item-russia-taliban'],
		['B_', 'a b/c', 'B_a_b_c']
	])('%s + %s is %s', (prefix, id, out) => {
		expect(qtiIdentifier(prefix, id)).toBe(out);
	});
});

describe('inline', () => {
	it('writes the subset as XHTML, text escaped', () => {
		expect(inline('*a* **b** [c](https://x.org/?a=1&b=2) <d>\nline')).toBe(
			'<em>a</em> <strong>b</strong> <a href="https://x.org/?a=1&amp;b=2">c</a> &lt;d&gt;<br/>line'
		);
	});

	it('lets a caller place elements inside runs of text', () => {
		expect(inline('*say X now*', (t) => t.replace('X', '<x/>'))).toBe('<em>say <x/> now</em>');
	});
});
