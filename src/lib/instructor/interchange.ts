// GIFT and Aiken files into a new set, and a set out as GIFT or a QTI 2.1 package, for the
// instructors' pages: the same readers, writers and reports as `footnote import` and `footnote
// export --set`. Imported questions are stored as the instructor's own questions on the pack, as if
// written in the browser, so the authoring page can edit them and add the citations they lack.
// Saving touches the database: this module is for the server only.
import { z } from 'zod';
import type { QuestionInput, SetFile } from '../content/schema';
import type { Pack } from '../content/types';
import { detectFormat, exportGift, exportQti, importAiken, importGift, type ReportEntry } from '../formats';
import { splitBlocks } from '../formats/gift/blocks';
import { setIdFor } from '../formats/set-file';
import {
	createQuestion,
	fail,
	ok,
	ownedSetRow,
	updateQuestion,
	type AuthoredQuestion,
	type Db,
	type Failure,
	type FailureReason,
	type Result,
	type StoredSet
} from '$lib/server';
import { checkQuestionInput, type QuestionContext } from './check-question';
import { packForSet } from './set-quiz';
import { packForOwner } from './server/library.server';
import { createCheckedSet } from './server/sets.server';

/** The largest file (or pasted text) read for an import, in bytes of UTF-8. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type ImportFormat = 'gift' | 'aiken';
export const EXPORT_FORMATS = ['gift', 'qti'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_NAMES: Record<ImportFormat | ExportFormat, string> = {
	gift: 'GIFT',
	aiken: 'Aiken',
	qti: 'QTI 2.1'
};

/** The form's text fields; the file travels beside them and is read by readUpload. */
export const importFormSchema = z.object({
	pack: z
		.string({ error: 'choose the article the questions are about' })
		.trim()
		.min(1, 'choose the article the questions are about'),
	format: z
		.enum(['auto', 'gift', 'aiken'], { error: 'the format is "auto" (detect it), "gift" or "aiken"' })
		.default('auto'),
	text: z.string().default('')
});
export type ImportForm = z.output<typeof importFormSchema>;

export const exportFormatSchema = z.enum(EXPORT_FORMATS, { error: 'the format is "gift" or "qti"' });

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** What an import reads: the uploaded file's bytes, or else the pasted text. */
export type ImportSource = { name: string; bytes: Uint8Array } | { name: null; text: string };

/**
 * The text to import, or why it cannot be read. A file must be UTF-8 text: a Word document or a
 * PDF is refused with a message that says how to get text from it.
 */
export function readSource(
	source: ImportSource
): { ok: true; name: string | null; text: string } | { ok: false; message: string } {
	if (source.name === null) {
		const size = new TextEncoder().encode(source.text).length;
		if (size > MAX_IMPORT_BYTES)
			return { ok: false, message: `the pasted text is ${megabytes(size)}; at most 2 MB can be imported at once` };
		if (!source.text.trim()) return { ok: false, message: 'choose a GIFT or Aiken file to upload, or paste its text' };
		return { ok: true, name: null, text: source.text };
	}
	const { name, bytes } = source;
	const file = `the file ${name}`;
	if (bytes.length > MAX_IMPORT_BYTES)
		return {
			ok: false,
			message: `${file} is ${megabytes(bytes.length)}; a file to import may be at most 2 MB: split it into smaller files`
		};
	if (bytes.length === 0) return { ok: false, message: `${file} is empty` };
	const binary = `${file} is not a text file`;
	const asText = 'save the questions as plain text (.txt, UTF-8) and upload that';
	if (bytes.includes(0))
		return { ok: false, message: `${binary} (it holds binary data, as a Word document or a PDF does): ${asText}` };
	try {
		return { ok: true, name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, message: `${binary} in UTF-8: ${asText}` };
	}
}

export interface ImportRequest {
	text: string;
	/** The file's name, which names the set; null for pasted text. */
	name: string | null;
	format: ImportFormat | 'auto';
	/** The pack as the instructor sees it, their own questions included (their ids are taken). */
	pack: Pack;
}

export interface ImportPlan {
	format: ImportFormat;
	/** The format was read from the content, not chosen. */
	detected: boolean;
	packId: string;
	/** Checked as the authoring page checks a question; each becomes one of the instructor's questions. */
	questions: QuestionInput[];
	/** The new set, picking those questions in the file's order. */
	set: { id: string; title: string; pack: string; questions: string[] };
	/** What was not carried, or not saved, with the line of the file where its question starts. */
	report: ReportEntry[];
}

export type PlannedImport =
	{ ok: true; plan: ImportPlan } | { ok: false; message: string; format: ImportFormat | null; report: ReportEntry[] };

