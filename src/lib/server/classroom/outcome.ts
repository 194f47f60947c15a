// What classroom operations return: the value, or a refusal carrying the HTTP status it calls for,
// a message that says what is wrong, and (for a student) the state to show instead.
import type { StudentState } from '../../classroom';
import type { Issue } from '../result';

export interface Refusal {
	ok: false;
	status: 400 | 401 | 403 | 404 | 409 | 429 | 503;
	message: string;
	issues?: Issue[];
	retryAfterSeconds?: number;
	state?: StudentState;
}

export type Outcome<T> = { ok: true; value: T } | Refusal;

export const done = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const refuse = (status: Refusal['status'], message: string, extra: Partial<Refusal> = {}): Refusal => ({
	ok: false,
	status,
	message,
	...extra
});
