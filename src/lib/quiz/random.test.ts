import { describe, expect, it } from 'vitest';
import { createRandom, newSeed, shuffle } from './random';

describe('createRandom', () => {
	it('gives the same numbers for the same seed and different ones for another', () => {
		const a = createRandom('seed-1');
		const b = createRandom('seed-1');
		const c = createRandom('seed-2');
		const take = (r: ReturnType<typeof createRandom>) => Array.from({ length: 5 }, () => r.next());
		const first = take(a);
		expect(take(b)).toEqual(first);
		expect(take(c)).not.toEqual(first);
	});

	it('stays in [0, 1) and spreads evenly enough to shuffle with', () => {
		const r = createRandom('spread');
		const buckets = new Array(10).fill(0);
		for (let i = 0; i < 10_000; i++) {
			const x = r.next();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
			buckets[Math.floor(x * 10)]++;
		}
		for (const n of buckets) expect(n).toBeGreaterThan(850);
	});

	it('pins its output so a shared link gives the same quiz after an upgrade', () => {
		expect(shuffle(['a', 'b', 'c', 'd', 'e'], createRandom('pinned')).join('')).toMatchInlineSnapshot(`"bcade"`);
	});
});

describe('shuffle', () => {
	it('returns a new list with the same items', () => {
		const items = [1, 2, 3, 4, 5, 6];
		const out = shuffle(items, createRandom('x'));
		expect(out).not.toBe(items);
		expect([...out].sort()).toEqual(items);
	});
});

describe('newSeed', () => {
	it('makes short seeds without look-alike characters', () => {
		const seeds = Array.from({ length: 50 }, () => newSeed());
		for (const s of seeds) expect(s).toMatch(/^[a-km-np-z2-9]{10}$/);
		expect(new Set(seeds).size).toBe(50);
	});
});
