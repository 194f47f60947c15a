import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../content/load';
import type { QuestionInput } from '../../content/schema';
import { normalise } from '../../content/text';
import { slugify } from '../ids';
import { formatReport } from '../report';
import { FIXTURES, fixture, randomTexts } from '../testing';
import { readableText } from '../text/escape';
import { decodeEntities } from '../text/entities';
import { CLOZE_PROMPT, importGift, PLACEHOLDER_EXPLANATION } from './import';

const one = (gift: string) => {
	const { questions, report } = importGift(gift);
	expect(questions).toHaveLength(1);
	return { q: questions[0] as QuestionInput & Record<string, unknown>, report };
};
const messages = (gift: string) => importGift(gift).report.map((e) => e.message);

describe('importGift: each GIFT type', () => {
	it.each<[string, string, Record<string, unknown>]>([
		[
			'multiple choice with one = answer',
			"Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
			{
				type: 'single-choice',
				prompt: "Who's buried in Grant's tomb?",
				options: [
					{ text: 'Grant', correct: false },
					{ text: 'Jefferson', correct: false },
					{ text: 'no one', correct: true }
				]
			}
		],
		[
			'multiple choice with weights and no =',
			"What two people are entombed in Grant's tomb? {~%-50%No one ~%50%Grant ~%50%Grant's wife ~%-50%Grant's father}",
			{
				type: 'multiple-response',
				options: [
					{ text: 'No one', correct: false },
					{ text: 'Grant', correct: true },
					{ text: "Grant's wife", correct: true },
					{ text: "Grant's father", correct: false }
				]
			}
		],
		['true', 'The sun rises in the east.{T}', { type: 'true-false', answer: true }],
		['false', "Grant is buried in Grant's tomb.{FALSE}", { type: 'true-false', answer: false }],
		[
			'short answer',
			"Who's buried in Grant's tomb?{=no one =nobody}",
			{ type: 'short-text', accepted: ['no one', 'nobody'] }
		],
		[
			'short answer with one answer and no =',
			'How do you write the word for the number 1? {One}',
			{ type: 'short-text', accepted: ['One'] }
		],
		[
			'matching with a distractor',
			'Match the countries. {=Canada -> Ottawa =Italy -> Rome = -> Berlin}',
			{
				type: 'matching',
				pairs: [
					{ left: 'Canada', right: 'Ottawa' },
					{ left: 'Italy', right: 'Rome' }
				],
				distractors: ['Berlin']
			}
		],
		['numeric', 'When was Ulysses S. Grant born?{#1822}', { type: 'numeric', answer: 1822, tolerance: 0 }],
		[
			'numeric with tolerance',
			'Pi to 3 places?{#3.1415:0.0005}',
			{ type: 'numeric', answer: 3.1415, tolerance: 0.0005 }
		],
		['numeric range', 'Pi to 3 places?{#3.141..3.142}', { type: 'numeric', answer: 3.1415, tolerance: 0.0005 }],
		['negative range', 'Minus pi?{#-3.142..-3.141}', { type: 'numeric', answer: -3.1415, tolerance: 0.0005 }],
		[
			'missing word with choices',
			"Grant is {~buried =entombed ~living} in Grant's tomb.",
			{
				type: 'cloze',
				prompt: CLOZE_PROMPT,
				text: "Grant is {{blank}} in Grant's tomb.",
				blanks: [{ id: 'blank', accepted: ['entombed'], choices: ['buried', 'entombed', 'living'] }]
			}
		],
		[
			'missing word typed',
			'Two plus two equals {=four =4}.',
			{ type: 'cloze', text: 'Two plus two equals {{blank}}.', blanks: [{ id: 'blank', accepted: ['four', '4'] }] }
		],
		[
			'missing word that opens the sentence',
			'{ =Asia } is the largest continent in the world.',
			{ type: 'cloze', text: '{{blank}} is the largest continent in the world.' }
		]
	])('%s', (_, gift, expected) => {
		const { q } = one(gift);
		expect(q).toMatchObject(expected);
		expect(q).toMatchObject({ difficulty: 2, uncited: true, explanation: PLACEHOLDER_EXPLANATION });
	});

	it('reads {TRUE#a#b} as Moodle does: a for a wrong answer (false), b for a right one (true)', () => {
		expect(one("Grant is buried in Grant's tomb.{TRUE#shown for false#shown for true}").q.feedback).toEqual({
			true: 'shown for true',
			false: 'shown for false'
		});
		expect(one("Grant is buried in Grant's tomb.{FALSE#shown for true#shown for false}").q.feedback).toEqual({
			true: 'shown for true',
			false: 'shown for false'
		});
		expect(one("Grant is buried in Grant's tomb.{TRUE#only for false}").q.feedback).toEqual({
			false: 'only for false'
		});
		expect(one("Grant is buried in Grant's tomb.{TRUE# #only for true}").q.feedback).toEqual({ true: 'only for true' });
	});

	it('keeps per-answer feedback and takes the general feedback as the explanation', () => {
		const { q, report } = one(
			"Who's buried in Grant's tomb?{\n~Grant#He is, with his wife.\n=no one#Right: they are entombed.\n####Entombed is not buried.}"
		);
		expect(q.options).toEqual([
			{ text: 'Grant', correct: false, feedback: 'He is, with his wife.' },
			{ text: 'no one', correct: true, feedback: 'Right: they are entombed.' }
		]);
		expect(q.explanation).toBe('Entombed is not buried.');
		expect(report).toEqual([]);
	});

	it('turns numeric 0% answers with feedback into wrong answers, and the first 100% answer into the key', () => {
		const { q, report } = one(
			'How many GRASP principles?{#\n=%0%5:0#Only the first five.\n=%100%9:0#Nine.\n=%0%23:0#Those are GoF patterns.\n=%50%8:1\n}'
		);
		expect(q).toMatchObject({
			type: 'numeric',
			answer: 9,
			tolerance: 0,
			wrongAnswers: [
				{ value: 5, feedback: 'Only the first five.' },
				{ value: 23, feedback: 'Those are GoF patterns.' }
			]
		});
		expect(report.map((e) => [e.level, e.message])).toEqual([
			['info', 'feedback on the right answer is not carried: "Nine."'],
			['warning', '8:1 earns 50% in Moodle; Footnote has no partial credit: left out'],
			['warning', 'no general feedback (####): the explanation is a placeholder to replace']
		]);
	});

	it('keeps short-answer 0% answers with feedback as wrong answers', () => {
		const { q } = one('Which is the best animal?{=Frog =%0%Cat#What is it with cats? =%0%*#Completely wrong}');
		expect(q).toMatchObject({
			type: 'short-text',
			accepted: ['Frog'],
			wrongAnswers: [{ text: 'Cat', feedback: 'What is it with cats?' }]
		});
	});

	it('makes a missing-word question a single choice when its choices carry their own feedback', () => {
		const { q } = one(
			"::Grant's Tomb::Grant is {\n~buried#No one is.\n=entombed#Right!\n~living#We hope not!\n} in Grant's tomb."
		);
		expect(q).toMatchObject({
			id: 'grants-tomb',
			type: 'single-choice',
			prompt: "Grant is \\_\\_\\_\\_\\_ in Grant's tomb."
		});
	});

	it('says so when the blank of a missing-word question is lost inside an HTML comment', () => {
		const { q, report } = one('[html]Grant is <!-- {=entombed ~buried} --> there.');
		expect(q).toMatchObject({ type: 'single-choice', prompt: 'Grant is there.' });
		expect(report.map((e) => e.message)).toContain(
			'the blank of this missing-word question was inside HTML that is not carried: imported without it'
		);
	});

	it('gives a missing-word blank the feedback its wrong choices share, and the catch-all feedback of a typed blank', () => {
		expect(one('Grant is {~buried#Not there. =entombed ~living#Not there.} in the tomb.').q.blanks).toEqual([
			{ id: 'blank', accepted: ['entombed'], choices: ['buried', 'entombed', 'living'], feedback: 'Not there.' }
		]);
		expect(one('Two plus two is {=four =%0%*#Count again.}.').q.blanks).toEqual([
			{ id: 'blank', accepted: ['four'], feedback: 'Count again.' }
		]);
	});
});

