// Markdown as Moodle reads it (Markdown Extra, HTML allowed inside) to the app's smaller subset.
// Headings become strong text, list items bullets, hard line breaks line breaks; inline HTML goes
// through the HTML reader; references are decoded. Whatever `toMoodleMarkdown` writes comes back
// unchanged, which is what makes a GIFT export read back exactly.
import { entityChar, ENTITY } from './entities';
import { readTag, skipDeclaration, tokensToMarkdown, type Converted, type Token } from './html';

const HEADING = /^[ \t]*(#{1,6})[ \t]*(.*?)[ \t]*#*[ \t]*$/;
const RULE = /^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$/;
const UNDERLINE = /^[ \t]*(=+|-+)[ \t]*$/;
const BULLET = /^[ \t]*[-+*][ \t]+(.*)$/;
const NUMBERED = /^[ \t]*(\d{1,9})\.[ \t]+(.*)$/;
const QUOTE = /^[ \t]*>[ \t]?(.*)$/;

const blank = (s: string | undefined) => s !== undefined && s.trim() === '';

function isBlockLine(line: string | undefined): boolean {
	if (line === undefined) return false;
	return HEADING.test(line) || RULE.test(line) || BULLET.test(line) || NUMBERED.test(line) || QUOTE.test(line);
}

/** Block structure to lines of inline Markdown joined by "\n" (hard breaks) or " " (soft wraps). */
function blocks(src: string): string {
	const lines = src.split('\n');
	let out = '';
	let trimStart = false;
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i];
		const next = lines[i + 1];
		const last = i === lines.length - 1;
		const hard = !last && line.endsWith('  ');
		if (hard) line = line.slice(0, -2);
		if (trimStart) line = line.replace(/^[ \t]+/, '');
		trimStart = false;
		let isBlock = true;
		let m: RegExpExecArray | null;
		if (!last && line.trim() && !isBlockLine(line) && UNDERLINE.test(next)) {
			line = `**${line.trim()}**`;
			lines[i + 1] = '';
		} else if (RULE.test(line)) line = '';
		else if ((m = HEADING.exec(line))) line = m[2] ? `**${m[2]}**` : '';
		else if ((m = BULLET.exec(line))) line = `• ${m[1]}`;
		else if ((m = NUMBERED.exec(line))) line = `${m[1]}. ${m[2]}`;
		else if ((m = QUOTE.exec(line))) line = m[1];
		else isBlock = false;
		out += line;
		if (last) break;
		if (hard || blank(line) || blank(next) || isBlock || isBlockLine(next)) out += '\n';
		else {
			out = out.replace(/[ \t]+$/, '') + ' ';
			trimStart = true;
		}
	}
	return out;
}

/** Characters Markdown lets a backslash escape; the subset knows only some of them. */
const MD_ESCAPABLE = new Set('\\`*_{}[]()>#+-.!:|');
const SUBSET_ESCAPABLE = new Set('\\*_[]()');
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]+|mailto:[^\s<>]+)>/y;
const IMAGE = /!\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/y;
const CODE = /(`+)([\s\S]*?[^`])\1(?!`)/y;
const ENTITY_AT = new RegExp(ENTITY.source, 'y');

function inlineTokens(src: string, notes: string[]): Token[] {
	const tokens: Token[] = [];
	let raw = '';
	const flush = () => {
		if (raw) tokens.push({ kind: 'raw', text: raw });
		raw = '';
	};
	let i = 0;
	while (i < src.length) {
		const c = src[i];
		if (c === '\\' && i + 1 < src.length && MD_ESCAPABLE.has(src[i + 1])) {
			raw += SUBSET_ESCAPABLE.has(src[i + 1]) ? src.slice(i, i + 2) : src[i + 1];
			i += 2;
			continue;
		}
		if (c === '`') {
			CODE.lastIndex = i;
			const m = CODE.exec(src);
			if (m) {
				flush();
				tokens.push({ kind: 'raw', text: '`' }, { kind: 'text', text: m[2].trim() }, { kind: 'raw', text: '`' });
				i = CODE.lastIndex;
				continue;
			}
		}
		if (c === '<') {
			AUTOLINK.lastIndex = i;
			const auto = AUTOLINK.exec(src);
			if (auto) {
				flush();
				tokens.push(
					{ kind: 'open', name: 'a', attrs: { href: auto[1] }, selfClosing: false },
					{ kind: 'text', text: auto[1] },
					{ kind: 'close', name: 'a' }
				);
				i = AUTOLINK.lastIndex;
				continue;
			}
			if (src.startsWith('<!', i) || src.startsWith('<?', i)) {
				i = skipDeclaration(src, i);
				continue;
			}
			const tag = readTag(src, i);
			if (tag) {
				flush();
				tokens.push(tag.token);
				i = tag.end;
				continue;
			}
		}
		if (c === '&') {
			ENTITY_AT.lastIndex = i;
			const m = ENTITY_AT.exec(src);
			const ch = m ? entityChar(m[1]) : undefined;
			if (m && ch !== undefined) {
				// Kept as written: a reference stands for one character of the text, as typed.
				raw += ch;
				i = ENTITY_AT.lastIndex;
				continue;
			}
		}
		if (c === '!' && src[i + 1] === '[') {
			IMAGE.lastIndex = i;
			const m = IMAGE.exec(src);
			if (m) {
				notes.push(`image ${JSON.stringify(m[2])} not imported${m[1] ? ` (its alt text "${m[1]}" is kept)` : ''}`);
				raw += m[1];
				i = IMAGE.lastIndex;
				continue;
			}
		}
		raw += c;
		i++;
	}
	flush();
	return tokens;
}

export function markdownToSubset(src: string): Converted {
	// One line with no escapes, references, tags or block marks reads as itself.
	if (!/[\\`<&!\n\r]/.test(src) && !/^[\s#>=*+\-_\d]/.test(src)) return { text: src.trim(), notes: [] };
	const notes: string[] = [];
	const tokens = inlineTokens(blocks(src.replace(/\r\n?/g, '\n')), notes);
	const converted = tokensToMarkdown(tokens, false);
	return { text: converted.text, notes: [...notes, ...converted.notes] };
}
