import { describe, expect, it } from 'vitest';
import { slugFromWords, slugify, uniqueId } from './ids';

describe('slugify', () => {
	it.each([
		['Kanji Origins', 'kanji-origins'],
		["Jesus' hometown (Short answer ex.)", 'jesus-hometown-short-answer-ex'],
		['2-08 TSL', '2-08-tsl'],
		['EE_mod_05_T39_P079', 'ee-mod-05-t39-p079'],
		['Combien de principes GRASP y a-t-il?', 'combien-de-principes-grasp-y-a-t-il'],
		['¿Qué pasó en Moscú?', 'que-paso-en-moscu'],
		['Default for Unit 1: Topic', 'default-for-unit-1-topic'],
		['::!!', ''],
		['漢字', '']
	])('%j becomes %j', (input, slug) => {
		expect(slugify(input)).toBe(slug);
	});

	it('shortens long titles at a word boundary', () => {
		const slug = slugify('a very long question title that goes on and on well past the limit of sixty characters');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).toBe('a-very-long-question-title-that-goes-on-and-on-well-past-the');
	});
});

describe('slugFromWords', () => {
	it('uses the first six words', () => {
		expect(slugFromWords("Who's buried in Grant's tomb, and since when exactly?")).toBe(
			'whos-buried-in-grants-tomb-and'
		);
	});
});

describe('uniqueId', () => {
	it('adds -2, -3… to an id already taken, and takes the one it returns', () => {
		const taken = new Set(['grant']);
		expect(uniqueId('grant', taken)).toBe('grant-2');
		expect(uniqueId('grant', taken)).toBe('grant-3');
		expect(uniqueId('tomb', taken)).toBe('tomb');
		expect([...taken]).toEqual(['grant', 'grant-2', 'grant-3', 'tomb']);
	});
});