describe('importGift: text', () => {
	it('reads every escape', () => {
		const { q } = one(
			'Which is not a control character\\: \\~ \\= \\# \\{ \\} or \\\\?{\n=\\\\#Right\\: it escapes.\\nSee the docs.\n~\\~\n~\\=\n~\\#\n~\\{\n~\\}}'
		);
		expect(q.prompt).toBe('Which is not a control character: ~ = # { } or \\\\?');
		expect((q.options as { text: string }[]).map((o) => readableText(o.text))).toEqual(['\\', '~', '=', '#', '{', '}']);
		expect((q.options as { feedback?: string }[])[0].feedback).toBe('Right: it escapes.\nSee the docs.');
	});

	it.each([
		[
			'[html]<p>Is <b>this</b> <a href="https://moodle.org">bold</a>?</p>{T}',
			'Is **this** [bold](https://moodle.org)?'
		],
		['[moodle]Two\nlines with <i>HTML</i>{T}', 'Two\nlines with *HTML*'],
		['[plain]Shown as <b>typed</b> with 2*3{T}', 'Shown as <b>typed</b> with 2\\*3'],
		["[markdown]Who's in **Grant's tomb**?\nSoft wrap.{T}", "Who's in **Grant's tomb**? Soft wrap."],
		['[unknown]Not a format{T}', '\\[unknown\\]Not a format']
	])('reads %j as %j', (gift, prompt) => {
		expect(one(gift).q.prompt).toBe(prompt);
	});

	it("lets an answer name its own format, and the general feedback inherit the question's", () => {
		const { q } = one('[html]<p>Pick</p>{=[plain]<b>x</b>#[html]<i>yes</i> ~<b>y</b>####<p>Because.</p>}');
		expect(q.options).toEqual([
			{ text: '<b>x</b>', correct: true, feedback: '*yes*' },
			{ text: '**y**', correct: false }
		]);
		expect(q.explanation).toBe('Because.');
	});

	it('reports what HTML it could not carry, with the line', () => {
		const { report } = importGift(
			'\n\n[html]<p>See <img src="map.png" alt="map"> <a href="ftp://x">here</a></p>{T####ok}'
		);
		expect(formatReport(report)).toMatchInlineSnapshot(`
			"line 3  see-map-here  warning: prompt: image "map.png" not imported (its alt text "map" is kept)
			line 3  see-map-here  warning: prompt: link to "ftp://x" dropped (links go to http(s), mailto or this site); its text is kept"
		`);
	});
});

