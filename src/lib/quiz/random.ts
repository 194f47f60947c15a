// A small seeded random source: the same seed gives the same quiz in every browser and on the
// server, so an attempt can be reproduced from its link. Math.random cannot be seeded, hence sfc32.

export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
}

/** Four 32-bit words from a string (cyrb128), enough state for sfc32 and stable across engines. */
function seedWords(seed: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < seed.length; i++) {
		const k = seed.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export function createRandom(seed: string): Random {
	let [a, b, c, d] = seedWords(seed);
	const next = () => {
		a |= 0;
		b |= 0;
		c |= 0;
		d |= 0;
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	// The first outputs of sfc32 still echo the seed's words; discard them.
	for (let i = 0; i < 12; i++) next();
	return { next, int: (n) => Math.floor(next() * n) };
}

/** A new copy in random order (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = random.int(i + 1);
		const tmp = out[i];
		out[i] = out[j];
		out[j] = tmp;
	}
	return out;
}

// 32 symbols, so a byte modulo the length is unbiased.
const SEED_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A fresh seed, short enough for a link, with no look-alike characters (l, 1, 0, o). */
export function newSeed(length = 10): string {
	const bytes = new Uint8Array(length);
	globalThis.crypto.getRandomValues(bytes);
	let s = '';
	for (const b of bytes) s += SEED_ALPHABET[b % SEED_ALPHABET.length];
	return s;
}
