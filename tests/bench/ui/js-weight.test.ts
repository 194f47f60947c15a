import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipSize, isScript, weigh } from './js-weight';

describe('isScript', () => {
	it.each([
		{ type: 'script', url: 'http://x/_app/immutable/entry/start.js', expected: true },
		{ type: 'other', url: 'http://x/_app/immutable/chunks/a1.js', expected: true },
		{ type: 'fetch', url: 'http://x/_app/immutable/chunks/a1.mjs?v=2', expected: true },
		{ type: 'script', url: 'http://x/api/data', expected: true },
		{ type: 'stylesheet', url: 'http://x/_app/immutable/assets/app.css', expected: false },
		{ type: 'fetch', url: 'http://x/packs/p/pack.json', expected: false },
		{ type: 'document', url: 'http://x/quiz?file=a.js', expected: false }
	])('counts a $type response from $url: $expected', ({ type, url, expected }) => {
		expect(isScript(type, url)).toBe(expected);
	});
});

describe('weigh', () => {
	const body = (text: string) => new TextEncoder().encode(text);
	const big = body('export const x = "' + 'abc'.repeat(500) + '";');
	const small = body('export {};');

	it('counts each address once and sums the gzip -9 sizes', () => {
		const weight = weigh([
			{ url: 'http://x/a.js', body: big },
			{ url: 'http://x/b.js', body: small },
			{ url: 'http://x/a.js', body: big }
		]);
		expect(weight.files.map((f) => f.url)).toEqual(['http://x/a.js', 'http://x/b.js']);
		expect(weight.gzipBytes).toBe(gzipSync(big, { level: 9 }).length + gzipSync(small, { level: 9 }).length);
		expect(weight.files[0].bytes).toBe(big.length);
	});

	it('weighs nothing as zero', () => {
		expect(weigh([])).toEqual({ gzipBytes: 0, files: [] });
	});

	it('sizes a body as gzip at level 9 would send it', () => {
		expect(gzipSize(big)).toBe(gzipSync(big, { level: 9 }).length);
		expect(gzipSize(big)).toBeLessThan(big.length);
	});
});