describe('importGift: ids, tags and categories', () => {
	it('makes ids from [id:…], else the title, else the first words, never twice, never a reserved one', () => {
		const { questions } = importGift(
			[
				'// [id:Q-7]\n::Title::Q{T}',
				'::Kanji Origins::Where from?{=China}',
				'::Kanji Origins::Where from, again?{=China}',
				"Who's buried in Grant's tomb, really?{T}",
				'::Taken::Q{T}'
			].join('\n\n'),
			{ reservedIds: ['taken'] }
		);
		expect(questions.map((q) => q.id)).toEqual([
			'q-7',
			'kanji-origins',
			'kanji-origins-2',
			'whos-buried-in-grants-tomb-really',
			'taken-2'
		]);
	});

	it('takes tags from [tag:…] comments and the last part of $CATEGORY', () => {
		const { questions } = importGift(
			'$CATEGORY: $course$/top/Default for Unit 1: Topic\n\n// [tag:Fred] [tag:barney-wilma]\nQ?{T}\n\nR?{F}'
		);
		expect(questions.map((q) => q.tags)).toEqual([
			['fred', 'barney-wilma', 'default-for-unit-1-topic'],
			['default-for-unit-1-topic']
		]);
	});

	it('reads a question that follows $CATEGORY without a blank line, and says Moodle would not', () => {
		const { questions, report } = importGift('$CATEGORY: tops\nQ?{T####why}');
		expect(questions).toHaveLength(1);
		expect(report).toEqual([
			{
				level: 'warning',
				line: 2,
				message:
					'question text follows $CATEGORY without a blank line: Moodle would take it all as the category name; read here as a question'
			}
		]);
	});

	it('turns Source lines at the end of the general feedback into citations', () => {
		const { q } = one(
			'Russia delisted the Taliban.{T####The court ruled.\\n\\nSource\\: [supreme-court-ruling] "ruled to remove the Taliban"}'
		);
		expect(q).toMatchObject({
			explanation: 'The court ruled.',
			sources: [{ passage: 'supreme-court-ruling', quote: 'ruled to remove the Taliban' }]
		});
		expect(q.uncited).toBeUndefined();
	});
});

