// The one loader: from a pack's files (given as text, so it runs anywhere) to a validated Pack and
// every problem found in it, reported all at once with its position.
import { z } from 'zod';
import { parseArticle } from './article';
import { checkQuestion, type FieldPath } from './check';
import { normaliseQuestion } from './normalise';
import { explainIssue, sortProblems, type Problem } from './problems';
import { bankSchema, packMetaSchema, QUESTION_TYPES, questionSchema, type ParsedQuestion } from './schema';
import type { Pack, Passage, Question } from './types';
import { formatPath, locate, parseYaml, type YamlFile } from './yaml';

export interface PackFiles {
	/** How the pack's folder is named in messages, e.g. "questions/my-pack". */
	dir: string;
	/** File contents by path relative to the pack folder; a missing file is undefined. */
	read: (relative: string) => string | undefined;
}

export interface LoadResult {
	pack: Pack | null;
	problems: Problem[];
}

/** The keys a schema allows at a path, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: FieldPath): string[] {
	let s: unknown = schema;
	const unwrap = () => {
		for (;;) {
			const def = (s as { _zod?: { def?: { innerType?: unknown } } })._zod?.def;
			if (def?.innerType) s = def.innerType;
			else break;
		}
	};
	for (const seg of path) {
		unwrap();
		if (s instanceof z.ZodObject) s = s.shape[seg as string];
		else if (s instanceof z.ZodArray) s = s.element;
		else return [];
	}
	unwrap();
	return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

const questionSchemas = new Map(questionSchema.options.map((o) => [o.shape.type.value as string, o]));

/** Validates one question as written; findings carry paths relative to the question. */
export function parseQuestion(raw: unknown): {
	question: ParsedQuestion | null;
	findings: { path: FieldPath; message: string; atKey?: boolean }[];
} {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return {
			question: null,
			findings: [{ path: [], message: 'a question is a mapping of fields (id, type, prompt, …)' }]
		};
	}
	const type = (raw as { type?: unknown }).type;
	const schema = typeof type === 'string' ? questionSchemas.get(type) : undefined;
	if (!schema) {
		const message =
			type === undefined
				? `required field "type" is missing; it is one of: ${QUESTION_TYPES.join(', ')}`
				: `unknown type "${String(type)}"; it is one of: ${QUESTION_TYPES.join(', ')}`;
		return { question: null, findings: [{ path: ['type'], message }] };
	}
	const result = schema.safeParse(raw);
	if (result.success) return { question: result.data as ParsedQuestion, findings: [] };
	return {
		question: null,
		findings: result.error.issues.flatMap((i) => explainIssue(i, raw, (p) => keysAt(schema, p)))
	};
}

