import { describe, expect, it } from 'vitest';
import { checkQuestionInput, type QuestionContext } from './check-question';

const passage = { id: 'ruling', section: null, text: 'On 17 April 2025 the Supreme Court ruled. It took six days.' };
const ctx: QuestionContext = {
	packId: 'court',
	passages: new Map([[passage.id, passage]]),
	topics: ['timeline'],
	defaultTopic: 'timeline',
	takenIds: new Set(['taken'])
};

const base = {
	id: 'q1',
	type: 'true-false',
	difficulty: 1,
	prompt: 'The court ruled in April.',
	answer: true,
	explanation: 'It did.',
	sources: [{ passage: 'ruling', quote: 'On 17 April 2025 the Supreme Court ruled.' }]
};

describe('checkQuestionInput', () => {
	it('accepts a question whose citation is verbatim, and normalises it with the default topic', () => {
		const r = checkQuestionInput(base, ctx);
		expect(r.findings).toEqual([]);
		expect(r.question?.topic).toBe('timeline');
	});

	it('reports every problem at once, with the validator’s messages and field paths', () => {
		const r = checkQuestionInput(
			{
				...base,
				id: 'taken',
				topic: 'elsewhere',
				sources: [
					{ passage: 'ruling', quote: 'the Supreme Court ruled on 17 April' },
					{ passage: 'rulin', quote: 'x' }
				]
			},
			ctx
		);
		expect(r.findings).toMatchInlineSnapshot(`
			[
			  {
			    "message": "topic "elsewhere" is not one of the pack's topics (timeline)",
			    "path": "topic",
			    "severity": "error",
			  },
			  {
			    "message": "id "taken" is already used in pack "court"; ids are unique in a pack",
			    "path": "id",
			    "severity": "error",
			  },
			  {
			    "message": "quote is not in passage "ruling"; the closest text there is: "the Supreme Court ruled. It took six"",
			    "path": "sources[0].quote",
			    "severity": "error",
			  },
			  {
			    "message": "unknown passage "rulin"; did you mean "ruling"?",
			    "path": "sources[1].passage",
			    "severity": "error",
			  },
			]
		`);
	});

	it('stops at the schema when the shape is wrong', () => {
		const r = checkQuestionInput({ ...base, difficulty: 5, answer: 'yes' }, ctx);
		expect(r.question).toBeNull();
		expect(r.findings.map((f) => f.path)).toEqual(['difficulty', 'answer']);
	});

	it('grounds a numeric key in the cited words', () => {
		const numeric = {
			...base,
			type: 'numeric',
			answer: 7,
			sources: [{ passage: 'ruling', quote: 'It took six days.' }]
		};
		expect(checkQuestionInput(numeric, ctx).findings.map((f) => f.message)).toEqual([
			'7 does not appear in any cited quote; cite the words that state it, or add "derived:" with a one-line reason'
		]);
		expect(checkQuestionInput({ ...numeric, answer: 6 }, ctx).findings).toEqual([]);
	});
});
