// A set on paper: each question as a learner meets it (choices lettered, items to order in a
// shuffled order, since their written order is the key) and, for the teacher, the key in the same
// letters. Seeded like a quiz, so the same sheet prints the same every time.
import { textId } from '../content/hash';
import type { Question } from '../content/types';
import { presentQuestion } from '../quiz/present';

export const letter = (i: number) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');

export type PrintBody =
	| { kind: 'choices'; multiple: boolean; choices: string[] }
	| { kind: 'true-false' }
	| { kind: 'ordering'; items: string[] }
	| { kind: 'matching'; lefts: string[]; rights: string[] }
	| { kind: 'numeric'; unit: string | null }
	| { kind: 'short-text' }
	| { kind: 'cloze'; parts: ({ text: string } | { blank: number })[] };

export interface PrintQuestion {
	id: string;
	prompt: string;
	body: PrintBody;
	/** The key, one line per part, in the letters and numbers the sheet shows. */
	key: string[];
}

export function printQuestion(q: Question, seed: string, shuffleOptions: boolean): PrintQuestion {
	const shown = presentQuestion(q, seed, shuffleOptions);
	const base = { id: q.id, prompt: q.prompt };
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response': {
			const order = shown.type === q.type ? shown.options : q.options;
			const right = order.flatMap((o, i) => (q.options.find((x) => x.id === o.id)?.correct ? [i] : []));
			return {
				...base,
				body: { kind: 'choices', multiple: q.type === 'multiple-response', choices: order.map((o) => o.text) },
				key: [right.map((i) => `${letter(i)}. ${order[i].text}`).join('; ')]
			};
		}
		case 'true-false':
			return { ...base, body: { kind: 'true-false' }, key: [q.answer ? 'True' : 'False'] };
		case 'ordering': {
			const order = shown.type === 'ordering' ? shown.items : q.items;
			const at = new Map(order.map((o, i) => [o.id, i]));
			return {
				...base,
				body: { kind: 'ordering', items: order.map((o) => o.text) },
				key: [q.items.map((i) => letter(at.get(i.id) ?? 0)).join(', ')]
			};
		}
		case 'matching': {
			const rights = shown.type === 'matching' ? shown.rights : [];
			const at = new Map(rights.map((r, i) => [r.id, i]));
			return {
				...base,
				body: { kind: 'matching', lefts: q.pairs.map((p) => p.left), rights: rights.map((r) => r.text) },
				key: q.pairs.map((p, i) => `${i + 1} → ${letter(at.get(textId(p.right)) ?? 0)}. ${p.right}`)
			};
		}
		case 'numeric': {
			const tol = q.tolerance ? ` (± ${q.tolerance})` : '';
			return {
				...base,
				body: { kind: 'numeric', unit: q.unit ?? null },
				key: [`${q.answer}${q.unit ? ` ${q.unit}` : ''}${tol}`]
			};
		}
		case 'short-text':
			return { ...base, body: { kind: 'short-text' }, key: [q.accepted.join(' / ')] };
		case 'cloze': {
			const parts: ({ text: string } | { blank: number })[] = [];
			// Blanks are numbered as they appear in the text, which need not be the order they are listed.
			const order = [...q.text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]);
			let last = 0;
			for (const m of q.text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
				parts.push({ text: q.text.slice(last, m.index) });
				parts.push({ blank: order.indexOf(m[1]) + 1 });
				last = (m.index ?? 0) + m[0].length;
			}
			parts.push({ text: q.text.slice(last) });
			return {
				...base,
				body: { kind: 'cloze', parts: parts.filter((p) => !('text' in p) || p.text) },
				key: order.map((id, i) => `(${i + 1}) ${q.blanks.find((b) => b.id === id)?.accepted.join(' / ') ?? ''}`)
			};
		}
	}
}
