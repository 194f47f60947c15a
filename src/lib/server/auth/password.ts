// Password hashing with scrypt from node:crypto. The parameters are stored with each hash, so they
// can be raised later: old hashes still verify, and needsRehash() tells when to store a new one.
// N = 2^15 costs 32 MiB and 150–300 ms per hash on a busy 2-core machine: slow enough to make
// guessing costly, cheap enough that a few instructors logging in at once do not stall the server.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
	/** CPU/memory cost, a power of two. */
	N: number;
	r: number;
	p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

let current: ScryptParams = DEFAULT_SCRYPT;
/** A hash to verify against when the username is unknown (see verifyNothing). */
let dummy: Promise<string> | null = null;

/**
 * The parameters for new hashes from now on: raised as machines get faster (existing accounts are
 * rehashed at their next login), lowered only by tests that create many accounts.
 */
export function setScryptParams(params: ScryptParams): void {
	current = params;
	dummy = null;
}
export const MIN_PASSWORD_LENGTH = 10;
/** Longer input is refused before hashing: no one types this much, and hashing it costs. */
export const MAX_PASSWORD_LENGTH = 1024;

const KEY_BYTES = 64;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
	// Node's default maxmem (32 MiB) is exactly what N = 2^15, r = 8 needs and is refused; allow twice.
	const maxmem = 256 * N * r + 1024 * 1024;
	return new Promise((resolve, reject) => {
		scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem }, (err, key) =>
			err ? reject(err) : resolve(key)
		);
	});
}

/** "scrypt$N$r$p$salt$hash", salt and hash in base64. */
export async function hashPassword(password: string, params: ScryptParams = current): Promise<string> {
	const salt = randomBytes(SALT_BYTES);
	const key = await derive(password, salt, params);
	return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface Parsed {
	params: ScryptParams;
	salt: Buffer;
	key: Buffer;
}

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;

function parse(stored: string): Parsed | null {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
	const [N, r, p] = parts.slice(1, 4).map(Number);
	// Bounds keep a damaged row from making the server allocate gigabytes.
	if (!isPowerOfTwo(N) || N > 2 ** 20 || !Number.isInteger(r) || r < 1 || r > 32) return null;
	if (!Number.isInteger(p) || p < 1 || p > 16) return null;
	const salt = Buffer.from(parts[4], 'base64');
	const key = Buffer.from(parts[5], 'base64');
	if (salt.length === 0 || key.length === 0) return null;
	return { params: { N, r, p }, salt, key };
}

/** True when `password` matches; false for a wrong password and for a hash it cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parsed = parse(stored);
	if (!parsed || password.length > MAX_PASSWORD_LENGTH) return false;
	const key = await derive(password, parsed.salt, parsed.params);
	return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

export function needsRehash(stored: string, params: ScryptParams = current): boolean {
	const parsed = parse(stored);
	return !parsed || parsed.params.N !== params.N || parsed.params.r !== params.r || parsed.params.p !== params.p;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
	const length = [...password].length;
	if (length < MIN_PASSWORD_LENGTH) {
		return `the password is too short (${length} characters); use at least ${MIN_PASSWORD_LENGTH}`;
	}
	if (password.length > MAX_PASSWORD_LENGTH)
		return `the password is too long; use at most ${MAX_PASSWORD_LENGTH} characters`;
	if (password.trim().length === 0) return 'the password must not be only spaces';
	return null;
}

/**
 * Spends the time a real verification takes, for a username that does not exist, so response time
 * does not tell an attacker which usernames do.
 */
export async function verifyNothing(password: string): Promise<false> {
	dummy ??= hashPassword(randomBytes(16).toString('hex'));
	await verifyPassword(password, await dummy);
	return false;
}
