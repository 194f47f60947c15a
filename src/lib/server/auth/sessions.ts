// Login sessions. The browser holds a random token; the database holds only its sha256, so reading
// the database does not give anyone a way in. Sessions slide: a session used in its second half is
// extended, so an instructor who comes back every few weeks stays logged in.
import { createHash, randomBytes } from 'node:crypto';
import { systemClock, type ClockOption } from '../clock';
import type { Db } from '../db/tables';
import type { User } from '../repo/users';

export const SESSION_COOKIE = 'footnote_session';
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** A session with less than this left is extended to a full lifetime when used. */
export const SESSION_RENEW_WITHIN_MS = SESSION_LIFETIME_MS / 2;

const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export interface NewSession {
	/** Goes in the cookie; never stored. */
	token: string;
	expiresAt: Date;
}

export interface ValidSession {
	user: User;
	expiresAt: Date;
	/** The expiry moved: set the cookie again with the new date. */
	renewed: boolean;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(
	db: Db,
	userId: string,
	{ now = systemClock }: ClockOption = {}
): Promise<NewSession> {
	const token = randomBytes(TOKEN_BYTES).toString('base64url');
	const at = now();
	const expiresAt = new Date(at.getTime() + SESSION_LIFETIME_MS);
	await db
		.insertInto('auth_sessions')
		.values({
			id: hashToken(token),
			user_id: userId,
			created_at: at.toISOString(),
			expires_at: expiresAt.toISOString()
		})
		.execute();
	return { token, expiresAt };
}

/** The session's user, or null for a missing, malformed, unknown or expired token. */
export async function validateSession(
	db: Db,
	token: string | null | undefined,
	{ now = systemClock }: ClockOption = {}
): Promise<ValidSession | null> {
	if (!token || !TOKEN_SHAPE.test(token)) return null;
	const id = hashToken(token);
	const row = await db
		.selectFrom('auth_sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select(['s.expires_at', 'u.id', 'u.username', 'u.created_at', 'u.updated_at'])
		.where('s.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const at = now().getTime();
	let expiresAt = new Date(row.expires_at);
	if (expiresAt.getTime() <= at) {
		await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
		return null;
	}
	const renewed = expiresAt.getTime() - at < SESSION_RENEW_WITHIN_MS;
	if (renewed) {
		expiresAt = new Date(at + SESSION_LIFETIME_MS);
		await db.updateTable('auth_sessions').set({ expires_at: expiresAt.toISOString() }).where('id', '=', id).execute();
	}
	const user = { id: row.id, username: row.username, createdAt: row.created_at, updatedAt: row.updated_at };
	return { user, expiresAt, renewed };
}

/** Logging out: the token stops working at once. */
export async function invalidateSession(db: Db, token: string): Promise<void> {
	await db.deleteFrom('auth_sessions').where('id', '=', hashToken(token)).execute();
}

/** Ends every session of an account, except the one whose token is `except`; returns how many ended. */
export async function invalidateUserSessions(
	db: Db,
	userId: string,
	{ except }: { except?: string } = {}
): Promise<number> {
	let query = db.deleteFrom('auth_sessions').where('user_id', '=', userId);
	if (except) query = query.where('id', '!=', hashToken(except));
	const { numDeletedRows } = await query.executeTakeFirst();
	return Number(numDeletedRows);
}

/** Housekeeping: expired sessions are refused anyway, this only reclaims their rows. */
export async function deleteExpiredSessions(db: Db, { now = systemClock }: ClockOption = {}): Promise<number> {
	const { numDeletedRows } = await db
		.deleteFrom('auth_sessions')
		.where('expires_at', '<=', now().toISOString())
		.executeTakeFirst();
	return Number(numDeletedRows);
}

export interface SessionCookieOptions {
	path: '/';
	httpOnly: true;
	sameSite: 'lax';
	secure: boolean;
	expires: Date;
}

/**
 * Options for cookies.set(SESSION_COOKIE, token, …). `secure` is a URL (the request's: Secure when it
 * is https) or a boolean. Lax lets a link from elsewhere arrive logged in but keeps the cookie off
 * cross-site form posts.
 */
export function sessionCookieOptions(secure: URL | boolean, expires: Date): SessionCookieOptions {
	const isSecure = typeof secure === 'boolean' ? secure : secure.protocol === 'https:';
	return { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure, expires };
}
