// Which passages of the article the questions cite, and which passages carry checkable facts
// (dates, names, figures) that no question asks about. A passage like that is a gap in the quiz:
// a learner could finish every question without meeting what it says.
import type { Pack, Passage } from './types';

export interface PassageCoverage {
	passage: Passage;
	/** Ids of the questions that cite the passage, in pack order. */
	citedBy: string[];
	/** Dates, names and figures the passage states, in the order they appear. */
	facts: string[];
	/** The passage carries at least one fact, but no question cites it. */
	flagged: boolean;
}

export type CoverageReport = PassageCoverage[];

export interface CoverageProblem {
	passage: string;
	message: string;
}

export function passageCoverage(pack: Pack): CoverageReport {
	const citing = new Map<string, string[]>();
	for (const q of pack.questions) {
		for (const s of q.sources) {
			const ids = citing.get(s.passage) ?? [];
			if (!ids.includes(q.id)) ids.push(q.id);
			citing.set(s.passage, ids);
		}
	}
	return pack.passages.map((passage) => {
		const citedBy = citing.get(passage.id) ?? [];
		const facts = factsIn(passage.text);
		return { passage, citedBy, facts, flagged: facts.length > 0 && citedBy.length === 0 };
	});
}

export function formatCoverage(report: CoverageReport): string {
	const width = Math.max(0, ...report.map((c) => c.passage.id.length));
	const lines = report.map((c) => {
		const cited = `cited by ${String(c.citedBy.length).padStart(2)}`;
		// Facts such as "December 28, 2024" hold commas, so they are listed with semicolons.
		const facts = c.facts.length ? c.facts.join('; ') : '-';
		return `${c.passage.id.padEnd(width)}  ${cited}  facts: ${facts}${c.flagged ? '  NOT CITED' : ''}`;
	});
	const flagged = report.filter((c) => c.flagged).length;
	lines.push(
		`${report.length} passages, ${report.filter((c) => c.citedBy.length > 0).length} cited, ${flagged} with facts not cited`
	);
	return lines.join('\n');
}

export function coverageProblems(report: CoverageReport): CoverageProblem[] {
	return report
		.filter((c) => c.flagged)
		.map((c) => ({
			passage: c.passage.id,
			message: `passage "${c.passage.id}" states ${c.facts.join('; ')} but no question cites it; add a question whose sources quote it`
		}));
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// A month counts only with a day or a year, so that "May" the verb is never a date.
const DATE = new RegExp(`\\b(?:${MONTHS})(?:\\s+\\d{1,2}(?!\\d)(?:,?\\s+\\d{4})?|,?\\s+\\d{4})\\b`, 'g');
const MONEY = /[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?/g;
const CODE = /\b\d+-[A-Z]{1,4}\b/g;
const YEAR = /\b(?:1[89]|20)\d\ds?\b/g;
const PERCENT = /\b\d+(?:\.\d+)?\s?%/g;

const NUMBER_WORDS = new Set(
	(
		'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
		'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand ' +
		'million billion dozen'
	).split(' ')
);

// Function words and sentence openers: a capitalised one at the start of a sentence is not part
// of a name ("The Supreme Court" names the Supreme Court), and none of them is a quantity.
const ORDINARY = new Set(
	(
		'a an the this that these those it its in on at by as of to for from with without into onto over under ' +
		'after before during since until while when where which who what why how and or but nor so yet if then ' +
		'than also both each either neither some any all many most more much no not only just rather put such ' +
		'despite although though however still thus there here his her their our we they he she i you my your ' +
		'is are was were be been has have had do does did can could will would may might must shall should ' +
		'among between against about above below through per via plans'
	).split(' ')
);
const CONNECTORS = new Set(['of', 'the']);
const ABBREVIATIONS = new Set(['St', 'Mr', 'Mrs', 'Ms', 'Dr', 'No', 'Gen']);

interface Span {
	start: number;
	end: number;
	text: string;
}

interface Token extends Span {
	/** The punctuation and spaces between the previous token and this one. */
	gapBefore: string;
}

/**
 * The dates, names and figures a text states, in order: dates with a month ("April 17",
 * "December 28, 2024"), years, amounts of money, codes ("513-FZ"), numbers with what they count
 * ("150 lives", "six days"), percentages, and names of two or more capitalised words.
 */
export function factsIn(text: string): string[] {
	const taken: Span[] = [];
	const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
	const take = (spans: Span[]) => {
		for (const s of spans) if (!overlaps(s.start, s.end)) taken.push(s);
	};
	const matches = (re: RegExp): Span[] =>
		[...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0].trim() }));

	take(matches(MONEY));
	take(matches(CODE));
	take(matches(DATE));
	take(matches(PERCENT));
	take(matches(YEAR));

	const tokens = tokenize(text).filter((t) => !overlaps(t.start, t.end));
	take(quantities(tokens, text));
	take(names(tokens.filter((t) => !overlaps(t.start, t.end))));

	const seen = new Set<string>();
	return taken
		.sort((a, b) => a.start - b.start)
		.map((s) => s.text)
		.filter((t) => !seen.has(t) && Boolean(seen.add(t)));
}