const withoutTopic = (q: QuestionInput): QuestionInput => {
	const { topic: _topic, ...rest } = q;
	return rest as QuestionInput;
};

const withoutSources = (q: QuestionInput): QuestionInput => {
	const { sources: _sources, ...rest } = q;
	return { ...rest, uncited: true } as QuestionInput;
};

/**
 * The line where each imported question starts, for the report's entries about it. Aiken reports
 * every question with its line. GIFT gives one question per block, in order, except the blocks it
 * reports as "not imported" and lone $CATEGORY lines; if the count does not match, the lines the
 * report already has are all there is.
 */
function questionLines(
	format: ImportFormat,
	text: string,
	questions: readonly QuestionInput[],
	report: readonly ReportEntry[]
): Map<string, number> {
	const lines = new Map<string, number>();
	for (const e of report) if (e.questionId && e.line && !lines.has(e.questionId)) lines.set(e.questionId, e.line);
	if (format !== 'gift') return lines;
	const skipped = new Set(report.filter((e) => e.line && e.message.includes('not imported')).map((e) => e.line));
	const blocks = splitBlocks(text).filter(
		(b) => !skipped.has(b.line) && !(b.text.startsWith('$CATEGORY:') && !b.text.includes('\n'))
	);
	if (blocks.length === questions.length) questions.forEach((q, i) => lines.set(q.id, blocks[i].line));
	return lines;
}

/** Lines first, in file order; entries about the whole file last. */
const byLine = (entries: ReportEntry[]) =>
	entries
		.map((e, i) => ({ e, i }))
		.sort((a, b) => (a.e.line ?? Infinity) - (b.e.line ?? Infinity) || a.i - b.i)
		.map(({ e }) => e);

/**
 * Reads the file and judges every question it gives as the authoring page would before saving it.
 * A question the validator refuses is reported and left out; a file that leaves nothing to save is
 * refused as a whole, so nothing is created from it.
 */
export function planImport(req: ImportRequest): PlannedImport {
	const format = req.format === 'auto' ? detectFormat(req.text) : req.format;
	const what = req.name === null ? 'the pasted text' : `the file ${req.name}`;
	if (!format) {
		return {
			ok: false,
			format: null,
			message: `${what} is neither GIFT (questions with answers in {…}) nor Aiken (options "A)" and an "ANSWER:" line); choose the format if you know it`,
			report: []
		};
	}
	const { pack } = req;
	const taken = new Set(pack.questions.map((q) => q.id));
	const read =
		format === 'gift' ? importGift(req.text, { reservedIds: taken }) : importAiken(req.text, { reservedIds: taken });
	const report = [...read.report];
	const lineOf = questionLines(format, req.text, read.questions, report);
	const at = (id: string) => ({ questionId: id, ...(lineOf.has(id) ? { line: lineOf.get(id) } : {}) });
	const topics = pack.topics.map((t) => t.id);
	const ctx: QuestionContext = {
		packId: pack.id,
		passages: new Map(pack.passages.map((p) => [p.id, p])),
		topics,
		defaultTopic: topics[0],
		takenIds: taken
	};
	const errorsOf = (q: QuestionInput) => checkQuestionInput(q, ctx).findings.filter((f) => f.severity === 'error');

	const questions: QuestionInput[] = [];
	for (const imported of read.questions) {
		let q = imported;
		if (q.topic !== undefined && !topics.includes(q.topic)) {
			report.push({
				...at(q.id),
				level: 'warning',
				message: `topic "${q.topic}" is not one of this article's topics: the article's first topic is used`
			});
			q = withoutTopic(q);
		}
		let errors = errorsOf(q);
		// Citations written for another article need not lose the question: it waits for new ones.
		if (errors.length && q.sources?.length) {
			const bare = withoutSources(q);
			if (errorsOf(bare).length === 0) {
				const first = errors[0];
				report.push({
					...at(q.id),
					level: 'warning',
					message: `its citations do not check against this article: kept without them, to be cited again (${first.path ? `${first.path}: ` : ''}${first.message})`
				});
				q = bare;
				errors = [];
			}
		}
		if (errors.length) {
			for (const f of errors)
				report.push({
					...at(q.id),
					level: 'warning',
					message: `not saved: ${f.path ? `${f.path}: ` : ''}${f.message}`
				});
			continue;
		}
		questions.push(q);
	}
	const kind = FORMAT_NAMES[format];
	if (read.questions.length === 0) {
		return {
			ok: false,
			format,
			message: `no question could be imported from ${what} (${kind})`,
			report: byLine(report)
		};
	}
	if (questions.length === 0) {
		const n = read.questions.length;
		return {
			ok: false,
			format,
			message: `none of the ${n} question${n === 1 ? '' : 's'} read from ${what} (${kind}) could be saved`,
			report: byLine(report)
		};
	}
	const uncited = questions.filter((q) => q.uncited).length;
	if (uncited) {
		report.push({
			level: 'info',
			message: `${uncited} of ${questions.length} question${questions.length === 1 ? '' : 's'} ${uncited === 1 ? 'has' : 'have'} no citations yet: cite ${uncited === 1 ? 'it' : 'each'} from the set's page`
		});
	}
	return {
		ok: true,
		plan: {
			format,
			detected: req.format === 'auto',
			packId: pack.id,
			questions,
			set: {
				id: setIdFor(req.name ?? 'pasted-text'),
				title: `Imported from ${req.name ?? 'pasted text'}`,
				pack: pack.id,
				questions: questions.map((q) => q.id)
			},
			report: byLine(report)
		}
	};
}

