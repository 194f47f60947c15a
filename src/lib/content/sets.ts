// Question sets as files: validated against the pack they draw from, with the same messages and
// positions as banks.
import { checkQuestion, type FieldPath } from './check';
import { keysAt, parseQuestion } from './load';
import { normaliseQuestion } from './normalise';
import { explainIssue, sortProblems, type Problem } from './problems';
import { setFileSchema, type SetFile } from './schema';
import type { Pack, Question } from './types';
import { formatPath, locate, parseYaml, type YamlFile } from './yaml';

export interface LoadedSet {
	set: SetFile;
	/** The set's own questions, normalised. */
	newQuestions: Question[];
}

export function loadSet(
	file: string,
	text: string,
	packs: ReadonlyMap<string, Pack>
): { value: LoadedSet | null; problems: Problem[] } {
	const f = parseYaml(file, text);
	const problems: Problem[] = f.errors.map((e) => ({
		file,
		...e,
		questionId: null,
		path: '',
		severity: 'error' as const
	}));
	if (f.errors.length) return { value: null, problems };
	const value = checkSetData(f, f.data, packs, problems);
	return { value, problems: sortProblems(problems) };
}

/** Validates set data (already parsed); positions come from `f` when the data came from YAML. */
export function checkSetData(
	f: YamlFile | null,
	data: unknown,
	packs: ReadonlyMap<string, Pack>,
	problems: Problem[]
): LoadedSet | null {
	const push = (
		path: FieldPath,
		message: string,
		opts: { questionId?: string | null; warning?: boolean; atKey?: boolean } = {}
	) => {
		const at = f ? locate(f, path, { key: opts.atKey }) : { line: 1, column: 1 };
		problems.push({
			file: f?.file ?? 'set',
			line: at.line,
			column: at.column,
			questionId: opts.questionId ?? null,
			path: formatPath(path),
			message,
			severity: opts.warning ? 'warning' : 'error'
		});
	};
	const parsed = setFileSchema.safeParse(data ?? {});
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			for (const x of explainIssue(issue, data, (p) => keysAt(setFileSchema, p)))
				push(x.path, x.message, { atKey: x.atKey });
		}
		return null;
	}
	const set = parsed.data;
	const pack = packs.get(set.pack);
	if (!pack) {
		push(['pack'], `unknown pack "${set.pack}" (packs: ${[...packs.keys()].join(', ') || 'none'})`);
		return null;
	}
	const packIds = new Set(pack.questions.map((q) => q.id));
	const topics = new Set(pack.topics.map((t) => t.id));
	if (set.topic && !topics.has(set.topic)) push(['topic'], `topic "${set.topic}" is not one of the pack's topics`);
	set.questions.forEach((id, i) => {
		if (!packIds.has(id)) push(['questions', i], `question "${id}" is not in pack "${pack.id}"`, { questionId: id });
	});
	const passages = new Map(pack.passages.map((p) => [p.id, p]));
	const newQuestions: Question[] = [];
	const own = new Set<string>();
	set.newQuestions.forEach((raw, i) => {
		const base: FieldPath = ['newQuestions', i];
		const rawId = (raw as { id?: unknown } | null)?.id;
		const { question, findings } = parseQuestion(raw);
		for (const x of findings)
			push([...base, ...x.path], x.message, { questionId: typeof rawId === 'string' ? rawId : null, atKey: x.atKey });
		if (!question) return;
		const topic = question.topic ?? set.topic ?? pack.topics[0].id;
		if (!topics.has(topic))
			push([...base, 'topic'], `topic "${topic}" is not one of the pack's topics`, { questionId: question.id });
		const q = normaliseQuestion(question, topic);
		if (packIds.has(q.id) || own.has(q.id))
			push([...base, 'id'], `id "${q.id}" is already used in pack "${pack.id}" or this set`, { questionId: q.id });
		own.add(q.id);
		for (const x of checkQuestion(q, passages))
			push([...base, ...x.path], x.message, { questionId: q.id, warning: x.severity === 'warning' });
		newQuestions.push(q);
	});
	if (set.questions.length === 0 && newQuestions.length === 0 && !set.draw) {
		push(['questions'], 'the set has no questions: list question ids, add newQuestions, or draw some at random');
	}
	return { set, newQuestions };
}
