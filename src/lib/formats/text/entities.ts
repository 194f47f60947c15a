// HTML character references. The named ones cover Latin-1, common typography and the HTML5 names
// the GIFT exporter writes; an unknown name is left as written rather than guessed.

const LATIN1 =
	'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
	'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
	'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
	'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
	'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
	'yacute thorn yuml';

const OTHERS: Record<string, number> = {
	quot: 0x22,
	amp: 0x26,
	apos: 0x27,
	lt: 0x3c,
	gt: 0x3e,
	excl: 0x21,
	num: 0x23,
	percnt: 0x25,
	lpar: 0x28,
	rpar: 0x29,
	ast: 0x2a,
	plus: 0x2b,
	period: 0x2e,
	colon: 0x3a,
	equals: 0x3d,
	lsqb: 0x5b,
	bsol: 0x5c,
	rsqb: 0x5d,
	lowbar: 0x5f,
	grave: 0x60,
	lcub: 0x7b,
	verbar: 0x7c,
	rcub: 0x7d,
	OElig: 0x152,
	oelig: 0x153,
	Scaron: 0x160,
	scaron: 0x161,
	Yuml: 0x178,
	fnof: 0x192,
	circ: 0x2c6,
	ensp: 0x2002,
	emsp: 0x2003,
	thinsp: 0x2009,
	zwnj: 0x200c,
	zwj: 0x200d,
	lrm: 0x200e,
	rlm: 0x200f,
	ndash: 0x2013,
	mdash: 0x2014,
	lsquo: 0x2018,
	rsquo: 0x2019,
	sbquo: 0x201a,
	ldquo: 0x201c,
	rdquo: 0x201d,
	bdquo: 0x201e,
	dagger: 0x2020,
	Dagger: 0x2021,
	bull: 0x2022,
	hellip: 0x2026,
	permil: 0x2030,
	prime: 0x2032,
	Prime: 0x2033,
	lsaquo: 0x2039,
	rsaquo: 0x203a,
	euro: 0x20ac,
	trade: 0x2122,
	larr: 0x2190,
	uarr: 0x2191,
	rarr: 0x2192,
	darr: 0x2193,
	harr: 0x2194,
	minus: 0x2212,
	le: 0x2264,
	ge: 0x2265,
	ne: 0x2260,
	infin: 0x221e
};

const NAMED = new Map<string, string>(Object.entries(OTHERS).map(([k, v]) => [k, String.fromCodePoint(v)]));
LATIN1.split(' ').forEach((name, i) => NAMED.set(name, String.fromCodePoint(160 + i)));

/** A reference like `&amp;`, `&#233;` or `&#xE9;`; the whole match, then its body. */
export const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/g;

/** The character a reference stands for, or undefined for an unknown name or an invalid code point. */
export function entityChar(body: string): string | undefined {
	if (body[0] !== '#') return NAMED.get(body);
	const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
	if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
	return String.fromCodePoint(code);
}

export function decodeEntities(s: string): string {
	return s.replace(ENTITY, (whole, body: string) => entityChar(body) ?? whole);
}
