// A GIFT text field to the app's Markdown subset and back. A field may start with its format,
// `[html]`, `[moodle]`, `[plain]` or `[markdown]`; without one it takes the question's format, and
// the question's own default is Moodle's "moodle" format (HTML in which a line break is a break).
import { htmlToMarkdown, type Converted } from '../text/html';
import { escapeMarkdown } from '../text/escape';
import { markdownToSubset } from '../text/markdown-in';
import { toMoodleMarkdown } from '../text/markdown-out';
import { escapeGift, restoreEscapes } from './escape';

export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';
const FORMATS = new Set<string>(['moodle', 'html', 'plain', 'markdown']);

/** The field's own format and the rest of its text (placeholders still in), as Moodle reads it. */
export function splitFormat(text: string, fallback: GiftFormat): { format: GiftFormat; text: string } {
	if (text.startsWith('[')) {
		const end = text.indexOf(']');
		const name = end > 0 ? text.slice(1, end) : '';
		if (FORMATS.has(name)) return { format: name as GiftFormat, text: text.slice(end + 1) };
	}
	return { format: fallback, text };
}

/** The words of a field in the subset, from text whose escapes are already restored. */
export function toSubset(text: string, format: GiftFormat): Converted {
	// Most fields are words and punctuation only: nothing to convert but the subset's own marks.
	if (format !== 'markdown' && !/[<&\n]/.test(text)) {
		return { text: escapeMarkdown(format === 'plain' ? text : text.replace(/[ \t\r\f]+/g, ' ')).trim(), notes: [] };
	}
	switch (format) {
		case 'plain':
			return { text: escapeMarkdown(text).trim(), notes: [] };
		case 'markdown':
			return markdownToSubset(text);
		case 'moodle':
			// Moodle's own format shows each line break as a break.
			return htmlToMarkdown(text.replace(/\r?\n/g, '<br>'));
		case 'html':
			return htmlToMarkdown(text);
	}
}

export interface Field extends Converted {
	format: GiftFormat;
}

/** A field as Moodle's `parse_text_with_format` reads it, then in the subset. */
export function readField(raw: string, fallback: GiftFormat): Field {
	if (raw === '') return { format: fallback, text: '', notes: [] };
	const { format, text } = splitFormat(raw.trim(), fallback);
	return { format, ...toSubset(restoreEscapes(text).trim(), format) };
}

/** A field's text with only its format tag taken off: for answers Moodle compares as typed. */
export function readPlainField(raw: string, fallback: GiftFormat): string {
	return restoreEscapes(splitFormat(raw.trim(), fallback).text).trim();
}

const FORMAT_TAG = /^\[(moodle|html|plain|markdown)\]/;

/**
 * A subset text as a GIFT field in Markdown format. A leading `[html]` would be read as the field's
 * format; in a field that opens an answer (`answer`), a leading `%` would be read as a weight.
 */
export function writeField(subset: string, opts: { answer?: boolean; matchLeft?: boolean } = {}): string {
	let md = toMoodleMarkdown(subset).replace(FORMAT_TAG, (m) => `&lsqb;${m.slice(1)}`);
	if (opts.answer) md = md.replace(/^%/, '&percnt;');
	// In a matching answer the first "->" ends the left side.
	if (opts.matchLeft) md = md.replace(/->/g, '-&gt;');
	return escapeGift(md);
}
