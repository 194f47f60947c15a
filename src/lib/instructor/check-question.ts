// One question judged as `npm run validate` judges a question in a bank: the schema, then the key,
// the citations against the article and the key against the cited words. Pure, so the authoring
// page runs it on every keystroke and the server runs it again before saving.
import { checkQuestion, type Severity } from '../content/check';
import { parseQuestion } from '../content/load';
import { normaliseQuestion } from '../content/normalise';
import type { ParsedQuestion } from '../content/schema';
import type { Passage, Question } from '../content/types';
import { formatPath } from '../content/yaml';

export interface QuestionFinding {
	/** A field path such as "options[1].text"; empty for the question as a whole. */
	path: string;
	message: string;
	severity: Severity;
}

export interface QuestionContext {
	packId: string;
	passages: ReadonlyMap<string, Passage>;
	topics: readonly string[];
	/** The topic of a question that names none. */
	defaultTopic: string;
	/** Question ids already used in the pack (other than the question being edited). */
	takenIds: ReadonlySet<string>;
}

export interface CheckedQuestion {
	/** The question as written, when its shape is valid. */
	parsed: ParsedQuestion | null;
	/** Normalised, as quizzes use it. */
	question: Question | null;
	findings: QuestionFinding[];
}

export function checkQuestionInput(raw: unknown, ctx: QuestionContext): CheckedQuestion {
	const { question: parsed, findings } = parseQuestion(raw);
	const out: QuestionFinding[] = findings.map((f) => ({
		path: formatPath(f.path),
		message: f.message,
		severity: 'error'
	}));
	if (!parsed) return { parsed: null, question: null, findings: out };
	if (parsed.topic && !ctx.topics.includes(parsed.topic)) {
		out.push({
			path: 'topic',
			message: `topic "${parsed.topic}" is not one of the pack's topics (${ctx.topics.join(', ')})`,
			severity: 'error'
		});
	}
	if (ctx.takenIds.has(parsed.id)) {
		out.push({
			path: 'id',
			message: `id "${parsed.id}" is already used in pack "${ctx.packId}"; ids are unique in a pack`,
			severity: 'error'
		});
	}
	const question = normaliseQuestion(parsed, ctx.defaultTopic);
	for (const f of checkQuestion(question, ctx.passages)) {
		out.push({ path: formatPath(f.path), message: f.message, severity: f.severity });
	}
	return { parsed, question, findings: out };
}

export const hasErrorFindings = (findings: readonly QuestionFinding[]) => findings.some((f) => f.severity === 'error');
