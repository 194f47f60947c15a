import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../content/disk';
import { parseQuestion } from '../../content/load';
import { normaliseQuestion } from '../../content/normalise';
import type { MultipleResponseQuestion, Question } from '../../content/types';
import { scoreQuestion } from '../../quiz/scoring';
import { randomTexts } from '../testing';
import { readChoices } from './answers';
import { protectEscapes } from './escape';
import { exportGift } from './export';
import { importGift } from './import';

function question(raw: Record<string, unknown>, topic = 'timeline'): Question {
	const { question: parsed, findings } = parseQuestion({ difficulty: 2, explanation: 'Because.', ...raw });
	expect(findings).toEqual([]);
	return normaliseQuestion(parsed as NonNullable<typeof parsed>, topic);
}

/** Export, import, and normalise again with the topic the comment carries. */
function roundTrip(questions: Question[]) {
	const exported = exportGift(questions);
	const imported = importGift(exported.text);
	const back = imported.questions.map((raw) => {
		const { question: parsed, findings } = parseQuestion(raw);
		expect(findings).toEqual([]);
		return normaliseQuestion(parsed as NonNullable<typeof parsed>, 'no-topic');
	});
	return { exported, imported, back };
}

const cite = { sources: [{ passage: 'supreme-court-ruling', quote: 'ruled to remove the Taliban from its list' }] };
const tricky = 'A *real* [link](https://example.org/a_b), 2 \\* 3, `ticks`, <b>not html</b> & &amp;, ~={}#: \\ %50%';

const EVERY_TYPE: Question[] = [
	question({
		id: 'single',
		type: 'single-choice',
		prompt: `# Which?\n- ${tricky}\n1. numbered`,
		options: [
			{ text: '%100% sure', correct: true, feedback: 'Yes: [html] is not a format here.' },
			{ text: '[html]<i>no</i>', correct: false },
			{ id: 'x-3', text: 'C -> D', correct: false, feedback: 'No.\n\nNot at all.' }
		],
		explanation: `Explained, ${tricky}\nwith a line break.`,
		tags: ['legal', 'dates'],
		...cite
	}),
	question({
		id: 'multiple',
		type: 'multiple-response',
		prompt: 'Which three?',
		options: [
			{ text: 'a', correct: true },
			{ text: 'b', correct: true, feedback: 'B, yes.' },
			{ text: 'c', correct: true },
			{ text: 'd', correct: false, feedback: 'Not d.' }
		],
		...cite
	}),
	question({
		id: 'true-both',
		type: 'true-false',
		prompt: 'It is true.',
		answer: true,
		feedback: { true: 'Right.', false: 'Wrong: #it is true.' },
		...cite
	}),
	question({
		id: 'false-one',
		type: 'true-false',
		prompt: 'It is false.',
		answer: false,
		feedback: { false: 'Right.' },
		uncited: true
	}),
	question({ id: 'true-none', type: 'true-false', prompt: 'T', answer: true, uncited: true }),
	question({
		id: 'short',
		type: 'short-text',
		prompt: 'Name it.',
		accepted: ['implicit recognition', '%age', 'a: b = c'],
		wrongAnswers: [{ text: 'formal recognition', feedback: 'That is what Russia has *not* given.' }],
		...cite
	}),
	question({
		id: 'matching',
		type: 'matching',
		prompt: 'Match them.',
		pairs: [
			{ id: 'p1', left: 'Kazakhstan -> first', right: 'December 2023', feedback: 'Kazakhstan came first.' },
			{ left: 'Kyrgyzstan', right: 'September 2024 -> later' },
			{ left: '*Russia*', right: 'April 2025' }
		],
		distractors: ['August 2021', 'x = y'],
		...cite
	}),
	question({
		id: 'numeric',
		type: 'numeric',
		prompt: 'How many years?',
		answer: 22,
		tolerance: 0.5,
		unit: 'years',
		wrongAnswers: [
			{ value: 2003, feedback: 'That is the year of the designation.' },
			{ value: -1.5e-7, feedback: 'Tiny.' }
		],
		derived: 'From 2003 to 2025.',
		...cite
	}),
	question({ id: 'numeric-plain', type: 'numeric', prompt: 'Which year?', answer: -2003, uncited: true }),
	question({
		id: 'cloze-choices',
		type: 'cloze',
		prompt: 'Complete the sentence about\nthe ruling.',
		text: 'The Supreme Court ruled on {{day}} in *Moscow*.',
		blanks: [
			{ id: 'day', accepted: ['April 17'], choices: ['April 17', 'April 23', 'May 5'], feedback: 'Check the date.' }
		],
		...cite
	}),
	question({
		id: 'cloze-typed-end',
		type: 'cloze',
		prompt: 'Complete the sentence.',
		text: 'The ruling followed Federal Law No. {{blank}}',
		blanks: [{ id: 'blank', accepted: ['513-FZ', '513 FZ'], feedback: 'It is 513-FZ.' }],
		...cite
	}),
	question({
		id: 'cloze-start',
		type: 'cloze',
		prompt: 'Fill in.',
		text: '{{who}} ruled.',
		blanks: [{ id: 'who', accepted: ['The Supreme Court'] }],
		uncited: true
	})
];

