// What repository functions return when the caller may be at fault: a typed failure that a route
// turns into a status (HTTP_STATUS), never an exception.
import type { z } from 'zod';
import { keysAt } from '../content/load';
import { explainIssue } from '../content/problems';
import { formatPath } from '../content/yaml';

export type FailureReason = 'not-found' | 'forbidden' | 'conflict' | 'invalid';

/** One thing wrong with submitted data: where (a field path such as "settings.retries") and what. */
export interface Issue {
	path: string;
	message: string;
}

export interface Failure<R extends FailureReason = FailureReason> {
	ok: false;
	reason: R;
	message: string;
	/** For "invalid": every problem found, not only the first. */
	issues?: Issue[];
}

export type Result<T, R extends FailureReason = FailureReason> = { ok: true; value: T } | Failure<R>;

export const HTTP_STATUS: Record<FailureReason, number> = {
	invalid: 400,
	forbidden: 403,
	'not-found': 404,
	conflict: 409
};

export function ok<T>(value: T): { ok: true; value: T } {
	return { ok: true, value };
}

export function fail<R extends FailureReason>(reason: R, message: string, issues?: Issue[]): Failure<R> {
	return issues ? { ok: false, reason, message, issues } : { ok: false, reason, message };
}

export function invalid(what: string, issues: Issue[]): Failure<'invalid'> {
	const first = issues[0];
	const where = first?.path ? `${first.path}: ` : '';
	const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
	return fail('invalid', `${what} is not valid: ${where}${first?.message ?? 'unknown problem'}${more}`, issues);
}

/** Validates data from outside with the messages content authors get for their files. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, what: string): Result<z.output<S>, 'invalid'> {
	const parsed = schema.safeParse(data);
	if (parsed.success) return ok(parsed.data);
	const issues = parsed.error.issues.flatMap((issue) =>
		explainIssue(issue, data, (p) => keysAt(schema, p)).map((x) => ({ path: formatPath(x.path), message: x.message }))
	);
	return invalid(what, issues);
}
