// Text comparison as a learner would expect it: case, diacritics, punctuation and spacing never
// decide whether an answer is right, and "six" is the number 6.

const QUOTES: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201A': "'",
	'\u201B': "'",
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-',
	'\u00A0': ' '
};

/** Curly quotes, dashes and non-breaking spaces made plain; nothing else changes. */
export function plainPunctuation(s: string): string {
	return s.replace(/[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u2013\u2014\u2212\u00A0]/g, (c) => QUOTES[c]);
}

/** Lowercase, no diacritics, punctuation as spaces, single spaces, trimmed. */
export function normalise(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** True when `needle`, normalised, occurs in `haystack` as whole words. */
export function containsWords(haystack: string, needle: string): boolean {
	const n = normalise(needle);
	if (!n) return false;
	return ` ${normalise(haystack)} `.includes(` ${n} `);
}

const UNITS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

function wordValue(w: string): number | undefined {
	const u = UNITS.indexOf(w);
	if (u >= 0) return u;
	const t = TENS.indexOf(w);
	if (t >= 2) return t * 10;
	return ORDINALS[w];
}

/**
 * Every number a text states, in digits ("1,500", "3.5", "$10") or in words ("six", "forty-one",
 * "third"). A number followed by a scale word is given both ways: "$3 billion" yields 3 and 3e9,
 * so a key of 3 with the unit "billion dollars" is grounded as well as a key of 3000000000.
 */
export function numbersIn(s: string): number[] {
	const out: number[] = [];
	const plain = plainPunctuation(s).toLowerCase();
	const tokens = plain.match(/\d[\d,]*(?:\.\d+)?|[a-z]+/g) ?? [];
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i];
		let value: number | undefined;
		if (/^\d/.test(tok)) {
			value = Number(tok.replace(/,(?=\d{3}\b)/g, '').replace(/,$/, ''));
		} else {
			const parts = tok.split('-');
			if (parts.every((p) => wordValue(p) !== undefined)) {
				value = parts.reduce((sum, p) => sum + (wordValue(p) ?? 0), 0);
			}
		}
		if (value === undefined || Number.isNaN(value)) continue;
		out.push(value);
		const scale = SCALES[tokens[i + 1]];
		if (scale) out.push(value * scale);
	}
	// "forty-one" arrives as one token above only if the hyphen survived; the regex splits on it,
	// so also read adjacent tens + units pairs.
	for (let i = 0; i + 1 < tokens.length; i++) {
		const t = TENS.indexOf(tokens[i]);
		const u = UNITS.indexOf(tokens[i + 1]);
		if (t >= 2 && u > 0 && u < 10 && plain.includes(`${tokens[i]}-${tokens[i + 1]}`)) out.push(t * 10 + u);
	}
	return out;
}

/** A number typed by a learner: digits with optional thousands separators, or a number word. */
export function parseNumber(input: string): number | undefined {
	const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
	if (!s) return undefined;
	if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
	const words = s.split(/[\s-]+/);
	if (words.every((w) => wordValue(w) !== undefined)) return words.reduce((a, w) => a + (wordValue(w) ?? 0), 0);
	return undefined;
}
