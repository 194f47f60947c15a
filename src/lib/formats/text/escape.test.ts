import { describe, expect, it } from 'vitest';
import { plainText } from '../../content/markdown';
import { randomTexts } from '../testing';
import { escapeMarkdown, isPlainMarkdown } from './escape';

describe('escapeMarkdown', () => {
	it.each([
		['2 * 3 = 6', '2 \\* 3 = 6'],
		['snake_case stays', 'snake_case stays'],
		['_____ is the largest continent', '\\_\\_\\_\\_\\_ is the largest continent'],
		['[not a link](http://x)', '\\[not a link\\](http://x)'],
		['C:\\path', 'C:\\\\path'],
		['<b>shown as written</b> & more', '<b>shown as written</b> & more']
	])('%j is written %j', (plain, escaped) => {
		expect(escapeMarkdown(plain)).toBe(escaped);
	});

	it('gives back the same characters when the subset is read, for any text', () => {
		const alphabet = ['a', 'b', ' ', '\n', '*', '**', '_', '[', ']', '(', ')', '\\', 'é', 'http://x', '`', '#', '1'];
		for (const s of randomTexts(alphabet, 5000)) expect(plainText(escapeMarkdown(s))).toBe(s);
	}, 30_000);
});

describe('isPlainMarkdown', () => {
	it.each([
		['Kazakhstan', true],
		['2 \\* 3', true],
		['*Kazakhstan*', false],
		['[x](https://x.org)', false]
	])('%j is plain: %s', (text, plain) => {
		expect(isPlainMarkdown(text)).toBe(plain);
	});
});
