// Logging in, with failed attempts limited per username and per address and kept in the database,
// so a restart does not reset a lockout and several server processes share one count.
import { systemClock, type Clock } from '../clock';
import type { Db } from '../db/tables';
import { newId } from '../ids';
import { authenticate, normaliseUsername, type User } from '../repo/users';

export interface LoginLimits {
	/** Failures allowed per username, and per address, within the window. */
	failures: number;
	windowMs: number;
}

export const LOGIN_LIMITS: LoginLimits = { failures: 5, windowMs: 15 * 60 * 1000 };

export type LoginResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'locked'; retryAfterMinutes: number; message: string }
	| { ok: false; reason: 'credentials'; message: string };

export interface LoginInput {
	username: string;
	password: string;
	/** The client's address (event.getClientAddress()). */
	address: string;
}

interface LoginOptions {
	now?: Clock;
	limits?: LoginLimits;
}

function attemptKeys(username: string, address: string): string[] {
	// An unusable username still counts against itself, so spraying odd names is limited too.
	const user = normaliseUsername(username) ?? username.trim().toLowerCase().slice(0, 64);
	return [`user:${user}`, `address:${address}`];
}

/** When the key may try again (ms since epoch), or null when it is not locked. */
async function lockedUntil(db: Db, key: string, at: number, limits: LoginLimits): Promise<number | null> {
	const recent = await db
		.selectFrom('login_attempts')
		.select('at')
		.where('key', '=', key)
		.where('at', '>', new Date(at - limits.windowMs).toISOString())
		.orderBy('at', 'desc')
		.limit(limits.failures)
		.execute();
	if (recent.length < limits.failures) return null;
	// Unlocked once the oldest of the last `failures` failures leaves the window.
	return new Date(recent[recent.length - 1].at).getTime() + limits.windowMs;
}

export function lockedMessage(minutes: number): string {
	return `too many failed logins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/**
 * Checks a username and password. After `failures` wrong tries in `windowMs` for a username or from
 * an address, further tries are refused without checking the password until the window has passed.
 * The message never says whether the username exists.
 */
export async function login(
	db: Db,
	{ username, password, address }: LoginInput,
	{ now = systemClock, limits = LOGIN_LIMITS }: LoginOptions = {}
): Promise<LoginResult> {
	const at = now().getTime();
	const keys = attemptKeys(username, address);
	const until = Math.max(...(await Promise.all(keys.map((k) => lockedUntil(db, k, at, limits)))).map((u) => u ?? 0));
	if (until > at) {
		const retryAfterMinutes = Math.ceil((until - at) / 60_000);
		return { ok: false, reason: 'locked', retryAfterMinutes, message: lockedMessage(retryAfterMinutes) };
	}
	const user = await authenticate(db, username, password);
	if (user) {
		// The address keeps its count: one valid account must not unlock guessing at others.
		await db.deleteFrom('login_attempts').where('key', '=', keys[0]).execute();
		return { ok: true, user };
	}
	const stamp = new Date(at).toISOString();
	await db.transaction().execute(async (tx) => {
		await tx
			.deleteFrom('login_attempts')
			.where('at', '<=', new Date(at - limits.windowMs).toISOString())
			.execute();
		await tx
			.insertInto('login_attempts')
			.values(keys.map((key) => ({ id: newId(), key, at: stamp })))
			.execute();
	});
	return { ok: false, reason: 'credentials', message: 'wrong username or password' };
}
