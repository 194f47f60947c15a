// A question as the page may show it while it is being answered: no key, no feedback, no
// explanation, and no content version either (the version hashes the key, so with a few guesses it
// would give the key away). Option order is seeded per question, so it survives a reload.
import { textId } from '../content/hash';
import type { Question } from '../content/types';
import { createRandom, shuffle } from './random';

export interface Choice {
	id: string;
	text: string;
}

interface PublicBase {
	id: string;
	topic: string;
	difficulty: 1 | 2 | 3;
	prompt: string;
}

export type PublicQuestion =
	| (PublicBase & { type: 'single-choice' | 'multiple-response'; options: Choice[] })
	| (PublicBase & { type: 'true-false' })
	| (PublicBase & { type: 'ordering'; /** In the order first shown, never the right one. */ items: Choice[] })
	| (PublicBase & {
			type: 'matching';
			lefts: Choice[];
			/** Every right-hand text (the pairs' and the distractors'), each once, id = textId(text). */
			rights: Choice[];
	  })
	| (PublicBase & { type: 'numeric'; unit: string | null })
	| (PublicBase & { type: 'short-text' })
	| (PublicBase & {
			type: 'cloze';
			/** The sentence with each blank written {{blank-id}}. */
			text: string;
			/** Choices make the blank a drop-down; null means the learner types. */
			blanks: { id: string; choices: string[] | null }[];
	  });

/**
 * The key-free form of `q`. Options are shuffled when `shuffleOptions` is set; ordering items and
 * matching right-hand choices always are, since their written order is the key.
 */
export function presentQuestion(q: Question, seed: string, shuffleOptions: boolean): PublicQuestion {
	const random = createRandom(`${seed}/${q.id}`);
	const maybe = <T>(xs: T[]) => (shuffleOptions ? shuffle(xs, random) : xs);
	const base: PublicBase = { id: q.id, topic: q.topic, difficulty: q.difficulty, prompt: q.prompt };
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			return { ...base, type: q.type, options: maybe(q.options.map((o) => ({ id: o.id, text: o.text }))) };
		case 'true-false':
		case 'short-text':
			return { ...base, type: q.type };
		case 'ordering': {
			const items = shuffle(
				q.items.map((i) => ({ id: i.id, text: i.text })),
				random
			);
			// Shown already in order, the question would answer itself: turn it by one.
			if (items.length > 1 && items.every((item, i) => item.id === q.items[i].id)) items.push(items.shift() as Choice);
			return { ...base, type: 'ordering', items };
		}
		case 'matching': {
			const rights = new Map<string, Choice>();
			for (const text of [...q.pairs.map((p) => p.right), ...q.distractors]) {
				const id = textId(text);
				if (!rights.has(id)) rights.set(id, { id, text });
			}
			return {
				...base,
				type: 'matching',
				lefts: maybe(q.pairs.map((p) => ({ id: p.id, text: p.left }))),
				rights: shuffle([...rights.values()], random)
			};
		}
		case 'numeric':
			return { ...base, type: 'numeric', unit: q.unit ?? null };
		case 'cloze':
			return {
				...base,
				type: 'cloze',
				text: q.text,
				blanks: q.blanks.map((b) => ({ id: b.id, choices: b.choices ? maybe([...b.choices]) : null }))
			};
	}
}