function tokenize(text: string): Token[] {
	const out: Token[] = [];
	let last = 0;
	for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)) {
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], gapBefore: text.slice(last, m.index) });
		last = m.index + m[0].length;
	}
	return out;
}

const isNumberWord = (w: string) => w.split('-').every((p) => NUMBER_WORDS.has(p.toLowerCase()));
const isNumber = (w: string) => /^\d[\d,]*(?:\.\d+)?$/.test(w) || isNumberWord(w);
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
// Sentence adverbs ("Notably", "Similarly") open sentences but never names.
const isOrdinary = (w: string) => ORDINARY.has(w.toLowerCase()) || /^\p{Lu}\p{Ll}+ly$/u.test(w);
/** "Daesh-Khorasan" is two capitalised words written as one token. */
const capitalisedParts = (w: string) => w.split('-').filter(isCapitalised).length;

/** A number followed directly by the word it counts: "150 lives", "six days". */
function quantities(tokens: Token[], text: string): Span[] {
	const out: Span[] = [];
	for (let i = 0; i + 1 < tokens.length; i++) {
		const n = tokens[i];
		const unit = tokens[i + 1];
		if (!isNumber(n.text) || !adjacent(n, unit) || !/^\s+$/.test(unit.gapBefore)) continue;
		if (!/^\p{Ll}+$/u.test(unit.text) || ORDINARY.has(unit.text) || isNumber(unit.text)) continue;
		out.push({ start: n.start, end: unit.end, text: text.slice(n.start, unit.end) });
		i++;
	}
	return out;
}

/** Runs of capitalised words ("of"/"the" allowed inside) joined only by spaces: at least two words. */
function names(tokens: Token[]): Span[] {
	const out: Span[] = [];
	let run: Token[] = [];
	const flush = () => {
		// "of the" before a figure, or the "No" of "Law No. 513-FZ", is not part of the name.
		while (run.length && (!isCapitalised(run[run.length - 1].text) || ABBREVIATIONS.has(run[run.length - 1].text))) {
			run.pop();
		}
		const words = run.reduce((n, t) => n + capitalisedParts(t.text), 0);
		if (words >= 2) {
			const first = run[0];
			const last = run[run.length - 1];
			const name = run.map((t, k) => (k ? gapText(t) : '') + t.text).join('');
			out.push({ start: first.start, end: last.end, text: name.replace(/[’']s$/, '') });
		}
		run = [];
	};
	tokens.forEach((t, i) => {
		const prev = tokens[i - 1];
		const joined = prev !== undefined && run.length > 0 && joins(prev, t);
		if (!joined) flush();
		if (isCapitalised(t.text)) {
			if (run.length === 0 && startsSentence(prev, t) && isOrdinary(t.text)) return;
			run.push(t);
		} else if (run.length > 0 && (CONNECTORS.has(t.text) || (t.text === 'and' && andInName(tokens, i)))) {
			run.push(t);
		} else {
			flush();
		}
	});
	flush();
	return out;
}

/**
 * "Foreign and Justice Ministries" is one name, "Moscow and Kabul" two: "and" joins only when two
 * capitalised words follow it.
 */
function andInName(tokens: Token[], i: number): boolean {
	const [a, b] = [tokens[i + 1], tokens[i + 2]];
	return (
		a !== undefined &&
		b !== undefined &&
		isCapitalised(a.text) &&
		isCapitalised(b.text) &&
		joins(tokens[i], a) &&
		joins(a, b)
	);
}

/** Two neighbouring tokens belong to one name when only spaces (or an abbreviation's dot) separate them. */
function joins(prev: Token, t: Token): boolean {
	if (!adjacent(prev, t)) return false;
	if (/^\s+$/.test(t.gapBefore)) return true;
	return ABBREVIATIONS.has(prev.text) && /^\.\s+$/.test(t.gapBefore);
}

// Tokens inside a date or figure are left out before names are read; two tokens that were not
// neighbours in the text must not be joined across what was left out.
const adjacent = (prev: Token, t: Token) => prev.end + t.gapBefore.length === t.start;

const gapText = (t: Token) => t.gapBefore.replace(/\s+/g, ' ');

function startsSentence(prev: Token | undefined, t: Token): boolean {
	if (!prev) return true;
	return /[.!?:]/.test(t.gapBefore) && !(ABBREVIATIONS.has(prev.text) && /^\.\s+$/.test(t.gapBefore));
}
