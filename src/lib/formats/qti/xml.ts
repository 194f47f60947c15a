// XML text and attribute values. Characters XML 1.0 cannot hold at all (most control characters)
// become U+FFFD, so a stray one shows as a mark instead of breaking the whole package.

const SUSPECT = /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;
/** Of the control characters, XML 1.0 allows tab, line feed, carriage return and U+007F to U+009F. */
const allowed = (c: string) => c === '\t' || c === '\n' || c === '\r' || (c >= '\u007f' && c <= '\u009f');

export function xmlText(s: string): string {
	return s
		.replace(SUSPECT, (c) => (allowed(c) ? c : '\uFFFD'))
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

export function xmlAttr(s: string): string {
	return xmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** An identifier QTI accepts (an XML name that does not start with a digit or a hyphen). */
export function qtiIdentifier(prefix: string, s: string): string {
	return `${prefix}${s.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