describe('exportGift', () => {
	it('writes GIFT in the form Moodle exports it, with the citations last in the general feedback', () => {
		const q = question({
			id: 'ruling-date',
			type: 'single-choice',
			prompt: 'When did the Supreme Court rule?',
			options: [
				{ text: 'April 17', correct: true },
				{ text: 'April 23', correct: false, feedback: 'That is the *diplomatic* upgrade.' }
			],
			explanation: 'The court ruled on April 17.',
			tags: ['dates'],
			...cite
		});
		expect(exportGift([q]).text).toMatchInlineSnapshot(`
			"// [id:ruling-date] [tag:dates]
			// footnote: {"difficulty":2,"topic":"timeline"}
			::ruling-date::[markdown]When did the Supreme Court rule?{
				=April 17
				~April 23#That is the *diplomatic* upgrade.
				####The court ruled on April 17.  \\n  \\nSource\\: [supreme-court-ruling] "ruled to remove the Taliban from its list"
			}
			"
		`);
	});

	it('gives back every expressible type exactly, citations included', () => {
		const { back, imported } = roundTrip(EVERY_TYPE);
		expect(back).toEqual(EVERY_TYPE);
		for (const q of back) expect(q.uncited).toBe(q.sources.length === 0 ? true : undefined);
		expect(imported.report.filter((e) => e.level === 'warning')).toEqual([]);
	});

	it('gives back random text in every field exactly', () => {
		const alphabet = [
			'a',
			'é',
			' ',
			'\n',
			'*',
			'_',
			'[',
			']',
			'(',
			')',
			'\\',
			'#',
			'-',
			'=',
			'~',
			'{',
			'}',
			':',
			'%',
			'<b',
			'&amp;',
			'`',
			'!',
			'->',
			'1.',
			'>',
			'"'
		];
		const texts = randomTexts(alphabet, 1200, 11).filter((t) => t.trim() !== '');
		const questions: Question[] = [];
		for (let i = 0; i + 3 < texts.length; i += 4) {
			questions.push(
				question({
					id: `q-${i}`,
					type: 'single-choice',
					prompt: texts[i],
					options: [
						{ text: `x${texts[i + 1]}`, correct: true, feedback: texts[i + 2] },
						{ text: `y${texts[i + 1]}`, correct: false }
					],
					explanation: texts[i + 3],
					// A quote is words of one paragraph: it has no line breaks.
					sources: [{ passage: 'p', quote: texts[i + 2].replace(/\n/g, ' ').trim() || 'q' }]
				})
			);
		}
		expect(roundTrip(questions).back).toEqual(questions);
	}, 30_000);

	it('lists the questions GIFT cannot express, and what Moodle will not show', () => {
		const ordering = question({
			id: 'order',
			type: 'ordering',
			prompt: 'Order.',
			items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }]
		});
		const twoBlanks = question({
			id: 'two-blanks',
			type: 'cloze',
			prompt: 'Fill in.',
			text: '{{a}} and {{b}}',
			blanks: [
				{ id: 'a', accepted: ['x'] },
				{ id: 'b', accepted: ['y'] }
			]
		});
		const { text, report } = exportGift([ordering, twoBlanks, ...EVERY_TYPE]);
		expect(text).not.toContain('::order::');
		expect(report).toEqual([
			{ level: 'warning', questionId: 'order', message: 'an ordering question cannot be written in GIFT: left out' },
			{
				level: 'warning',
				questionId: 'two-blanks',
				message: 'a cloze with 2 blanks cannot be written in GIFT (one blank at most): left out'
			},
			{
				level: 'info',
				questionId: 'matching',
				message: 'GIFT has no feedback for a pair: it is kept for Footnote in a comment, and Moodle will not show it'
			},
			{
				level: 'info',
				questionId: 'numeric',
				message: 'GIFT has no units: "years" is kept for Footnote in a comment, and Moodle will not show it'
			}
		]);
	});

	it('gives back every question of the pack that GIFT can express', () => {
		const { pack } = loadPackDir('questions/russia-taliban-delisting');
		const questions = pack?.questions ?? [];
		const expressible = questions.filter((q) => q.type !== 'ordering' && !(q.type === 'cloze' && q.blanks.length > 1));
		expect(expressible.length).toBeGreaterThan(50);
		const { back } = roundTrip(questions);
		expect(back).toEqual(expressible);
	}, 30_000);

	it('weights multiple response so that Moodle scores every pick as Footnote does', () => {
		const q = EVERY_TYPE[1] as MultipleResponseQuestion;
		const block = exportGift([q]).text;
		const body = block.slice(block.indexOf('::[markdown]'));
		const answers = protectEscapes(body.slice(body.indexOf('{') + 1, body.indexOf('####')));
		const weights = readChoices(answers, 'markdown').map((a) => a.weight);
		for (let mask = 1; mask < 1 << q.options.length; mask++) {
			const ticked = q.options.filter((_, i) => mask & (1 << i));
			const moodle = Math.min(
				1,
				Math.max(
					0,
					q.options.reduce((sum, _, i) => sum + (mask & (1 << i) ? weights[i] : 0), 0)
				)
			);
			const footnote = scoreQuestion(q, { type: 'multiple-response', optionIds: ticked.map((o) => o.id) }).points;
			expect(moodle).toBeCloseTo(footnote, 5);
		}
	});
});
