// Join codes: six characters a class can read off a projector and type on a phone. The alphabet
// leaves out 0/O and 1/I/L, which people confuse; 31 symbols in 6 places give about 887 million codes.
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(random: (n: number) => number = cryptoInt): string {
	let code = '';
	for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
	return code;
}

function cryptoInt(n: number): number {
	// Rejection sampling keeps every symbol equally likely.
	const limit = Math.floor(256 / n) * n;
	const byte = new Uint8Array(1);
	do globalThis.crypto.getRandomValues(byte);
	while (byte[0] >= limit);
	return byte[0] % n;
}

/** The code as stored, from what a person typed (any case, spaces and dashes ignored); null when it cannot be one. */
export function normaliseJoinCode(input: string): string | null {
	const code = input.toUpperCase().replace(/[\s-]/g, '');
	if (code.length !== JOIN_CODE_LENGTH) return null;
	for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
	return code;
}

/** "ABC 234": easier to read aloud and to copy. */
export const spacedCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