describe('importGift: what cannot be imported is reported, and the rest is kept', () => {
	it('lists each refusal with its line', () => {
		const gift = [
			'Write a short biography of Dag Hammarskjöld. {}',
			'::Description Title::You can use your pencil and paper.',
			'Unclosed {=answer',
			'Only one choice?{~one}',
			'Match this. {=a -> b =c}',
			'How many? {#many}',
			'No full credit {=%50%half}',
			'::Good::Still imported?{T####Yes.}'
		].join('\n\n');
		const { questions, report } = importGift(gift);
		expect(questions.map((q) => q.id)).toEqual(['good']);
		expect(formatReport(report, 'bad.gift')).toMatchInlineSnapshot(`
			"bad.gift:1  -  an essay question (empty answers {}) is not supported: not imported
			bad.gift:3  -  a description (text without answers) is not a question: not imported
			bad.gift:5  -  warning: has a "{" without its "}" or the reverse: not imported (write a literal brace as \\{ or \\})
			bad.gift:7  only-one-choice  warning: a multiple-choice question needs at least 2 answers: not imported
			bad.gift:9  match-this  warning: matching answer "c" has no "->": not imported
			bad.gift:11  how-many  warning: "many" is not a number (write 1822, 1822:2 or 1820..1824): not imported
			bad.gift:13  no-full-credit  warning: no answer gives full credit (100%): not imported"
		`);
	});

	it('reports the Moodle weights that Footnote scores differently', () => {
		expect(messages('Which? {~%50%a ~%50%b ~c}####Why.')).toContain(
			"Moodle's weights (50%, 50%, 0%) differ from Footnote's scoring: right picks minus wrong picks over the 2 right answers (50% each way)"
		);
		expect(messages('Which? {~%50%a ~%50%b ~%-50%c####Why.}')).toEqual([]);
		expect(messages('Which? {=a ~%50%b ~%-25%c####Why.}')).toEqual([
			'"b" earns 50% in Moodle; Footnote counts it wrong (one answer is right)',
			'"c" costs 25% in Moodle; Footnote takes nothing off a wrong choice'
		]);
	});

	it('never throws, and whatever it imports is a valid question, whatever the input', () => {
		const alphabet = [
			'{',
			'}',
			'~',
			'=',
			'#',
			':',
			'::',
			'\\',
			'%50%',
			'->',
			'..',
			'T',
			'x',
			' ',
			'\n',
			'\n\n',
			'[html]',
			'<b>',
			'1'
		];
		for (const text of randomTexts(alphabet, 3000, 3)) {
			const { questions } = importGift(text);
			for (const q of questions) expect(parseQuestion(q).findings).toEqual([]);
		}
	}, 30_000);
});

describe("importGift: Moodle's documentation examples", () => {
	const { questions, report } = importGift(fixture('moodle-examples.gift.txt'));

	it('imports every example that is a question', () => {
		expect(questions).toHaveLength(43);
		expect(report.filter((e) => e.message.includes('not imported'))).toEqual([]);
	});

	it('reads the special characters example', () => {
		const q = questions.find((x) => x.id === 'gift-control-characters') as QuestionInput & {
			options: { text: string }[];
		};
		expect(q.options.map((o) => readableText(o.text))).toEqual(['~', '=', '#', '{', '}', '\\']);
	});
});

// The gift-pegjs suite: its expected parses, with Moodle's reading where they differ (true/false
// feedback, see the fixtures' README).
type PegText = { format: string; text: string } | null;
interface PegChoice {
	isCorrect: boolean;
	weight: number | null;
	text: PegText | PegNumber;
	feedback: PegText;
}
type PegNumber =
	| { type: 'simple'; number: number }
	| { type: 'range'; number: number; range: number }
	| { type: 'high-low'; numberHigh: number; numberLow: number };
interface PegQuestion {
	type: string;
	title: string | null;
	stem?: PegText;
	globalFeedback?: PegText;
	isTrue?: boolean;
	trueFeedback?: PegText;
	falseFeedback?: PegText;
	choices?: PegChoice[] | PegNumber;
	matchPairs?: { subquestion: PegText; subanswer: string }[];
}

const words = (s: string) =>
	normalise(decodeEntities(s.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' '))).replace(/ /g, '');
const pegWords = (t: PegText | undefined) => words(t?.text ?? '');
const ourWords = (s: string | undefined) => words(readableText(s ?? ''));

function stemOf(q: QuestionInput): string {
	if (q.type !== 'cloze') return q.prompt;
	const sentence = q.text.replace(/\{\{[^}]*\}\}/g, ' ');
	return q.prompt === CLOZE_PROMPT ? sentence : `${q.prompt} ${sentence}`;
}

function expectNumber(q: QuestionInput, n: PegNumber) {
	const [answer, tolerance] =
		n.type === 'simple'
			? [n.number, 0]
			: n.type === 'range'
				? [n.number, n.range]
				: [(n.numberHigh + n.numberLow) / 2, (n.numberHigh - n.numberLow) / 2];
	expect(q).toMatchObject({ type: 'numeric' });
	if (q.type !== 'numeric') return;
	expect(q.answer).toBeCloseTo(answer, 9);
	expect(q.tolerance ?? 0).toBeCloseTo(tolerance, 9);
}

