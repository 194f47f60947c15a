// Share codes for sets: short enough to read aloud or copy from a board. The alphabet leaves out
// 0/O and 1/I/L, which people confuse; 31 symbols in 7 places give about 27 billion codes.
import { randomInt } from 'node:crypto';

export const SHARE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SHARE_CODE_LENGTH = 7;

export function newShareCode(): string {
	let code = '';
	for (let i = 0; i < SHARE_CODE_LENGTH; i++) code += SHARE_CODE_ALPHABET[randomInt(SHARE_CODE_ALPHABET.length)];
	return code;
}

/** The code as stored: "abc 2de-f" → "ABC2DEF"; null when it cannot be a share code. */
export function normaliseShareCode(input: string): string | null {
	const code = input.toUpperCase().replace(/[\s-]/g, '');
	if (code.length !== SHARE_CODE_LENGTH) return null;
	for (const ch of code) if (!SHARE_CODE_ALPHABET.includes(ch)) return null;
	return code;
}
