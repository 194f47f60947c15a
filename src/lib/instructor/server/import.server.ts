// A set file uploaded through a form or the API: read as the validator reads a file in
// questions/<pack>/sets/, and refused with its lines when it would not pass there.
import { createSet, type Db, type FailureReason, type StoredSet } from '$lib/server';
import { readSetYaml } from '../set-yaml';
import { packMapFor } from './library.server';

export type ImportResult =
	| { ok: true; set: StoredSet }
	| { ok: false; reason: FailureReason; message: string; lines: string[]; issues: { path: string; message: string }[] };

export async function importSetText(db: Db, ownerId: string, file: string, text: string): Promise<ImportResult> {
	const read = readSetYaml(file, text, await packMapFor(db, ownerId));
	if (!read.ok) {
		const n = read.lines.length;
		return {
			ok: false,
			reason: 'invalid',
			message: `the set file is not valid (${n} problem${n === 1 ? '' : 's'})`,
			lines: read.lines,
			issues: read.problems.map((p) => ({ path: p.path, message: `${p.file}:${p.line}:${p.column}: ${p.message}` }))
		};
	}
	const created = await createSet(db, ownerId, read.set);
	if (!created.ok) {
		return { ok: false, reason: created.reason, message: created.message, lines: [], issues: created.issues ?? [] };
	}
	return { ok: true, set: created.value };
}

/** From a form with a `file` upload or a `yaml` text field. */
export async function importSetFile(db: Db, ownerId: string, fd: FormData): Promise<ImportResult> {
	const file = fd.get('file');
	const pasted = fd.get('yaml');
	if (file instanceof File && file.size > 0) return importSetText(db, ownerId, file.name, await file.text());
	if (typeof pasted === 'string' && pasted.trim()) return importSetText(db, ownerId, 'pasted.yaml', pasted);
	const message = 'choose a set file (.yaml) to upload, or paste its text';
	return { ok: false, reason: 'invalid', message, lines: [], issues: [{ path: 'file', message }] };
}
