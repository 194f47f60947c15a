import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../content/load';
import type { ParsedQuestion } from '../content/schema';
import { QUESTION_TYPES } from '../content/schema';
import { blankIds, draftFromQuestion, draftToInput, emptyDraft, fieldFor, fieldId, syncBlanks } from './draft';

const cite = [{ passage: 'p', quote: 'words' }];

const samples: Record<string, Record<string, unknown>> = {
	'single-choice': {
		options: [
			{ text: 'A', correct: true, feedback: 'Yes.' },
			{ id: 'b', text: 'B', correct: false }
		]
	},
	'multiple-response': {
		options: [
			{ text: 'A', correct: true },
			{ text: 'B', correct: true }
		]
	},
	'true-false': { answer: false, feedback: { true: 'No.' } },
	ordering: { items: [{ text: 'one' }, { text: 'two', feedback: 'Second.' }, { id: 'c', text: 'three' }] },
	matching: {
		pairs: [
			{ left: 'L1', right: 'R1' },
			{ left: 'L2', right: 'R2', feedback: 'F.' }
		],
		distractors: ['R3']
	},
	numeric: { answer: 6, tolerance: 0.5, unit: 'days', wrongAnswers: [{ value: 7, feedback: 'One too many.' }] },
	'short-text': { accepted: ['Kabulov', 'Zamir Kabulov'], wrongAnswers: [{ text: 'Lavrov', feedback: 'No.' }] },
	cloze: {
		text: 'On {{day}} the {{who}} ruled.',
		blanks: [
			{ id: 'day', accepted: ['April 17'], choices: ['April 17', 'April 23'] },
			{ id: 'who', accepted: ['court'], feedback: 'The Supreme Court.' }
		]
	}
};

function parsed(type: string): ParsedQuestion {
	const raw = {
		id: `q-${type}`,
		type,
		difficulty: 2,
		prompt: 'Prompt?',
		explanation: 'Because.',
		tags: ['t1', 't2'],
		sources: cite,
		...samples[type]
	};
	const { question, findings } = parseQuestion(raw);
	if (!question) throw new Error(JSON.stringify(findings));
	return question;
}

describe('question drafts', () => {
	it.each(QUESTION_TYPES)('turn a %s question into a draft and back without change', (type) => {
		const q = parsed(type);
		const again = parseQuestion(draftToInput(draftFromQuestion(q)));
		expect(again.findings).toEqual([]);
		expect(again.question).toEqual(q);
	});

	it('leave empty optional fields out, so the validator names only what is missing', () => {
		const d = { ...emptyDraft('numeric'), id: 'x', prompt: 'P', explanation: 'E' };
		expect(draftToInput(d)).toEqual({
			id: 'x',
			type: 'numeric',
			difficulty: 1,
			prompt: 'P',
			explanation: 'E',
			sources: []
		});
		expect(parseQuestion(draftToInput(d)).findings.map((f) => f.message)).toEqual([
			'required field "answer" is missing'
		]);
	});

	it('pass a number that is not one to the validator as the text typed', () => {
		const d = { ...emptyDraft('numeric'), id: 'x', prompt: 'P', explanation: 'E', number: 'six' };
		expect(parseQuestion(draftToInput(d)).findings).toMatchInlineSnapshot(`
			[
			  {
			    "message": "expected a number, got the text "six"",
			    "path": [
			      "answer",
			    ],
			  },
			]
		`);
	});

	it('keep the blanks in step with the cloze text, and what was typed for each', () => {
		const blanks = syncBlanks({
			clozeText: 'In {{year}} and {{ month }} and {{year}}',
			blanks: [{ id: 'month', accepted: 'May', choices: '', feedback: '' }]
		});
		expect(blanks).toEqual([
			{ id: 'year', accepted: '', choices: '', feedback: '' },
			{ id: 'month', accepted: 'May', choices: '', feedback: '' }
		]);
		expect(blankIds('no blanks')).toEqual([]);
	});

	it.each([
		['options[1].text', 'f-options-1-text'],
		['prompt', 'f-prompt'],
		['', 'f-question']
	])('give the field for path %j the id %j', (path, id) => {
		expect(fieldId(path)).toBe(id);
	});
});

describe('field lookup', () => {
	it('falls back from a path to the nearest field the form has', () => {
		const have = new Set(['f-options', 'f-prompt', 'f-question']);
		expect(fieldFor('options[2].feedback', (id) => have.has(id))).toBe('f-options');
		expect(fieldFor('prompt', (id) => have.has(id))).toBe('f-prompt');
		expect(fieldFor('blanks[0].accepted[1]', (id) => have.has(id))).toBe('f-question');
		expect(fieldFor('x', () => false)).toBeNull();
	});
});
