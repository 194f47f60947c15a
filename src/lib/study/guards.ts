// Small hand-written validators for data from outside (a history file). Each reader returns the
// value, or undefined after noting what is wrong and where ("answers[3].fraction: expected …"), so
// one pass reports every problem in a file.

export class Problems {
	readonly list: string[] = [];

	add(path: string, message: string): void {
		this.list.push(path ? `${path}: ${message}` : message);
	}

	get count(): number {
		return this.list.length;
	}
}

export const at = (path: string, key: string | number): string =>
	typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

export function describe(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'an object';
	if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
	return String(v);
}

function expected(p: Problems, path: string, what: string, v: unknown): undefined {
	p.add(path, v === undefined ? `missing; expected ${what}` : `expected ${what}, got ${describe(v)}`);
	return undefined;
}

export function object(p: Problems, v: unknown, path: string): Record<string, unknown> | undefined {
	if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
	return expected(p, path, 'an object', v);
}

export function list(p: Problems, v: unknown, path: string): unknown[] | undefined {
	return Array.isArray(v) ? v : expected(p, path, 'a list', v);
}

export function text(p: Problems, v: unknown, path: string): string | undefined {
	return typeof v === 'string' && v.length > 0 ? v : expected(p, path, 'non-empty text', v);
}

export function texts(p: Problems, v: unknown, path: string): string[] | undefined {
	const items = list(p, v, path);
	if (!items) return undefined;
	const before = p.count;
	const out = items.map((x, i) => text(p, x, at(path, i)) ?? '');
	return p.count === before ? out : undefined;
}

export function number(
	p: Problems,
	v: unknown,
	path: string,
	range: { min: number; max?: number; integer?: boolean }
): number | undefined {
	const { min, max, integer } = range;
	const ok =
		typeof v === 'number' &&
		Number.isFinite(v) &&
		v >= min &&
		(max === undefined || v <= max) &&
		(!integer || Number.isInteger(v));
	if (ok) return v;
	const kind = integer ? 'a whole number' : 'a number';
	const span = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
	return expected(p, path, `${kind} ${span}`, v);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date-time with its zone, normalised to the UTC form the database sorts by. */
export function isoDate(p: Problems, v: unknown, path: string): string | undefined {
	if (typeof v === 'string' && ISO.test(v)) {
		const t = Date.parse(v);
		if (!Number.isNaN(t)) return new Date(t).toISOString();
	}
	return expected(p, path, 'a date and time such as "2025-06-02T09:00:00.000Z"', v);
}

export function oneOf<T extends string>(p: Problems, v: unknown, path: string, options: readonly T[]): T | undefined {
	if (typeof v === 'string' && (options as readonly string[]).includes(v)) return v as T;
	return expected(p, path, `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`, v);
}

/** Reads a value that may be null; a missing field counts as null too. */
export function nullable<T>(v: unknown, read: (v: unknown) => T | undefined): T | null | undefined {
	return v === null || v === undefined ? null : read(v);
}
