// Helpers for this folder's tests: seeded random texts, and the shared fixtures.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Texts made of pieces of `alphabet`, from a seeded generator: a failing case fails on every run. */
export function randomTexts(alphabet: string[], count: number, seed = 1): string[] {
	let state = seed;
	const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
	return Array.from({ length: count }, () => {
		let s = '';
		const n = Math.floor(next() * 12);
		for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
		return s;
	});
}

/** The shared fixtures folder, beside the project. */
export const FIXTURES = resolve(process.cwd(), '../shared/fixtures');

export const fixture = (path: string) => readFileSync(resolve(FIXTURES, path), 'utf8');
