// GIFT's backslash escapes, handled as Moodle's importer does: escaped control characters become
// placeholders before the question is taken apart, and characters again once it has been.

const PLACEHOLDER: Record<string, string> = {
	':': '\uE001',
	'#': '\uE002',
	'=': '\uE003',
	'{': '\uE004',
	'}': '\uE005',
	'~': '\uE006',
	n: '\uE007'
};
const RESTORE: Record<string, string> = {
	'\uE001': ':',
	'\uE002': '#',
	'\uE003': '=',
	'\uE004': '{',
	'\uE005': '}',
	'\uE006': '~',
	'\uE007': '\n'
};

/** `\\` is a backslash; `\:` `\#` `\=` `\{` `\}` `\~` and `\n` become placeholders; any other `\` stays. */
export function protectEscapes(s: string): string {
	return s.replace(/\\([\\:#={}~n])/g, (_, c: string) => (c === '\\' ? '\\' : PLACEHOLDER[c]));
}

export function restoreEscapes(s: string): string {
	return s.replace(/[\uE001-\uE007]/g, (c) => RESTORE[c]);
}

/** Text written so that GIFT reads it back as itself (Moodle's `repchar`). */
export function escapeGift(s: string): string {
	return s.replace(/[\\#=~{}:\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '' : `\\${c}`));
}
