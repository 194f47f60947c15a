// Imported questions as a set file (setFileSchema) for a pack: the file's name gives the set its
// id and title, the pack's first topic is the default topic, and the questions are the set's own
// `newQuestions`. The set is checked as `npm run validate` would check it, and what it would refuse
// is added to the report.
import { stringify } from 'yaml';
import type { Problem } from '../content/problems';
import type { QuestionInput } from '../content/schema';
import { checkSetData } from '../content/sets';
import type { Pack } from '../content/types';
import { slugify } from './ids';
import { Reporter, type ReportEntry } from './report';

export interface SetFileInput {
	/** The imported file's name, e.g. "week-3.gift.txt". */
	fileName: string;
	pack: Pack;
	questions: readonly QuestionInput[];
}

export interface SetFileOutput {
	data: Record<string, unknown>;
	yaml: string;
	report: ReportEntry[];
}

const EXTENSIONS = /\.(txt|text|gift|aiken|md)$/i;

export function setIdFor(fileName: string): string {
	let base = fileName.split(/[\\/]/).pop() ?? fileName;
	while (EXTENSIONS.test(base)) base = base.replace(EXTENSIONS, '');
	return slugify(base) || 'imported';
}

export function buildSetFile(input: SetFileInput): SetFileOutput {
	const report = new Reporter();
	const topics = new Set(input.pack.topics.map((t) => t.id));
	const questions = input.questions.map((q) => {
		if (q.topic === undefined || topics.has(q.topic)) return q;
		report.warn(`topic "${q.topic}" is not one of pack "${input.pack.id}"'s topics: the set's topic is used`, {
			questionId: q.id
		});
		const { topic: _topic, ...rest } = q;
		return rest as QuestionInput;
	});
	const name = input.fileName.split(/[\\/]/).pop() ?? input.fileName;
	const data: Record<string, unknown> = {
		id: setIdFor(input.fileName),
		title: `Imported from ${name}`,
		pack: input.pack.id,
		topic: input.pack.topics[0]?.id,
		newQuestions: questions
	};
	const problems: Problem[] = [];
	checkSetData(null, data, new Map([[input.pack.id, input.pack]]), problems);
	for (const p of problems) {
		// Every imported question waits for its citations; the report says so once, not per question.
		if (p.path.endsWith('uncited')) continue;
		const message = `${p.severity === 'error' ? 'the set will be refused until fixed' : 'the set is accepted with a warning'}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
		report.warn(message, p.questionId ? { questionId: p.questionId } : {});
	}
	const uncited = questions.filter((q) => q.uncited).length;
	if (uncited)
		report.info(
			`${uncited} of ${questions.length} questions have no citations yet (uncited: true): add sources quoting the article`
		);
	return { data, yaml: stringify(data, { lineWidth: 0 }), report: report.entries };
}
