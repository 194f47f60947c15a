import { describe, expect, it } from 'vitest';
import { itemFlags, setFlags, THRESHOLDS, type ItemFlagFacts } from './flags';

const ordinary: ItemFlagFacts = {
	facility: 0.6,
	randomGuessScore: null,
	discriminationIndex: 40,
	markVariance: 0.24,
	meanMark: 0.6
};

describe('flags on a question', () => {
	it.each<[string, Partial<ItemFlagFacts>, string[]]>([
		['an ordinary question', {}, []],
		['facility just above the too-easy line', { facility: 0.91 }, ['too-easy']],
		['facility exactly on the too-easy line', { facility: THRESHOLDS.tooEasy }, []],
		['facility a rounding error above the line', { facility: 0.9000000000000001 }, []],
		['facility just below the too-hard line', { facility: 0.19 }, ['too-hard']],
		['facility exactly on the too-hard line', { facility: THRESHOLDS.tooHard }, []],
		['facility at the guess score', { facility: 0.25, randomGuessScore: 0.25 }, ['near-guessing']],
		['facility five points over the guess score', { facility: 0.3, randomGuessScore: 0.25 }, ['near-guessing']],
		['facility well over the guess score', { facility: 0.4, randomGuessScore: 0.25 }, []],
		['facility under a guess score of 0', { facility: 0.01, randomGuessScore: 0 }, ['too-hard']],
		['a hard question below chance', { facility: 0.1, randomGuessScore: 0.25 }, ['too-hard', 'near-guessing']],
		['a negative discrimination index', { discriminationIndex: -5 }, ['negative-discrimination']],
		['a weak discrimination index', { discriminationIndex: 19.9 }, ['weak-discrimination']],
		['a discrimination index on the line', { discriminationIndex: THRESHOLDS.weakDiscrimination }, []],
		['a zero discrimination index', { discriminationIndex: 0 }, ['weak-discrimination']],
		['no discrimination index', { discriminationIndex: null }, []],
		['no facility', { facility: null }, []],
		[
			'no spread at a middling mark',
			{ markVariance: 0, discriminationIndex: null, meanMark: 0.5, facility: 0.5 },
			['no-spread']
		],
		[
			'no spread because everyone was right',
			{ markVariance: 0, discriminationIndex: null, meanMark: 1, facility: 1 },
			['too-easy']
		],
		[
			'no spread because everyone was wrong',
			{ markVariance: 0, discriminationIndex: null, meanMark: 0, facility: 0 },
			['too-hard']
		],
		[
			'too easy and going the wrong way',
			{ facility: 0.95, discriminationIndex: -10 },
			['too-easy', 'negative-discrimination']
		]
	])('%s', (_, facts, codes) => {
		expect(itemFlags({ ...ordinary, ...facts }).map((f) => f.code)).toEqual(codes);
	});

	it('says in words what is wrong, with the figures behind it', () => {
		const flags = itemFlags({
			facility: 0.1,
			randomGuessScore: 0.25,
			discriminationIndex: -12.4,
			markVariance: 0.09,
			meanMark: 0.1
		});
		expect(flags.map((f) => f.message)).toMatchInlineSnapshot(`
			[
			  "Too hard: attempts earned only 10% of its marks. Check the key, the wording and whether the cited passage supports the answer.",
			  "No better than guessing: attempts earned 10% of its marks, and random guessing would earn about 25%.",
			  "Discriminates the wrong way (index -12%): those who did well on the other questions did worse on this one. Check the key first.",
			]
		`);
	});
});

describe('flags on the whole set', () => {
	it.each<[string, number | null, number, string[]]>([
		['a good set', 0.8, 30, []],
		['alpha below the line', 0.5, 30, ['low-consistency']],
		['alpha on the line', THRESHOLDS.lowConsistency, 30, []],
		['no alpha', null, 30, []],
		['a small class', 0.8, 9, ['few-attempts']],
		['a class of exactly the threshold', 0.8, THRESHOLDS.fewAttempts, []],
		['no attempts at all', null, 0, []],
		['a small class and low alpha', 0.2, 5, ['few-attempts', 'low-consistency']]
	])('%s', (_, alpha, attempts, codes) => {
		expect(setFlags({ alpha }, attempts).map((f) => f.code)).toEqual(codes);
	});

	it('says in words what is wrong', () => {
		expect(setFlags({ alpha: 0.412 }, 1).map((f) => f.message)).toMatchInlineSnapshot(`
			[
			  "Only 1 attempt: one student changes these figures a lot, so read them as hints.",
			  "Low internal consistency (alpha 0.41): the questions do not rise and fall together, so the total says little about one shared understanding. Look first at questions that discriminate weakly or the wrong way.",
			]
		`);
	});
});
