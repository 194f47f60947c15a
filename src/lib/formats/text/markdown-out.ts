// The subset written as Markdown that Moodle shows the same way and that `markdownToSubset` reads
// back to the very same string. Every character Markdown would read as markup the subset does not
// have is written as a character reference; line breaks become Markdown hard breaks.
import { ENTITY } from './entities';

const ENTITY_AHEAD = new RegExp(`^${ENTITY.source}`);
const MD_ONLY_ESCAPABLE = new Set('`{}>#+-.!:|');
const SUBSET_ESCAPABLE = new Set('\\*_[]()');
const REF: Record<string, string> = {
	'#': '&num;',
	'>': '&gt;',
	'-': '&#45;',
	'+': '&plus;',
	'*': '&ast;',
	'=': '&equals;',
	_: '&lowbar;',
	' ': '&#32;',
	'\t': '&#9;'
};

function escapeLineStart(line: string): string {
	const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
	const rest = line.slice(lead.length);
	if (lead.length >= 4 || lead.includes('\t')) return REF[lead[0]] + lead.slice(1) + escapeLineStart(rest);
	const numbered = /^(\d{1,9})\.([ \t])/.exec(rest);
	if (numbered) return `${lead}${numbered[1]}&period;${rest.slice(numbered[1].length + 1)}`;
	if (
		/^[#>]/.test(rest) ||
		/^[-+*][ \t]/.test(rest) ||
		/^(=+|-+)[ \t]*$/.test(rest) ||
		/^([-*_])([ \t]*\1){2,}[ \t]*$/.test(rest)
	) {
		return lead + REF[rest[0]] + rest.slice(1);
	}
	return line;
}

function escapeInline(line: string): string {
	let out = '';
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		const next = line[i + 1] ?? '';
		if (c === '\\') {
			if (SUBSET_ESCAPABLE.has(next)) {
				out += c + next;
				i++;
			} else out += MD_ONLY_ESCAPABLE.has(next) ? '&bsol;' : c;
		} else if (c === '`') out += '&grave;';
		else if (c === '<' && /[A-Za-z/!?]/.test(next)) out += '&lt;';
		else if (c === '&' && ENTITY_AHEAD.test(line.slice(i))) out += '&amp;';
		else if (c === '!' && next === '[') out += '&excl;';
		else out += c;
	}
	return out;
}

export function toMoodleMarkdown(subset: string): string {
	return subset
		.split('\n')
		.map((line) => escapeLineStart(escapeInline(line)))
		.join('  \n');
}
