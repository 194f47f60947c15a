import { describe, expect, it } from 'vitest';
import { newShareCode, normaliseShareCode, SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH } from './share-code';

describe('share codes', () => {
	it('are 7 characters from an alphabet without 0, O, 1, I or L', () => {
		expect(SHARE_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
		for (let i = 0; i < 200; i++) {
			const code = newShareCode();
			expect(code).toHaveLength(SHARE_CODE_LENGTH);
			for (const ch of code) expect(SHARE_CODE_ALPHABET).toContain(ch);
		}
	});

	it('differ from one draw to the next', () => {
		expect(new Set(Array.from({ length: 1000 }, newShareCode)).size).toBe(1000);
	});

	it.each([
		['ABC2DEF', 'ABC2DEF'],
		['abc2def', 'ABC2DEF'],
		[' abc-2de f ', 'ABC2DEF'],
		['ABC2DE', null],
		['ABC2DEFG', null],
		['ABC0DEF', null],
		['ABCIDEF', null],
		['', null]
	])('read %j as %j', (input, expected) => {
		expect(normaliseShareCode(input)).toBe(expected);
	});
});
