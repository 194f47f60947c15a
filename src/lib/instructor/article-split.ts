// From an article as a person pastes or uploads it (plain text or Markdown) to passages with ids.
// Ids come from each paragraph's first words, so they read well in a citation; they are written
// into the stored article as markers (formatArticle), which keeps them stable when the text is
// edited later. An article that already carries markers is read as it is, ids and all.
import { parseArticle, type ArticleProblem } from '../content/article';
import type { Passage } from '../content/types';
import { slugOfWords, uniqueSlug } from './slug';

export const MAX_ARTICLE_CHARS = 200_000;

export interface SplitArticle {
	passages: Passage[];
	/** A level-1 heading at the very top: a title for the pack, not a section. */
	title: string | null;
	problems: ArticleProblem[];
}

const MARKER_LINE = /^\s*<!--\s*#[a-z0-9][a-z0-9-]*\s*-->\s*$/m;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const COMMENT = /^<!--.*-->$/;
const UNDERLINE = /^(=+|-+)$/;

/** A readable id for a paragraph that is not yet taken. */
export function passageId(text: string, taken: Set<string>): string {
	return uniqueSlug(slugOfWords(text) || 'passage', taken);
}

interface Block {
	lines: string[];
	line: number;
}

function blocksOf(lines: string[]): Block[] {
	const blocks: Block[] = [];
	const hasBlank = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
	let current: Block | null = null;
	lines.forEach((raw, i) => {
		const line = raw.trim();
		// Text with no blank lines at all is one paragraph per line (a copy from a web page often is).
		if (line === '' || (!hasBlank && current)) {
			if (current) blocks.push(current);
			current = line === '' ? null : { lines: [line], line: i + 1 };
			return;
		}
		if (current) current.lines.push(line);
		else current = { lines: [line], line: i + 1 };
	});
	if (current) blocks.push(current);
	return blocks;
}

export function splitArticle(source: string): SplitArticle {
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (text.includes('\u0000')) {
		return { passages: [], title: null, problems: [{ line: 1, column: 1, message: 'the file is not text' }] };
	}
	if (text.length > MAX_ARTICLE_CHARS) {
		const message = `the article is ${text.length} characters long; at most ${MAX_ARTICLE_CHARS} are accepted`;
		return { passages: [], title: null, problems: [{ line: 1, column: 1, message }] };
	}
	if (MARKER_LINE.test(text)) {
		const parsed = parseArticle(text);
		return { passages: parsed.passages, title: null, problems: parsed.problems };
	}
	const passages: Passage[] = [];
	const taken = new Set<string>();
	let section: string | null = null;
	let title: string | null = null;
	const blocks = blocksOf(text.split('\n'));
	blocks.forEach((block, b) => {
		let lines = block.lines.filter((l) => !COMMENT.test(l));
		if (lines.length === 0) return;
		const heading = HEADING.exec(lines[0]);
		const underlined = !heading && lines.length >= 2 && UNDERLINE.test(lines[1]) ? lines[0] : null;
		if (heading || underlined) {
			const name = (heading ? heading[2] : underlined) ?? '';
			const level = heading ? heading[1].length : lines[1].startsWith('=') ? 1 : 2;
			if (level === 1 && b === 0 && passages.length === 0) title = name || null;
			else if (name) section = name;
			lines = lines.slice(heading ? 1 : 2);
			if (lines.length === 0) return;
		}
		const paragraph = lines.join(' ');
		passages.push({ id: passageId(paragraph, taken), section, text: paragraph });
	});
	const problems: ArticleProblem[] =
		passages.length === 0 ? [{ line: 1, column: 1, message: 'the article has no paragraphs' }] : [];
	return { passages, title, problems };
}
