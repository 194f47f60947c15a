// Sets as files: what the download gives and the upload takes is the set file format that
// `npm run validate` checks in questions/<pack>/sets/, refused with the validator's own lines.
import { stringify } from 'yaml';
import { formatProblem, hasErrors, type Problem } from '../content/problems';
import type { SetFile } from '../content/schema';
import { loadSet } from '../content/sets';
import type { Pack } from '../content/types';

export const MAX_SET_FILE_CHARS = 1_000_000;

/** The set as YAML, fields in the order the format documents them; empty lists left out. */
export function setToYaml(set: SetFile): string {
	const out: Record<string, unknown> = { id: set.id, title: set.title, pack: set.pack };
	if (set.description) out.description = set.description;
	if (set.topic) out.topic = set.topic;
	out.settings = set.settings;
	if (set.questions.length) out.questions = set.questions;
	if (set.draw) out.draw = set.draw;
	if (set.newQuestions.length) out.newQuestions = set.newQuestions;
	return stringify(out, { lineWidth: 0 });
}

export type ReadSet =
	{ ok: true; set: SetFile; warnings: string[] } | { ok: false; problems: Problem[]; lines: string[] };

/** An uploaded set file, checked against the packs it may name. Warnings do not refuse it. */
export function readSetYaml(file: string, text: string, packs: ReadonlyMap<string, Pack>): ReadSet {
	if (text.length > MAX_SET_FILE_CHARS) {
		const problem: Problem = {
			file,
			line: 1,
			column: 1,
			questionId: null,
			path: '',
			message: `the file is ${text.length} characters long; a set file may have at most ${MAX_SET_FILE_CHARS}`,
			severity: 'error'
		};
		return { ok: false, problems: [problem], lines: [formatProblem(problem)] };
	}
	const { value, problems } = loadSet(file, text, packs);
	if (!value || hasErrors(problems)) {
		const errors = problems.filter((p) => p.severity === 'error');
		return { ok: false, problems: errors, lines: errors.map(formatProblem) };
	}
	return { ok: true, set: value.set, warnings: problems.map(formatProblem) };
}

/** A set file name for a download: the set's id, which is already a safe slug. */
export const setFileName = (set: Pick<SetFile, 'id'>) => `${set.id}.yaml`;
