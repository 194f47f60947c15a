import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from '../content/normalise';
import { questionSchema } from '../content/schema';
import { letter, printQuestion } from './print';

const make = (raw: Record<string, unknown>) =>
	normaliseQuestion(
		questionSchema.parse({ id: 'q', difficulty: 1, prompt: 'P', explanation: 'E', sources: [], ...raw }),
		't'
	);

describe('printed questions', () => {
	it('letter choices in the order shown and key them in the same letters', () => {
		const q = make({
			type: 'multiple-response',
			options: [{ text: 'one', correct: true }, { text: 'two' }, { text: 'three', correct: true }]
		});
		const p = printQuestion(q, 'seed', false);
		expect(p.body).toEqual({ kind: 'choices', multiple: true, choices: ['one', 'two', 'three'] });
		expect(p.key).toEqual(['A. one; C. three']);
	});

	it('never show ordering items in their right order, and key the order by letters', () => {
		const q = make({ type: 'ordering', items: [{ text: 'first' }, { text: 'second' }, { text: 'third' }] });
		const p = printQuestion(q, 'seed', false);
		if (p.body.kind !== 'ordering') throw new Error('not ordering');
		expect(p.body.items).not.toEqual(['first', 'second', 'third']);
		const keyed = p.key[0].split(', ').map((l) => p.body.kind === 'ordering' && p.body.items[l.charCodeAt(0) - 65]);
		expect(keyed).toEqual(['first', 'second', 'third']);
	});

	it('number the left sides of a matching question and letter the right ones, distractors included', () => {
		const q = make({
			type: 'matching',
			pairs: [
				{ left: 'L1', right: 'R1' },
				{ left: 'L2', right: 'R2' }
			],
			distractors: ['R3']
		});
		const p = printQuestion(q, 'seed', true);
		if (p.body.kind !== 'matching') throw new Error('not matching');
		expect([...p.body.rights].sort()).toEqual(['R1', 'R2', 'R3']);
		expect(p.key).toEqual(
			['R1', 'R2'].map(
				(r, i) => `${i + 1} → ${letter(p.body.kind === 'matching' ? p.body.rights.indexOf(r) : 0)}. ${r}`
			)
		);
	});

	it('number cloze blanks as they appear in the text', () => {
		const q = make({
			type: 'cloze',
			text: 'A {{b}} then {{a}}.',
			blanks: [
				{ id: 'a', accepted: ['x'] },
				{ id: 'b', accepted: ['y', 'z'] }
			]
		});
		const p = printQuestion(q, 'seed', false);
		expect(p.body).toEqual({
			kind: 'cloze',
			parts: [{ text: 'A ' }, { blank: 1 }, { text: ' then ' }, { blank: 2 }, { text: '.' }]
		});
		expect(p.key).toEqual(['(1) y / z', '(2) x']);
	});

	it.each([
		[{ type: 'numeric', answer: 6, tolerance: 1, unit: 'days' }, '6 days (± 1)'],
		[{ type: 'true-false', answer: false }, 'False'],
		[{ type: 'short-text', accepted: ['Kabulov', 'Zamir Kabulov'] }, 'Kabulov / Zamir Kabulov']
	])('key %j as %j', (raw, key) => {
		expect(printQuestion(make(raw), 's', false).key).toEqual([key]);
	});
});
