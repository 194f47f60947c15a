// Plain text written in the app's Markdown subset so that it reads back as the same characters:
// every character the subset would take as markup is escaped, and nothing else.
import { plainText } from '../../content/markdown';

const wordChar = /[\p{L}\p{N}]/u;

export function escapeMarkdown(plain: string): string {
	if (!/[\\*[\]_]/.test(plain)) return plain;
	let out = '';
	for (let i = 0; i < plain.length; i++) {
		const c = plain[i];
		if (c === '\\' || c === '*' || c === '[' || c === ']') out += `\\${c}`;
		else if (c === '_') {
			// An underscore between two letters can neither open nor close emphasis in the subset.
			const inWord = wordChar.test(plain[i - 1] ?? '') && wordChar.test(plain[i + 1] ?? '');
			out += inWord ? '_' : '\\_';
		} else out += c;
	}
	return out;
}

/** The characters a reader sees in subset text: markup and escapes removed, line breaks kept. */
export function readableText(markdown: string): string {
	return /[\\*_[]/.test(markdown) ? plainText(markdown) : markdown;
}

/** True when the text has no markup, so it can stand where only plain text fits (a drop-down choice). */
export function isPlainMarkdown(markdown: string): boolean {
	return !/[\\*_[]/.test(markdown) || escapeMarkdown(plainText(markdown)) === markdown;
}