/** Rolls the transaction back and carries the refusal out of it. */
class Refused extends Error {
	constructor(readonly failure: Failure) {
		super(failure.message);
	}
}

/**
 * Stores the questions as the owner's and the set that picks them, all or nothing: a refusal half
 * way (an id someone saved meanwhile) leaves no questions behind without their set.
 */
export async function saveImport(
	db: Db,
	ownerId: string,
	plan: ImportPlan
): Promise<Result<{ set: StoredSet; questions: AuthoredQuestion[] }>> {
	try {
		const saved = await db.transaction().execute(async (tx) => {
			const rows: AuthoredQuestion[] = [];
			for (const body of plan.questions) {
				const r = await createQuestion(tx, ownerId, { packId: plan.packId, setId: null, body });
				if (!r.ok) throw new Refused(r);
				rows.push(r.value);
			}
			const set = await createCheckedSet(tx, ownerId, plan.set);
			if (!set.ok) throw new Refused(set);
			// A question belongs to the set it was imported for, as one written "for this set" does.
			const questions: AuthoredQuestion[] = [];
			for (const row of rows) {
				const r = await updateQuestion(tx, ownerId, row.id, { body: row.body, setId: set.value.id });
				if (!r.ok) throw new Refused(r);
				questions.push(r.value);
			}
			return { set: set.value, questions };
		});
		return ok(saved);
	} catch (e) {
		if (e instanceof Refused) return e.failure;
		throw e;
	}
}

/**
 * Where to add citations to one of a set's questions: the authoring page, editing the owner's
 * stored question. A question carried inside an uploaded set file has no stored question to edit.
 */
export async function citeLink(
	db: Db,
	ownerId: string,
	setId: string,
	questionId: string
): Promise<Result<string, FailureReason>> {
	const owned = await ownedSetRow(db, ownerId, setId);
	if (!owned.ok) return owned;
	const packId = owned.value.pack_id;
	const pack = await packForOwner(db, ownerId, packId);
	if (!pack.ok) return pack;
	const row = pack.value.authored.find((a) => a.body.id === questionId);
	if (!row) {
		return fail(
			'not-found',
			`question "${questionId}" is not one of your questions on "${packId}": a question inside an uploaded set file is cited in the file`
		);
	}
	const q = new URLSearchParams({ edit: row.id, set: setId });
	return ok(`/packs/${encodeURIComponent(packId)}/author?${q}#editor`);
}

export interface SetExport {
	format: ExportFormat;
	fileName: string;
	contentType: string;
	body: string | Uint8Array<ArrayBuffer>;
	/** The questions the set can ask, every one a draw may take included: all of them are written. */
	questions: number;
	report: ReportEntry[];
}

/** The set as `footnote export --format gift|qti --set` writes it. */
export function exportSet(set: SetFile, base: Pack, format: ExportFormat): SetExport {
	const { pack } = packForSet(base, set);
	const questions = pack.questions;
	if (format === 'gift') {
		const gift = exportGift(questions);
		return {
			format,
			fileName: `${set.id}.gift.txt`,
			contentType: 'text/plain; charset=utf-8',
			body: gift.text,
			questions: questions.length,
			report: gift.report
		};
	}
	const qti = exportQti({ id: set.id, title: set.title, questions, passages: pack.passages });
	return {
		format,
		fileName: `${set.id}.qti21.zip`,
		contentType: 'application/zip',
		// fflate allocates its own ArrayBuffer; the type only says it might not.
		body: qti.zip as Uint8Array<ArrayBuffer>,
		questions: questions.length,
		report: qti.report
	};
}

/** A download's answer: the file, named after the set, never shown in the browser. */
export function exportResponse(file: SetExport): Response {
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.fileName}"`,
			'cache-control': 'private, no-store'
		}
	});
}
