// Checks on a question that a schema cannot express: the key fits the question, every citation is
// really in the article, and the key itself is grounded in the cited words. Pure, so the CLI, the
// server and the authoring page give the same messages.
import { unsafeLinks } from './markdown';
import { containsWords, normalise, numbersIn, plainPunctuation } from './text';
import type { Passage, Question } from './types';

export type Severity = 'error' | 'warning';
export type FieldPath = (string | number)[];

export interface Finding {
	path: FieldPath;
	message: string;
	severity: Severity;
}

const err = (path: FieldPath, message: string): Finding => ({ path, message, severity: 'error' });
const warn = (path: FieldPath, message: string): Finding => ({ path, message, severity: 'warning' });

export function checkQuestion(q: Question, passages: ReadonlyMap<string, Passage>): Finding[] {
	return [...checkKey(q), ...checkCitations(q, passages), ...checkGrounding(q), ...checkLinks(q)];
}

function duplicates<T>(values: T[], key: (v: T) => string): number[] {
	const seen = new Set<string>();
	const dup: number[] = [];
	values.forEach((v, i) => {
		const k = key(v);
		if (seen.has(k)) dup.push(i);
		seen.add(k);
	});
	return dup;
}

function checkKey(q: Question): Finding[] {
	const out: Finding[] = [];
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response': {
			const correct = q.options.filter((o) => o.correct).length;
			if (q.type === 'single-choice' && correct !== 1) {
				out.push(
					err(
						['options'],
						`has ${correct} correct options; a single-choice question has exactly one (mark it "correct: true")`
					)
				);
			}
			if (q.type === 'multiple-response' && correct === 0) {
				out.push(err(['options'], 'no option is marked "correct: true"; mark at least one'));
			}
			const sameText = duplicates(q.options, (o) => normalise(o.text));
			for (const i of sameText) out.push(err(['options', i, 'text'], `option "${q.options[i].text}" appears twice`));
			// An id made from the text repeats when the text does: one message is enough.
			for (const i of duplicates(q.options, (o) => o.id).filter((i) => !sameText.includes(i))) {
				out.push(err(['options', i, 'id'], `option id "${q.options[i].id}" is used twice`));
			}
			break;
		}
		case 'ordering': {
			const sameItem = duplicates(q.items, (o) => normalise(o.text));
			for (const i of sameItem) {
				out.push(err(['items', i, 'text'], `item "${q.items[i].text}" appears twice; each item must be unique`));
			}
			for (const i of duplicates(q.items, (o) => o.id).filter((i) => !sameItem.includes(i))) {
				out.push(err(['items', i, 'id'], `item id "${q.items[i].id}" is used twice`));
			}
			break;
		}
		case 'matching': {
			for (const i of duplicates(q.pairs, (p) => normalise(p.left))) {
				out.push(err(['pairs', i, 'left'], `left side "${q.pairs[i].left}" appears twice`));
			}
			for (const i of duplicates(q.pairs, (p) => normalise(p.right))) {
				out.push(
					err(['pairs', i, 'right'], `right side "${q.pairs[i].right}" appears twice, so the pairs are ambiguous`)
				);
			}
			const sameLeft = duplicates(q.pairs, (p) => normalise(p.left));
			for (const i of duplicates(q.pairs, (p) => p.id).filter((i) => !sameLeft.includes(i))) {
				out.push(err(['pairs', i, 'id'], `pair id "${q.pairs[i].id}" is used twice`));
			}
			const rights = new Set(q.pairs.map((p) => normalise(p.right)));
			q.distractors.forEach((d, i) => {
				if (rights.has(normalise(d)))
					out.push(err(['distractors', i], `distractor "${d}" is also a right side of a pair`));
			});
			break;
		}
		case 'numeric':
			if (!(q.tolerance >= 0)) out.push(err(['tolerance'], `tolerance is ${q.tolerance}; it must be 0 or more`));
			if (!Number.isFinite(q.answer)) out.push(err(['answer'], 'answer must be a finite number'));
			q.wrongAnswers.forEach((w, i) => {
				if (Math.abs(w.value - q.answer) <= q.tolerance) {
					out.push(
						err(
							['wrongAnswers', i, 'value'],
							`${w.value} is within the tolerance of the answer, so it would count as right`
						)
					);
				}
			});
			break;
		case 'short-text':
			q.accepted.forEach((a, i) => {
				if (!normalise(a))
					out.push(err(['accepted', i], `"${a}" has no letters or digits, so nothing typed could match it`));
			});
			q.wrongAnswers.forEach((w, i) => {
				if (q.accepted.some((a) => normalise(a) === normalise(w.text))) {
					out.push(err(['wrongAnswers', i, 'text'], `"${w.text}" is also an accepted answer`));
				}
			});
			break;
		case 'cloze': {
			const used = [...q.text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]);
			const keyed = new Set(q.blanks.map((b) => b.id));
			for (const id of used) {
				if (!keyed.has(id))
					out.push(err(['text'], `blank {{${id}}} has no entry in blanks; add one with its accepted answers`));
			}
			for (const i of duplicates(used, (u) => u))
				out.push(err(['text'], `blank {{${used[i]}}} appears twice in the text`));
			q.blanks.forEach((b, i) => {
				if (!used.includes(b.id))
					out.push(
						err(['blanks', i, 'id'], `blank "${b.id}" is not used in the text; write {{${b.id}}} where it goes`)
					);
				if (b.choices) {
					const choices = new Set(b.choices.map(normalise));
					b.accepted.forEach((a, j) => {
						if (!choices.has(normalise(a)))
							out.push(err(['blanks', i, 'accepted', j], `"${a}" is not one of the blank's choices`));
					});
					for (const j of duplicates(b.choices, normalise)) {
						out.push(err(['blanks', i, 'choices', j], `choice "${b.choices[j]}" appears twice`));
					}
				}
			});
			for (const i of duplicates(q.blanks, (b) => b.id))
				out.push(err(['blanks', i, 'id'], `blank id "${q.blanks[i].id}" is used twice`));
			break;
		}
		case 'true-false':
			break;
	}
	return out;
}

