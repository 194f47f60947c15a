import { describe, expect, it } from 'vitest';
import { textId } from '../content/hash';
import { loadPackDir } from '../content/disk';
import { presentQuestion } from './present';
import { QUESTION_TYPES } from './settings';
import { sampleQuestion } from './testing/sample';

const FORBIDDEN = ['correct', 'explanation', 'feedback', 'accepted', 'answer', 'version', 'wrongAnswers', 'sources'];
const keys = (v: unknown): string[] =>
	Array.isArray(v)
		? v.flatMap(keys)
		: v && typeof v === 'object'
			? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)])
			: [];

describe('presentQuestion', () => {
	it.each(QUESTION_TYPES.map((t, i) => [t, sampleQuestion(t, i)] as const))(
		'shows a %s question without its key',
		(_, q) => {
			const shown = presentQuestion(q, 'seed', true);
			expect(keys(shown).filter((k) => FORBIDDEN.includes(k))).toEqual([]);
			expect(shown).toMatchObject({ id: q.id, type: q.type, prompt: q.prompt });
		}
	);

	it('never shows ordering items in the right order', () => {
		const q = sampleQuestion('ordering', 3);
		if (q.type !== 'ordering') throw new Error('expected ordering');
		for (let i = 0; i < 200; i++) {
			const shown = presentQuestion(q, `seed-${i}`, false);
			if (shown.type !== 'ordering') throw new Error('expected ordering');
			expect(shown.items.map((x) => x.id)).not.toEqual(q.items.map((x) => x.id));
		}
	});

	it('offers every right-hand text of a matching question once, with ids that say nothing of the pairs', () => {
		const q = sampleQuestion('matching', 4);
		if (q.type !== 'matching') throw new Error('expected matching');
		const shown = presentQuestion(q, 's', false);
		if (shown.type !== 'matching') throw new Error('expected matching');
		expect(shown.lefts.map((l) => l.id)).toEqual(q.pairs.map((p) => p.id));
		expect(shown.rights.map((r) => r.id).sort()).toEqual(
			[...q.pairs.map((p) => p.right), ...q.distractors].map(textId).sort()
		);
	});

	it('shuffles options by seed, and keeps them as written when asked', () => {
		const q = sampleQuestion('single-choice', 0);
		if (q.type !== 'single-choice') throw new Error('expected single-choice');
		const order = (seed: string, shuffle: boolean) => {
			const s = presentQuestion(q, seed, shuffle);
			return s.type === 'single-choice' ? s.options.map((o) => o.id) : [];
		};
		expect(order('a', false)).toEqual(q.options.map((o) => o.id));
		expect(order('a', true)).toEqual(order('a', true));
		const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((s) => order(s, true).join()));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('shows every question of the first pack without its key', () => {
		const { pack } = loadPackDir('questions/russia-taliban-delisting');
		for (const q of pack?.questions ?? []) {
			expect(keys(presentQuestion(q, 'x', true)).filter((k) => FORBIDDEN.includes(k))).toEqual([]);
		}
		expect(pack?.questions.length).toBeGreaterThan(0);
	});
});
