import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../src/lib/content/load';
import { QUESTION_TYPES } from '../../../src/lib/content/schema';
import { generatePack, GENERATED_PACK_ID } from './pack-generator';

const load = (files: Map<string, string>) =>
	loadPack({ dir: `questions/${GENERATED_PACK_ID}`, read: (rel) => files.get(rel) });

describe('generatePack', () => {
	it('makes a pack the loader accepts without a single problem', () => {
		const { files } = generatePack({ questions: 400, passages: 50, perBank: 150 });
		const { pack, problems } = load(files);
		expect(problems).toEqual([]);
		expect(pack?.questions).toHaveLength(400);
		expect(pack?.passages).toHaveLength(50);
		expect([...files.keys()].filter((f) => f.startsWith('banks/'))).toHaveLength(3);
	});

	it('mixes all eight question types in equal measure, each citing a sentence of the article', () => {
		const { files } = generatePack({ questions: 80, passages: 5 });
		const pack = load(files).pack;
		const byType = Object.fromEntries(
			QUESTION_TYPES.map((t) => [t, pack?.questions.filter((q) => q.type === t).length])
		);
		expect(byType).toEqual(Object.fromEntries(QUESTION_TYPES.map((t) => [t, 10])));
		expect(pack?.questions.every((q) => q.sources.length === 1 && !q.uncited)).toBe(true);
	});

	it('is the same pack every time', () => {
		const a = generatePack({ questions: 30, passages: 4 });
		const b = generatePack({ questions: 30, passages: 4 });
		expect([...a.files]).toEqual([...b.files]);
	});

	it('refuses a size that is not a whole number of at least one', () => {
		expect(() => generatePack({ questions: 0, passages: 5 })).toThrowErrorMatchingInlineSnapshot(
			`[RangeError: questions must be a whole number ≥ 1]`
		);
		expect(() => generatePack({ questions: 5, passages: 2.5 })).toThrowErrorMatchingInlineSnapshot(
			`[RangeError: passages must be a whole number ≥ 1]`
		);
	});
});
