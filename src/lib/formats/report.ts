// What an import or export could not carry, or carried only in part. Nothing is dropped without an
// entry here, so a person can see, line by line or question by question, what to check by hand.

export type ReportLevel = 'info' | 'warning';

export interface ReportEntry {
	/** The line of the source file where the question starts (imports). */
	line?: number;
	questionId?: string;
	message: string;
	level: ReportLevel;
}

/** One entry per line: `file:line  question-id  warning: message`. */
export function formatReport(report: readonly ReportEntry[], file?: string): string {
	return report
		.map((e) => {
			const where = file ? (e.line ? `${file}:${e.line}` : file) : e.line ? `line ${e.line}` : '-';
			const level = e.level === 'warning' ? 'warning: ' : '';
			return `${where}  ${e.questionId ?? '-'}  ${level}${e.message}`;
		})
		.join('\n');
}

/** Collects entries for one file; `at` fixes the line and question for the entries that follow. */
export class Reporter {
	readonly entries: ReportEntry[] = [];

	add(level: ReportLevel, message: string, at: { line?: number; questionId?: string } = {}): void {
		const entry: ReportEntry = { message, level };
		if (at.line !== undefined) entry.line = at.line;
		if (at.questionId !== undefined) entry.questionId = at.questionId;
		this.entries.push(entry);
	}

	warn(message: string, at?: { line?: number; questionId?: string }): void {
		this.add('warning', message, at);
	}

	info(message: string, at?: { line?: number; questionId?: string }): void {
		this.add('info', message, at);
	}
}
