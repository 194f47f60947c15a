// Aiken to Footnote questions, as Moodle reads Aiken (question/format/aiken/format.php): a line of
// question text, options `A) text` or `A. text` (the space after the mark may be missing), then
// `ANSWER: B`. A question that breaks the rules is reported with its line and left out; the good
// ones around it are kept. Every question is single-choice, uncited, with a placeholder explanation.
import { parseQuestion } from '../content/load';
import type { QuestionInput } from '../content/schema';
import { formatPath } from '../content/yaml';
import { PLACEHOLDER_EXPLANATION, type ImportOptions, type ImportResult } from './gift/import';
import { slugFromWords, uniqueId } from './ids';
import { Reporter } from './report';
import { escapeMarkdown } from './text/escape';

const OPTION = /^[A-Z][).][ \t]?/;

interface Open {
	line: number;
	text: string;
	options: string[];
}

export function importAiken(source: string, opts: ImportOptions = {}): ImportResult {
	const report = new Reporter();
	const taken = new Set(opts.reservedIds ?? []);
	const questions: QuestionInput[] = [];
	let open: Open | null = null;
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
	lines.forEach((raw, i) => {
		const line = raw.trim();
		const n = i + 1;
		// Moodle skips lines shorter than two characters.
		if (line.length < 2) return;
		if (OPTION.test(line)) {
			if (!open)
				report.warn(`option "${line}" but no question started: write the question's text on the line above`, {
					line: n
				});
			else open.options.push(line.slice(2).trim());
			return;
		}
		if (line.startsWith('ANSWER:')) {
			if (!open) {
				report.warn("ANSWER line but no question started: write the question's text and options above it", { line: n });
				return;
			}
			const q = finish(open, line, n, taken, report);
			if (q) questions.push(q);
			open = null;
			return;
		}
		if (open) {
			const o: Open = open;
			report.warn(
				`question "${short(o.text)}" (line ${o.line}) has no ANSWER line before the next question starts: left out`,
				{ line: n }
			);
		}
		open = { line: n, text: line, options: [] };
	});
	if (open) {
		const o: Open = open;
		report.warn(`question "${short(o.text)}" has no ANSWER line before the end of the file: left out`, {
			line: o.line
		});
	}
	return { questions, report: report.entries };
}

const short = (s: string) => (s.length > 50 ? `${s.slice(0, 50)}…` : s);

function finish(open: Open, line: string, n: number, taken: Set<string>, report: Reporter): QuestionInput | null {
	if (open.options.length < 2) {
		report.warn(`question "${short(open.text)}" needs at least 2 options: left out`, { line: n });
		return null;
	}
	const letter = line.slice('ANSWER:'.length).trim().slice(0, 1);
	const right = letter.charCodeAt(0) - 65;
	if (!(right >= 0 && right < open.options.length)) {
		const last = String.fromCharCode(64 + open.options.length);
		report.warn(`ANSWER "${letter}" names no option of "${short(open.text)}" (A to ${last}): left out`, { line: n });
		return null;
	}
	const id = uniqueId(slugFromWords(open.text) || 'question', taken);
	const at = { line: open.line, questionId: id };
	const q: QuestionInput = {
		id,
		type: 'single-choice',
		prompt: escapeMarkdown(open.text),
		difficulty: 2,
		explanation: PLACEHOLDER_EXPLANATION,
		uncited: true,
		options: open.options.map((text, i) => ({ text: escapeMarkdown(text), correct: i === right }))
	};
	const { question, findings } = parseQuestion(q);
	if (!question) {
		for (const f of findings) report.warn(`not imported: ${formatPath(f.path) || 'question'}: ${f.message}`, at);
		taken.delete(id);
		return null;
	}
	report.warn('Aiken has no feedback: the explanation is a placeholder to replace', at);
	return q;
}
