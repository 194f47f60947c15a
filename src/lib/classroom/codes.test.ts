import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode, spacedCode } from './codes';

describe('join codes', () => {
	it('are six characters with none of 0, O, 1, I or L', () => {
		expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
		for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
	});

	it('draw every symbol of the alphabet', () => {
		let n = 0;
		const code = newJoinCode(() => n++ % JOIN_CODE_ALPHABET.length);
		expect(code).toBe('234567');
	});

	it.each([
		['abc234', 'ABC234'],
		[' ABC-234 ', 'ABC234'],
		['abc 234', 'ABC234'],
		['ABC23', null],
		['ABC2345', null],
		['ABC01O', null]
	])('reads %j as %j', (typed, code) => expect(normaliseJoinCode(typed)).toBe(code));

	it('are shown in two halves', () => expect(spacedCode('ABC234')).toBe('ABC 234'));
});
