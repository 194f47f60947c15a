// An article is Markdown of a deliberately small kind: `## ` headings start sections, and each
// paragraph is preceded by a marker line `<!-- #passage-id -->` naming it. Paragraph text is kept
// exactly as written (no Markdown is interpreted inside it), so "1. Security…" stays text and a
// citation can be checked against the very words of the source.
import type { Passage } from './types';

export interface ArticleProblem {
	line: number;
	column: number;
	message: string;
}

const MARKER = /^<!--\s*#([a-z0-9][a-z0-9-]*)\s*-->$/;
const LOOSE_MARKER = /^<!--.*-->$/;

export function parseArticle(source: string): { passages: Passage[]; problems: ArticleProblem[] } {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const passages: Passage[] = [];
	const problems: ArticleProblem[] = [];
	const seen = new Map<string, number>();
	let section: string | null = null;
	let pendingId: { id: string; line: number } | null = null;
	let paragraph: { lines: string[]; line: number } | null = null;

	const endParagraph = () => {
		if (!paragraph) return;
		const text = paragraph.lines.join(' ');
		if (!pendingId) {
			problems.push({
				line: paragraph.line,
				column: 1,
				message: `paragraph has no id: put a line "<!-- #some-id -->" right above it ("${text.slice(0, 40)}…")`
			});
		} else {
			const earlier = seen.get(pendingId.id);
			if (earlier !== undefined) {
				problems.push({
					line: pendingId.line,
					column: 1,
					message: `passage id "${pendingId.id}" is already used on line ${earlier}`
				});
			} else {
				seen.set(pendingId.id, pendingId.line);
				passages.push({ id: pendingId.id, section, text });
			}
		}
		pendingId = null;
		paragraph = null;
	};

	lines.forEach((raw, i) => {
		const lineNo = i + 1;
		const line = raw.trim();
		if (line === '') {
			endParagraph();
			return;
		}
		const marker = MARKER.exec(line);
		if (marker) {
			endParagraph();
			if (pendingId) {
				problems.push({
					line: pendingId.line,
					column: 1,
					message: `passage marker "#${pendingId.id}" has no paragraph after it`
				});
			}
			pendingId = { id: marker[1], line: lineNo };
			return;
		}
		if (LOOSE_MARKER.test(line)) {
			problems.push({
				line: lineNo,
				column: 1,
				message: 'a passage marker is written "<!-- #passage-id -->" (lowercase letters, digits, hyphens)'
			});
			return;
		}
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (heading && !paragraph) {
			if (pendingId) {
				problems.push({
					line: pendingId.line,
					column: 1,
					message: `passage marker "#${pendingId.id}" has no paragraph after it`
				});
				pendingId = null;
			}
			if (heading[1] !== '##') {
				problems.push({ line: lineNo, column: 1, message: 'only "## " headings are allowed: each starts a section' });
			}
			section = heading[2].trim();
			return;
		}
		if (paragraph) paragraph.lines.push(line);
		else paragraph = { lines: [line], line: lineNo };
	});
	endParagraph();
	if (pendingId) {
		const p: { id: string; line: number } = pendingId;
		problems.push({ line: p.line, column: 1, message: `passage marker "#${p.id}" has no paragraph after it` });
	}
	if (passages.length === 0 && problems.length === 0) {
		problems.push({ line: 1, column: 1, message: 'the article has no passages' });
	}
	return { passages, problems };
}

/** Writes passages back as an article file; parseArticle(formatArticle(p)) gives p again. */
export function formatArticle(passages: Passage[]): string {
	const out: string[] = [];
	let section: string | null = null;
	for (const p of passages) {
		if (p.section !== section && p.section !== null) {
			out.push(`## ${p.section}`, '');
			section = p.section;
		}
		out.push(`<!-- #${p.id} -->`, p.text, '');
	}
	return out.join('\n');
}
