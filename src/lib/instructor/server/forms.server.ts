// Form posts validated with zod, their problems in the shape every page and endpoint shows:
// a field path and a message that says what to do.
import { explainIssue } from '$lib/content/problems';
import { formatPath } from '$lib/content/yaml';
import type { Issue } from '$lib/server';
import type { z } from 'zod';

export function formIssues(error: z.ZodError, data?: unknown): Issue[] {
	return error.issues.flatMap((issue) =>
		explainIssue(issue, data, () => []).map((f) => ({ path: formatPath(f.path), message: f.message }))
	);
}

/** A form's text fields as a plain object (files and repeated names aside), for zod to read. */
export function formObject(fd: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of fd) if (typeof value === 'string' && !(key in out)) out[key] = value;
	return out;
}
