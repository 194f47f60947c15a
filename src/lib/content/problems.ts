// One shape for every problem found in content, and one way to print it:
//   file:line:col  question-id  field.path  message
import type { core } from 'zod';
import { editDistance, type FieldPath, type Severity } from './check';
import { formatPath } from './yaml';

export interface Problem {
	file: string;
	line: number;
	column: number;
	questionId: string | null;
	path: string;
	message: string;
	severity: Severity;
}

export function formatProblem(p: Problem): string {
	const where = `${p.file}:${p.line}:${p.column}`;
	const msg = p.severity === 'warning' ? `warning: ${p.message}` : p.message;
	return `${where}  ${p.questionId ?? '-'}  ${p.path || '-'}  ${msg}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error');

function valueAt(data: unknown, path: FieldPath): unknown {
	let v: unknown = data;
	for (const seg of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[seg];
	}
	return v;
}

function describe(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'a mapping';
	if (typeof v === 'string') return `the text "${v.length > 30 ? v.slice(0, 30) + '…' : v}"`;
	return `${typeof v} ${String(v)}`;
}

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a mapping (field: value)'
};

export interface IssueFinding {
	path: FieldPath;
	message: string;
	/** Point at the key of a map entry rather than its value. */
	atKey?: boolean;
}

/** A zod issue in words a content author can act on. `data` is what was validated. */
export function explainIssue(
	issue: core.$ZodIssue,
	data: unknown,
	knownKeys: (path: FieldPath) => string[]
): IssueFinding[] {
	const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((k) => {
				const known = knownKeys(path);
				const near = known
					.filter((c) => editDistance(c, k) <= 2)
					.sort((a, b) => editDistance(a, k) - editDistance(b, k))[0];
				return {
					path: [...path, k],
					atKey: true,
					message: `unknown field "${k}"${near ? `; did you mean "${near}"?` : known.length ? `; allowed here: ${known.join(', ')}` : ''}`
				};
			});
		case 'invalid_type': {
			const actual = valueAt(data, path);
			if (actual === undefined) return [{ path, message: `required field "${formatPath(path.slice(-1))}" is missing` }];
			return [{ path, message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(actual)}` }];
		}
		case 'invalid_union':
			return [
				{
					path,
					message:
						issue.message === 'Invalid input' ? `${describe(valueAt(data, path))} is not allowed here` : issue.message
				}
			];
		default:
			return [{ path, message: issue.message }];
	}
}
