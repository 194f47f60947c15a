// A general in-memory rate limiter: one token bucket per key (an address, a join code…). A bucket
// holds up to `limit` tokens and refills evenly over `windowMs`, so "600 a minute" allows a burst
// of 600 and then 10 a second. Memory is bounded: past `maxKeys` buckets, full ones are dropped
// first (forgetting them changes nothing) and then the least recently used.
import { systemClock, type Clock } from './clock';

export interface RateLimiterOptions {
	limit: number;
	windowMs: number;
	maxKeys?: number;
	now?: Clock;
}

export interface RateDecision {
	allowed: boolean;
	/** Whole tokens left after this request. */
	remaining: number;
	/** 0 when allowed; otherwise how long until the request would be allowed. */
	retryAfterMs: number;
}

export interface RateLimiter {
	/** Spends `cost` tokens of `key` if it has them. */
	take(key: string, cost?: number): RateDecision;
	/** What take() would decide, without spending. */
	peek(key: string, cost?: number): RateDecision;
	reset(key: string): void;
	/** Buckets currently remembered. */
	readonly size: number;
}

interface Bucket {
	tokens: number;
	at: number;
}

export function createRateLimiter({
	limit,
	windowMs,
	maxKeys = 100_000,
	now = systemClock
}: RateLimiterOptions): RateLimiter {
	if (!(limit > 0) || !(windowMs > 0) || !(maxKeys > 0)) {
		throw new RangeError(
			`rate limiter needs limit, windowMs and maxKeys above 0 (got ${limit}, ${windowMs}, ${maxKeys})`
		);
	}
	const rate = limit / windowMs;
	const buckets = new Map<string, Bucket>();

	const level = (b: Bucket | undefined, t: number) => (b ? Math.min(limit, b.tokens + (t - b.at) * rate) : limit);

	const decide = (tokens: number, cost: number): RateDecision =>
		tokens >= cost
			? { allowed: true, remaining: Math.floor(tokens - cost), retryAfterMs: 0 }
			: { allowed: false, remaining: Math.floor(tokens), retryAfterMs: Math.ceil((cost - tokens) / rate) };

	const checkCost = (cost: number) => {
		if (!(cost > 0) || cost > limit) throw new RangeError(`cost must be above 0 and at most ${limit} (got ${cost})`);
	};

	const trim = (t: number) => {
		for (const [key, b] of buckets) if (level(b, t) >= limit) buckets.delete(key);
		// Map order is insertion order and take() re-inserts, so the first keys are the least recent.
		const excess = buckets.size - Math.floor(maxKeys * 0.9);
		if (excess > 0) {
			let n = 0;
			for (const key of buckets.keys()) {
				if (n++ >= excess) break;
				buckets.delete(key);
			}
		}
	};

	return {
		take(key, cost = 1) {
			checkCost(cost);
			const t = now().getTime();
			const b = buckets.get(key);
			const tokens = level(b, t);
			const decision = decide(tokens, cost);
			buckets.delete(key);
			buckets.set(key, { tokens: decision.allowed ? tokens - cost : tokens, at: t });
			if (buckets.size > maxKeys) trim(t);
			return decision;
		},
		peek(key, cost = 1) {
			checkCost(cost);
			return decide(level(buckets.get(key), now().getTime()), cost);
		},
		reset(key) {
			buckets.delete(key);
		},
		get size() {
			return buckets.size;
		}
	};
}

/** For a Retry-After header: whole seconds, at least 1. */
export const retryAfterSeconds = (d: RateDecision): number => Math.max(1, Math.ceil(d.retryAfterMs / 1000));
