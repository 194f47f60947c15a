import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SCRYPT,
	hashPassword,
	needsRehash,
	passwordProblem,
	verifyPassword,
	type ScryptParams
} from './password';

// Cheap parameters keep the suite fast; the default ones are exercised once below.
const FAST: ScryptParams = { N: 1024, r: 8, p: 1 };

describe('hashPassword and verifyPassword', () => {
	it('accepts the password that was hashed and refuses any other', async () => {
		const stored = await hashPassword('correct horse battery', FAST);
		expect(await verifyPassword('correct horse battery', stored)).toBe(true);
		expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
		expect(await verifyPassword('', stored)).toBe(false);
	});

	it('stores the algorithm and its parameters with a random salt', async () => {
		const a = await hashPassword('same password here', FAST);
		const b = await hashPassword('same password here', FAST);
		expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
		expect(a).not.toBe(b);
	});

	it('hashes with the default parameters unless told otherwise', async () => {
		const stored = await hashPassword('a long enough password');
		expect(stored.startsWith(`scrypt$${DEFAULT_SCRYPT.N}$${DEFAULT_SCRYPT.r}$${DEFAULT_SCRYPT.p}$`)).toBe(true);
		expect(await verifyPassword('a long enough password', stored)).toBe(true);
	});

	it('treats composed and decomposed accents as the same password', async () => {
		const stored = await hashPassword('caf\u00e9 au lait!', FAST);
		expect(await verifyPassword('cafe\u0301 au lait!', stored)).toBe(true);
	});

	it.each([
		['an empty string', ''],
		['another algorithm', 'bcrypt$2b$10$abc'],
		['too few parts', 'scrypt$1024$8$1$c2FsdA=='],
		['N not a power of two', 'scrypt$1000$8$1$c2FsdA==$aGFzaA=='],
		['N too large', `scrypt$${2 ** 24}$8$1$c2FsdA==$aGFzaA==`],
		['r out of range', 'scrypt$1024$0$1$c2FsdA==$aGFzaA=='],
		['an empty salt', 'scrypt$1024$8$1$$aGFzaA==']
	])('refuses, without throwing, a stored hash that is %s', async (_, stored) => {
		expect(await verifyPassword('whatever password', stored)).toBe(false);
	});
});

describe('needsRehash', () => {
	it('is true for hashes made with other parameters or unreadable ones, false for current ones', async () => {
		expect(needsRehash(await hashPassword('some password 1', FAST))).toBe(true);
		expect(needsRehash(await hashPassword('some password 1', FAST), FAST)).toBe(false);
		expect(needsRehash('garbage')).toBe(true);
	});
});

describe('passwordProblem', () => {
	it.each([
		['123456789', 'the password is too short (9 characters); use at least 10'],
		['', 'the password is too short (0 characters); use at least 10'],
		['          ', 'the password must not be only spaces'],
		['x'.repeat(1025), 'the password is too long; use at most 1024 characters'],
		['1234567890', null],
		['ééééééééé€', null]
	])('for %j says %j', (password, expected) => {
		expect(passwordProblem(password)).toBe(expected);
	});
});
