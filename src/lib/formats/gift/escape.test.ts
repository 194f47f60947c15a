import { describe, expect, it } from 'vitest';
import { escapeGift, protectEscapes, restoreEscapes } from './escape';

describe('GIFT escapes', () => {
	it.each([
		['\\~ \\= \\# \\{ \\} \\:', '~ = # { } :'],
		['a\\nb', 'a\nb'],
		['C:\\\\path', 'C:\\path'],
		['\\\\{live brace}', '\\{live brace}'],
		['\\q stays', '\\q stays']
	])('%j reads as %j', (gift, text) => {
		expect(restoreEscapes(protectEscapes(gift))).toBe(text);
	});

	it('hides escaped control characters from the parser until they are restored', () => {
		const protectedText = protectEscapes('a \\{ b \\} c \\= d \\~ e \\# f \\: g');
		expect(protectedText).not.toMatch(/[{}=~#:]/);
	});

	it('writes any text so that it reads back unchanged', () => {
		const text = 'All of: ~ = # { } \\ and a\nline break, C:\\new';
		expect(restoreEscapes(protectEscapes(escapeGift(text)))).toBe(text);
		expect(escapeGift(text)).toBe('All of\\: \\~ \\= \\# \\{ \\} \\\\ and a\\nline break, C\\:\\\\new');
	});
});