function checkCitations(q: Question, passages: ReadonlyMap<string, Passage>): Finding[] {
	const out: Finding[] = [];
	if (q.uncited) {
		out.push(warn(['uncited'], 'waiting for a citation: add sources with the article words that support the answer'));
		return out;
	}
	if (q.sources.length === 0) {
		out.push(
			err(['sources'], 'needs at least one citation { passage, quote } (or "uncited: true" for an imported question)')
		);
	}
	q.sources.forEach((c, i) => {
		const passage = passages.get(c.passage);
		if (!passage) {
			const near = closestId(c.passage, [...passages.keys()]);
			out.push(
				err(['sources', i, 'passage'], `unknown passage "${c.passage}"${near ? `; did you mean "${near}"?` : ''}`)
			);
			return;
		}
		if (passage.text.includes(c.quote)) return;
		out.push(err(['sources', i, 'quote'], quoteMiss(c.quote, passage, passages)));
	});
	return out;
}

/** Explains a quote that is not in its passage, showing the closest text the article does have. */
export function quoteMiss(quote: string, passage: Passage, passages: ReadonlyMap<string, Passage>): string {
	const plainQuote = plainPunctuation(quote).replace(/\s+/g, ' ');
	const plainPassage = plainPunctuation(passage.text);
	// plainPunctuation maps one character to one, so an index found in the plain text is the
	// same index in the original.
	const at = plainPassage.indexOf(plainQuote);
	if (at >= 0) {
		return `quote differs from passage "${passage.id}" only in quotation marks, dashes or spaces; the article has: "${passage.text.slice(at, at + plainQuote.length)}"`;
	}
	for (const other of passages.values()) {
		if (other.id !== passage.id && other.text.includes(quote)) {
			return `quote is not in passage "${passage.id}" but is in passage "${other.id}"`;
		}
	}
	const closest = closestWindow(quote, passage.text);
	return closest
		? `quote is not in passage "${passage.id}"; the closest text there is: "${closest}"`
		: `quote is not in passage "${passage.id}", and nothing there comes close`;
}

/** The run of the passage's words, as long as the quote, that shares the most words with it. */
function closestWindow(quote: string, text: string): string | null {
	const q = quote.split(/\s+/).filter(Boolean).map(normalise);
	const words = text.split(/\s+/).filter(Boolean);
	const norm = words.map(normalise);
	if (q.length === 0 || words.length === 0) return null;
	const n = Math.min(q.length, words.length);
	let best = -1;
	let bestAt = 0;
	for (let start = 0; start + n <= words.length; start++) {
		let score = 0;
		for (let k = 0; k < n; k++) if (norm[start + k] === q[k]) score++;
		if (score > best) {
			best = score;
			bestAt = start;
		}
	}
	if (best < Math.max(1, Math.floor(n / 3))) return null;
	return words.slice(bestAt, bestAt + n).join(' ');
}

function closestId(id: string, ids: string[]): string | null {
	let best: string | null = null;
	let bestD = Infinity;
	for (const c of ids) {
		const d = editDistance(id, c);
		if (d < bestD) {
			bestD = d;
			best = c;
		}
	}
	return best !== null && bestD <= Math.max(2, Math.floor(id.length / 3)) ? best : null;
}

export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}

function checkGrounding(q: Question): Finding[] {
	if (q.uncited || q.derived || q.sources.length === 0) return [];
	const quotes = q.sources.map((s) => s.quote);
	const hint = 'cite the words that state it, or add "derived:" with a one-line reason';
	switch (q.type) {
		case 'numeric': {
			const found = quotes.some((t) => numbersIn(t).some((n) => Math.abs(n - q.answer) < 1e-9));
			return found ? [] : [err(['answer'], `${q.answer} does not appear in any cited quote; ${hint}`)];
		}
		case 'short-text':
			return q.accepted.some((a) => quotes.some((t) => containsWords(t, a)))
				? []
				: [err(['accepted'], `no accepted answer appears in a cited quote; ${hint}`)];
		case 'matching':
			return q.pairs.flatMap((p, i) =>
				quotes.some((t) => containsWords(t, p.right))
					? []
					: [err(['pairs', i, 'right'], `"${p.right}" does not appear in any cited quote; ${hint}`)]
			);
		default:
			return [];
	}
}

function checkLinks(q: Question): Finding[] {
	const fields: [FieldPath, string | undefined][] = [
		[['prompt'], q.prompt],
		[['explanation'], q.explanation]
	];
	if (q.type === 'single-choice' || q.type === 'multiple-response') {
		q.options.forEach((o, i) => {
			fields.push([['options', i, 'text'], o.text], [['options', i, 'feedback'], o.feedback]);
		});
	}
	return fields.flatMap(([path, value]) =>
		value
			? unsafeLinks(value).map((h) =>
					err(path, `link to "${h}" is not allowed; links go to http(s), mailto or a page of this site`)
				)
			: []
	);
}