export function loadPack(files: PackFiles): LoadResult {
	const problems: Problem[] = [];
	const fileName = (rel: string) => `${files.dir}/${rel}`;
	const push = (
		f: YamlFile,
		path: FieldPath,
		message: string,
		opts: { questionId?: string | null; warning?: boolean; atKey?: boolean } = {}
	) => {
		const at = locate(f, path, { key: opts.atKey });
		problems.push({
			file: f.file,
			line: at.line,
			column: at.column,
			questionId: opts.questionId ?? null,
			path: formatPath(path),
			message,
			severity: opts.warning ? 'warning' : 'error'
		});
	};
	const readYaml = (rel: string, from?: { f: YamlFile; path: FieldPath }): YamlFile | null => {
		const text = files.read(rel);
		if (text === undefined) {
			if (from) push(from.f, from.path, `file "${rel}" not found in ${files.dir}`);
			else
				problems.push({
					file: fileName(rel),
					line: 1,
					column: 1,
					questionId: null,
					path: '',
					message: 'file not found',
					severity: 'error'
				});
			return null;
		}
		const f = parseYaml(fileName(rel), text);
		for (const e of f.errors) problems.push({ file: f.file, ...e, questionId: null, path: '', severity: 'error' });
		return f.errors.length ? null : f;
	};

	const metaFile = readYaml('pack.yaml');
	if (!metaFile) return { pack: null, problems: sortProblems(problems) };
	const meta = packMetaSchema.safeParse(metaFile.data ?? {});
	if (!meta.success) {
		for (const issue of meta.error.issues) {
			for (const f of explainIssue(issue, metaFile.data, (p) => keysAt(packMetaSchema, p)))
				push(metaFile, f.path, f.message, { atKey: f.atKey });
		}
		return { pack: null, problems: sortProblems(problems) };
	}
	const m = meta.data;
	const folder = files.dir.split('/').pop();
	if (folder && folder !== m.id)
		push(metaFile, ['id'], `pack id "${m.id}" differs from its folder name "${folder}"; make them the same`);

	let passages: Passage[] = [];
	const articleText = files.read(m.article);
	if (articleText === undefined) {
		push(metaFile, ['article'], `article file "${m.article}" not found in ${files.dir}`);
	} else {
		const parsed = parseArticle(articleText);
		passages = parsed.passages;
		for (const p of parsed.problems) {
			problems.push({
				file: fileName(m.article),
				line: p.line,
				column: p.column,
				questionId: null,
				path: '',
				message: p.message,
				severity: 'error'
			});
		}
	}
	const passageMap = new Map(passages.map((p) => [p.id, p]));
	const topics = new Set(m.topics.map((t) => t.id));

	const questions: Question[] = [];
	// Where each id was first seen; its line is looked up only when a duplicate needs it.
	const seenIds = new Map<string, { f: YamlFile; path: FieldPath }>();
	m.banks.forEach((rel, bankIndex) => {
		const f = readYaml(rel, { f: metaFile, path: ['banks', bankIndex] });
		if (!f) return;
		const bank = bankSchema.safeParse(f.data ?? {});
		if (!bank.success) {
			for (const issue of bank.error.issues) {
				for (const x of explainIssue(issue, f.data, (p) => keysAt(bankSchema, p)))
					push(f, x.path, x.message, { atKey: x.atKey });
			}
			return;
		}
		if (!topics.has(bank.data.topic)) {
			push(f, ['topic'], `topic "${bank.data.topic}" is not declared in pack.yaml (topics: ${[...topics].join(', ')})`);
		}
		bank.data.questions.forEach((raw, i) => {
			const base: FieldPath = ['questions', i];
			const rawId = (raw as { id?: unknown } | null)?.id;
			const qid = typeof rawId === 'string' ? rawId : null;
			if (qid !== null) {
				const earlier = seenIds.get(qid);
				if (earlier) {
					const at = `${earlier.f.file}:${locate(earlier.f, earlier.path).line}`;
					push(f, [...base, 'id'], `id "${qid}" is already used (${at}); ids are unique in a pack`, {
						questionId: qid
					});
				} else seenIds.set(qid, { f, path: [...base, 'id'] });
			}
			const { question, findings } = parseQuestion(raw);
			for (const x of findings) push(f, [...base, ...x.path], x.message, { questionId: qid, atKey: x.atKey });
			if (!question) return;
			const q = normaliseQuestion(question, bank.data.topic);
			if (question.topic && !topics.has(question.topic)) {
				push(f, [...base, 'topic'], `topic "${question.topic}" is not declared in pack.yaml`, { questionId: q.id });
			}
			for (const x of checkQuestion(q, passageMap))
				push(f, [...base, ...x.path], x.message, { questionId: q.id, warning: x.severity === 'warning' });
			questions.push(q);
		});
	});

	const pack: Pack = {
		id: m.id,
		title: m.title,
		language: m.language,
		...(m.description ? { description: m.description } : {}),
		source: m.source,
		topics: m.topics,
		passages,
		questions
	};
	return { pack, problems: sortProblems(problems) };
}