function compare(q: QuestionInput, p: PegQuestion) {
	if (p.title) expect(q.id).toMatch(new RegExp(`^${slugify(p.title)}(-\\d+)?$`));
	expect(ourWords(stemOf(q))).toBe(pegWords(p.stem));
	// A general feedback with no words (only an image) leaves the placeholder explanation.
	if (pegWords(p.globalFeedback)) expect(ourWords(q.explanation)).toBe(pegWords(p.globalFeedback));
	else expect(q.explanation).toBe(PLACEHOLDER_EXPLANATION);
	switch (p.type) {
		case 'TF': {
			expect(q).toMatchObject({ type: 'true-false', answer: p.isTrue });
			if (q.type !== 'true-false') return;
			const [forTrue, forFalse] = p.isTrue ? [p.falseFeedback, p.trueFeedback] : [p.trueFeedback, p.falseFeedback];
			expect(ourWords(q.feedback?.true)).toBe(pegWords(forTrue));
			expect(ourWords(q.feedback?.false)).toBe(pegWords(forFalse));
			return;
		}
		case 'MC': {
			const choices = p.choices as PegChoice[];
			const anyFull = choices.some((c) => c.isCorrect);
			const right = choices.map((c) => (anyFull ? c.isCorrect : (c.weight ?? 0) > 0));
			const texts = choices.map((c) => pegWords(c.text as PegText));
			if (q.type === 'cloze') {
				expect(q.blanks[0].choices?.map(ourWords)).toEqual(texts);
				expect(q.blanks[0].accepted.map(ourWords)).toEqual(texts.filter((_, i) => right[i]));
			} else if (q.type === 'single-choice' || q.type === 'multiple-response') {
				expect(q.options.map((o) => ourWords(o.text))).toEqual(texts);
				expect(q.options.map((o) => o.correct)).toEqual(right);
				expect(q.options.map((o) => ourWords(o.feedback))).toEqual(choices.map((c) => pegWords(c.feedback)));
			} else expect.fail(`a multiple-choice question imported as ${q.type}`);
			return;
		}
		case 'Short': {
			const accepted = (p.choices as PegChoice[])
				.filter((c) => c.isCorrect && (c.weight === null || c.weight === 100))
				.map((c) => pegWords(c.text as PegText));
			if (q.type === 'cloze') expect(q.blanks[0].accepted.map(ourWords)).toEqual(accepted);
			else if (q.type === 'short-text') expect(q.accepted.map(ourWords)).toEqual(accepted);
			else expect.fail(`a short-answer question imported as ${q.type}`);
			return;
		}
		case 'Numerical': {
			const choices = p.choices as PegChoice[] | PegNumber;
			if (!Array.isArray(choices)) return expectNumber(q, choices);
			const key = choices.find((c) => c.isCorrect && (c.weight === null || c.weight === 100));
			expectNumber(q, key?.text as PegNumber);
			return;
		}
		case 'Matching': {
			expect(q.type).toBe('matching');
			if (q.type !== 'matching') return;
			const pairs = p.matchPairs ?? [];
			const real = pairs.filter((x) => x.subquestion?.text);
			expect(q.pairs.map((x) => [ourWords(x.left), x.right])).toEqual(
				real.map((x) => [pegWords(x.subquestion), x.subanswer])
			);
			expect(q.distractors ?? []).toEqual(pairs.filter((x) => !x.subquestion?.text).map((x) => x.subanswer));
			return;
		}
		default:
			expect.fail(`unexpected type ${p.type}`);
	}
}

describe('importGift: the gift-pegjs suite', () => {
	const dir = resolve(FIXTURES, 'gift-pegjs');
	const names = readdirSync(dir)
		.filter((n) => n.endsWith('.gift'))
		.map((n) => n.slice(0, -5));

	it('has the whole suite to read', () => {
		expect(names.length).toBeGreaterThanOrEqual(50);
	});

	it.each(names)('%s imports as Moodle reads it', (name) => {
		const expected = JSON.parse(fixture(`gift-pegjs/${name}.json`)) as PegQuestion[];
		const { questions, report } = importGift(fixture(`gift-pegjs/${name}.gift`));
		const questionsExpected = expected.filter((p) => !['Category', 'Description', 'Essay'].includes(p.type));
		expect(questions).toHaveLength(questionsExpected.length);
		questionsExpected.forEach((p, i) => compare(questions[i], p));
		const unsupported = expected.filter((p) => p.type === 'Description' || p.type === 'Essay').length;
		expect(report.filter((e) => /essay question|description/.test(e.message))).toHaveLength(unsupported);
	});
});
