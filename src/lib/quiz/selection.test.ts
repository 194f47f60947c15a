import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../content/disk';
import { createRandom } from './random';
import { drawFromPools, selectQuestions } from './selection';
import { DEFAULT_SETTINGS, type QuizSettings } from './settings';
import { samplePack } from './testing/sample';

const pack = samplePack(24);
const settings = (over: Partial<QuizSettings>): QuizSettings => ({ ...DEFAULT_SETTINGS, ...over });
const ids = (s: QuizSettings, seed = 'seed') => selectQuestions(pack.questions, s, seed).questions.map((q) => q.id);

describe('selectQuestions', () => {
	it('gives the same quiz for the same seed and settings, and another for another seed', () => {
		const s = settings({ count: 10 });
		expect(ids(s)).toEqual(ids(s));
		expect(ids(s, 'other')).not.toEqual(ids(s));
		expect(ids(s)).toHaveLength(10);
	});

	it.each([
		['topics', { topics: ['timeline'] }, (q: (typeof pack.questions)[number]) => q.topic === 'timeline'],
		[
			'types',
			{ types: ['cloze' as const, 'numeric' as const] },
			(q: (typeof pack.questions)[number]) => ['cloze', 'numeric'].includes(q.type)
		],
		['difficulty', { difficulty: [3 as const] }, (q: (typeof pack.questions)[number]) => q.difficulty === 3],
		['tags', { tags: ['odd'] }, (q: (typeof pack.questions)[number]) => q.tags.includes('odd')]
	])('filters by %s', (_, filter, keep) => {
		const chosen = selectQuestions(pack.questions, settings(filter), 's').questions;
		expect(chosen.length).toBe(pack.questions.filter(keep).length);
		expect(chosen.every(keep)).toBe(true);
	});

	it('combines filters with "and" and values within one with "or"', () => {
		const chosen = selectQuestions(
			pack.questions,
			settings({ topics: ['timeline', 'implications'], difficulty: [1] }),
			's'
		).questions;
		expect(chosen.length).toBeGreaterThan(0);
		expect(chosen.every((q) => q.difficulty === 1 && q.topic !== 'motivations')).toBe(true);
	});

	it('keeps the pack order when asked not to shuffle', () => {
		const all = ids(settings({ shuffleQuestions: false }));
		expect(all).toEqual(pack.questions.map((q) => q.id));
		expect(ids(settings({}))).not.toEqual(all);
	});

	it('asks fixed questions first, in order, and draws more besides when a count is given', () => {
		const fixed = [pack.questions[5].id, pack.questions[2].id];
		expect(ids(settings({ ids: fixed, shuffleQuestions: false }))).toEqual(fixed);
		const more = ids(settings({ ids: fixed, count: 3, shuffleQuestions: false }));
		expect(more.slice(0, 2)).toEqual(fixed);
		expect(new Set(more).size).toBe(5);
	});

	it('says what it could not do: unknown ids, too few questions, nothing at all', () => {
		expect(selectQuestions(pack.questions, settings({ ids: ['nope'], count: 30 }), 's').problems).toEqual([
			'question "nope" is not in this pack; it is left out',
			'asked for 30 questions but only 24 match; all 24 are used'
		]);
		expect(selectQuestions(pack.questions, settings({ topics: ['x'], types: ['cloze'] }), 's').problems).toEqual([
			'no question matches topics x; types cloze; widen the choice'
		]);
		expect(selectQuestions(pack.questions, settings({ ids: ['nope', 'zzz'] }), 's').problems).toEqual([
			'question "nope" is not in this pack; it is left out',
			'question "zzz" is not in this pack; it is left out',
			'none of the questions asked for is in this pack'
		]);
		expect(selectQuestions([], settings({}), 's').problems).toEqual(['this pack has no questions to ask']);
	});
});

describe('drawFromPools', () => {
	it('draws from each pool in turn, never the same question twice', () => {
		const drawn = drawFromPools(
			pack.questions,
			[
				{ filter: { topics: ['timeline'] }, count: 2 },
				{ filter: {}, count: 5 }
			],
			createRandom('pools')
		);
		expect(drawn.questions).toHaveLength(7);
		expect(new Set(drawn.questions.map((q) => q.id)).size).toBe(7);
		expect(drawn.questions.filter((q) => q.topic === 'timeline').length).toBeGreaterThanOrEqual(2);
	});
});

describe('the first pack', () => {
	it('selects from the real questions', () => {
		const { pack: real } = loadPackDir('questions/russia-taliban-delisting');
		expect(real).not.toBeNull();
		const chosen = selectQuestions(real?.questions ?? [], settings({ topics: ['timeline'] }), 'x').questions;
		expect(chosen.map((q) => q.topic)).toEqual(chosen.map(() => 'timeline'));
		expect(chosen.length).toBeGreaterThan(0);
	});
});
