import { describe, expect, it } from 'vitest';
import { createRateLimiter, retryAfterSeconds } from './rate-limit';

function clock(start = 0) {
	let t = start;
	return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

describe('createRateLimiter', () => {
	it('allows a burst up to the limit, then refuses and says how long to wait', () => {
		const c = clock();
		const limiter = createRateLimiter({ limit: 3, windowMs: 3000, now: c.now });
		expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
		expect(limiter.take('a')).toEqual({ allowed: false, remaining: 0, retryAfterMs: 1000 });
	});

	it('refills evenly over the window', () => {
		const c = clock();
		const limiter = createRateLimiter({ limit: 600, windowMs: 60_000, now: c.now });
		for (let i = 0; i < 600; i++) limiter.take('addr');
		expect(limiter.take('addr').allowed).toBe(false);
		c.advance(100);
		expect(limiter.take('addr')).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
		expect(limiter.take('addr').allowed).toBe(false);
		c.advance(60_000);
		expect(limiter.peek('addr')).toEqual({ allowed: true, remaining: 599, retryAfterMs: 0 });
	});

	it('keeps a separate count for each key', () => {
		const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock().now });
		expect(limiter.take('a').allowed).toBe(true);
		expect(limiter.take('a').allowed).toBe(false);
		expect(limiter.take('b').allowed).toBe(true);
	});

	it('does not spend tokens on a refused request or on peek', () => {
		const c = clock();
		const limiter = createRateLimiter({ limit: 2, windowMs: 2000, now: c.now });
		limiter.take('a', 2);
		limiter.take('a');
		limiter.peek('a');
		c.advance(1000);
		expect(limiter.take('a').allowed).toBe(true);
	});

	it('charges a cost of several tokens at once', () => {
		const limiter = createRateLimiter({ limit: 10, windowMs: 1000, now: clock().now });
		expect(limiter.take('a', 7)).toEqual({ allowed: true, remaining: 3, retryAfterMs: 0 });
		expect(limiter.take('a', 4)).toEqual({ allowed: false, remaining: 3, retryAfterMs: 100 });
	});

	it('forgets a key on reset', () => {
		const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: clock().now });
		limiter.take('a');
		limiter.reset('a');
		expect(limiter.take('a').allowed).toBe(true);
	});

	it('drops full buckets first when it holds more than maxKeys, since forgetting them changes nothing', () => {
		const c = clock();
		const limiter = createRateLimiter({ limit: 2, windowMs: 1000, maxKeys: 10, now: c.now });
		limiter.take('drained', 2);
		for (let i = 0; i < 5; i++) limiter.take(`idle${i}`);
		c.advance(600);
		for (let i = 0; i < 5; i++) limiter.take(`new${i}`);
		expect(limiter.size).toBe(6);
		// Least recently used of all, but not full: kept, with its 1.2 tokens.
		expect(limiter.peek('drained').remaining).toBe(0);
	});

	it('then drops the least recently used, so memory stays bounded whatever the keys', () => {
		const limiter = createRateLimiter({ limit: 2, windowMs: 1000, maxKeys: 10, now: clock().now });
		limiter.take('first', 2);
		for (let i = 0; i < 50; i++) limiter.take(`k${i}`);
		expect(limiter.size).toBeLessThanOrEqual(10);
		expect(limiter.peek('first').remaining).toBe(1);
		expect(limiter.peek('k49').remaining).toBe(0);
	});

	it.each([
		[{ limit: 0, windowMs: 1000 }, 'rate limiter needs limit, windowMs and maxKeys above 0 (got 0, 1000, 100000)'],
		[{ limit: 5, windowMs: -1 }, 'rate limiter needs limit, windowMs and maxKeys above 0 (got 5, -1, 100000)']
	])('refuses options %j', (options, message) => {
		expect(() => createRateLimiter(options)).toThrow(message);
	});

	it('refuses a cost above the limit, which could never be allowed', () => {
		const limiter = createRateLimiter({ limit: 3, windowMs: 1000 });
		expect(() => limiter.take('a', 4)).toThrowErrorMatchingInlineSnapshot(
			`[RangeError: cost must be above 0 and at most 3 (got 4)]`
		);
	});
});

describe('retryAfterSeconds', () => {
	it.each([
		[0, 1],
		[1, 1],
		[1000, 1],
		[1001, 2]
	])('turns %d ms into %d s', (ms, s) => {
		expect(retryAfterSeconds({ allowed: false, remaining: 0, retryAfterMs: ms })).toBe(s);
	});
});
