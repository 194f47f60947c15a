import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { loadPackDir } from '../../content/disk';
import { parseQuestion } from '../../content/load';
import { normaliseQuestion } from '../../content/normalise';
import type { MultipleResponseQuestion, OrderingQuestion, Pack, Question } from '../../content/types';
import { scoreQuestion } from '../../quiz/scoring';
import { FIXTURES } from '../testing';
import { exportQti, MANIFEST, TEST_FILE } from './package';

const { pack } = loadPackDir('questions/russia-taliban-delisting');
const thePack = pack as Pack;

function question(raw: Record<string, unknown>): Question {
	const { question: parsed, findings } = parseQuestion({ difficulty: 2, explanation: 'Because.', ...raw });
	expect(findings).toEqual([]);
	return normaliseQuestion(parsed as NonNullable<typeof parsed>, 'timeline');
}

const cite = { sources: [{ passage: 'supreme-court-ruling', quote: 'ruled to remove the Taliban' }] };
const tricky = 'Is <b>this</b> & "that" ]]> *shown* as [typed](https://example.org/?a=1&b=2)?\nA second line.';

const ordering = (n: number, feedback = false) =>
	question({
		id: `order-${n}`,
		type: 'ordering',
		prompt: 'Put them in order.',
		items: Array.from({ length: n }, (_, i) => ({
			text: `step ${i + 1}`,
			...(feedback ? { feedback: `Step ${i + 1} is number ${i + 1}.` } : {})
		})),
		...cite
	});

const SYNTHETIC: Question[] = [
	question({
		id: '1-tricky',
		type: 'single-choice',
		prompt: tricky,
		options: [
			{ text: 'a & b', correct: true, feedback: 'Yes <indeed>.' },
			{ id: '9', text: 'c', correct: false }
		],
		explanation: tricky,
		derived: 'Read from the ruling.',
		...cite
	}),
	question({
		id: 'mr',
		type: 'multiple-response',
		prompt: 'Which?',
		options: [
			{ text: 'a', correct: true },
			{ text: 'b', correct: true, feedback: 'b.' },
			{ text: 'c', correct: true },
			{ text: 'd', correct: false }
		],
		...cite
	}),
	question({ id: 'tf', type: 'true-false', prompt: 'True?', answer: false, feedback: { true: 'No.' }, uncited: true }),
	ordering(3, true),
	ordering(4),
	ordering(6, true),
	question({
		id: 'cloze-mixed',
		type: 'cloze',
		prompt: 'Fill in.',
		text: 'The court ruled on *{{day}}*, under law {{law}}.',
		blanks: [
			{ id: 'day', accepted: ['April 17'], choices: ['April 17', 'April 23 & later'], feedback: 'Check.' },
			{ id: 'law', accepted: ['513-FZ', '513 FZ'] }
		],
		...cite
	}),
	question({
		id: 'numeric',
		type: 'numeric',
		prompt: 'How many?',
		answer: 22,
		tolerance: 0.5,
		unit: 'years',
		wrongAnswers: [{ value: 2003, feedback: 'The year.' }],
		...cite
	}),
	question({
		id: 'short',
		type: 'short-text',
		prompt: 'Which term?',
		accepted: ['implicit recognition', 'Implicit Recognition', 'tacit <recognition>'],
		wrongAnswers: [{ text: 'formal recognition', feedback: 'No.' }],
		...cite
	}),
	question({
		id: 'lost',
		type: 'true-false',
		prompt: 'Cites a passage that is not there.',
		answer: true,
		sources: [
			{ passage: 'no-such-passage', quote: 'words' },
			{ passage: 'supreme-court-ruling', quote: 'words that are not in it' }
		]
	})
];

const xsdRoot = join(FIXTURES, 'qti21/xsd');
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const schemas: XMLFileInfo[] = walk(xsdRoot)
	.filter((p) => p.endsWith('.xsd'))
	.map((p) => ({ fileName: relative(xsdRoot, p), contents: readFileSync(p, 'utf8') }));

/** Validates files against one schema of the fixtures, the others preloaded under their relative names. */
async function validate(files: Record<string, string>, schema: string) {
	const main = schemas.find((s) => s.fileName === schema) as XMLFileInfo;
	const result = await validateXML({
		xml: Object.entries(files).map(([fileName, contents]) => ({ fileName, contents })),
		schema: [main],
		preload: schemas.filter((s) => s !== main),
		maxMemoryPages: 4096
	});
	return result.errors.map((e) => e.rawMessage);
}

describe('exportQti', () => {
	const all = exportQti({
		id: 'whole-pack',
		title: 'The whole pack & more',
		questions: [...thePack.questions, ...SYNTHETIC],
		passages: thePack.passages
	});

	it('writes items, a test and a manifest that the official QTI 2.1 and IMS CP schemas accept', async () => {
		const { [MANIFEST]: manifest, ...qti } = all.files;
		expect(Object.keys(qti)).toHaveLength(thePack.questions.length + SYNTHETIC.length + 1);
		expect(await validate(qti, 'qtiv2p1/imsqti_v2p1.xsd')).toEqual([]);
		expect(await validate({ [MANIFEST]: manifest }, 'imscp_v1p1.xsd')).toEqual([]);
	}, 120_000);

	it('zips exactly those files, the same bytes every time', () => {
		const unzipped = unzipSync(all.zip);
		expect(Object.fromEntries(Object.entries(unzipped).map(([k, v]) => [k, strFromU8(v)]))).toEqual(all.files);
		const again = exportQti({
			id: 'whole-pack',
			title: 'The whole pack & more',
			questions: [...thePack.questions, ...SYNTHETIC],
			passages: thePack.passages
		});
		expect(Buffer.compare(again.zip, all.zip)).toBe(0);
	}, 60_000);

	it('lists every item in the manifest and the test', () => {
		const items = Object.keys(all.files).filter((f) => f.startsWith('items/'));
		for (const href of items) {
			expect(all.files[MANIFEST]).toContain(`href="${href}"`);
			expect(all.files[TEST_FILE]).toContain(`href="${href}"`);
		}
		expect(all.files['items/1-tricky.xml']).toContain('identifier="item-1-tricky"');
	});

	it('carries the cited passage in the item, the quoted words marked', () => {
		const xml = all.files['items/1-tricky.xml'];
		expect(xml).toContain(
			'<blockquote class="footnote-passage"><p>In a historic shift reflecting a bold recalibration of Russia’s stance on Afghanistan, the Supreme Court of Russia, on April 17, <span class="footnote-quote"><em>ruled to remove the Taliban</em></span> from its list'
		);
	});

	it('escapes all text, and keeps only the markup the subset has', () => {
		const xml = all.files['items/1-tricky.xml'];
		expect(xml).toContain(
			'<prompt>Is &lt;b&gt;this&lt;/b&gt; &amp; "that" ]]&gt; <em>shown</em> as <a href="https://example.org/?a=1&amp;b=2">typed</a>?<br/>A second line.</prompt>'
		);
		expect(xml).toContain('<p class="footnote-derived">Read from the ruling.</p>');
		expect(xml).toContain(
			'<p class="footnote-source">Source (supreme-court-ruling): “ruled to remove the Taliban”</p>'
		);
	});

	it('reports what QTI cannot carry and what the items lack', () => {
		const lines = all.report
			.filter((e) => ['tf', 'lost', 'order-6', 'numeric', 'short'].includes(e.questionId ?? '') || !e.questionId)
			.map((e) => `${e.questionId ?? '-'} ${e.level}: ${e.message}`);
		expect(lines).toMatchInlineSnapshot(`
			[
			  "tf info: has no citation yet, so its item carries no passage",
			  "order-6 warning: with 6 items, partial credit (the longest run in the right order) is not written out: the QTI item scores all or nothing",
			  "order-6 warning: the feedback of items placed out of order is not carried to QTI for more than 5 items",
			  "numeric info: QTI reads the answer as a number in digits: number words ("six") and thousands separators ("1,500"), which Footnote accepts, are not",
			  "short info: QTI compares typed answers ignoring case only; Footnote also ignores accents, punctuation and spacing, and reads numbers written in words",
			  "lost warning: cites passage "no-such-passage", which is not among the passages given: its item shows no passage for it",
			  "lost warning: the quote is not in passage "supreme-court-ruling": the passage is shown without the quote marked",
			  "- info: topic, difficulty and tags are not carried to QTI items",
			]
		`);
	});
});

describe('exportQti scoring', () => {
	const itemOf = (q: Question) =>
		exportQti({ id: 's', title: 's', questions: [q], passages: thePack.passages }).files[`items/${q.id}.xml`];

	it('maps multiple-response picks so that QTI scores every selection as Footnote does', () => {
		const q = SYNTHETIC[1] as MultipleResponseQuestion;
		const xml = itemOf(q);
		const mapped = new Map(
			[...xml.matchAll(/<mapEntry mapKey="c_([^"]+)" mappedValue="([^"]+)"\/>/g)].map((m) => [m[1], Number(m[2])])
		);
		expect(xml).toContain('<mapping lowerBound="0" upperBound="1" defaultValue="0">');
		for (let mask = 1; mask < 1 << q.options.length; mask++) {
			const ticked = q.options.filter((_, i) => mask & (1 << i));
			const qti = Math.min(
				1,
				Math.max(
					0,
					ticked.reduce((sum, o) => sum + (mapped.get(o.id) ?? 0), 0)
				)
			);
			const footnote = scoreQuestion(q, { type: 'multiple-response', optionIds: ticked.map((o) => o.id) }).points;
			expect(qti).toBeCloseTo(footnote, 6);
		}
	});

	it.each([3, 4, 5])('scores each order of %i items as Footnote does, and shows the same feedback', (n) => {
		const q = ordering(n, true) as OrderingQuestion;
		const xml = itemOf(q);
		const id = (item: { id: string }) => `i_${item.id}`;
		const orderOf = (block: string) =>
			[...block.matchAll(/<ordered>(.*?)<\/ordered>/g)].map((m) =>
				[...m[1].matchAll(/>(i_[^<]+)</g)].map((x) => x[1]).join(' ')
			);
		const scores = new Map<string, number>();
		const shown = new Map<string, string[]>();
		for (const m of xml.matchAll(/<responseElseIf>(.*?)<\/responseElseIf>/g)) {
			const score = Number(/identifier="SCORE"><baseValue baseType="float">([^<]+)</.exec(m[1])?.[1] ?? 0);
			const feedback = [...m[1].matchAll(/>f_(i_[^<]+)</g)].map((x) => x[1]);
			for (const order of orderOf(m[1])) {
				expect(scores.has(order)).toBe(false);
				scores.set(order, score);
				shown.set(order, feedback);
			}
		}
		const permute = (items: typeof q.items): (typeof q.items)[] =>
			items.length <= 1
				? [items]
				: items.flatMap((x, i) => permute([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
		for (const order of permute(q.items)) {
			const key = order.map(id).join(' ');
			const footnote = scoreQuestion(q, { type: 'ordering', itemIds: order.map((i) => i.id) });
			const qti = key === q.items.map(id).join(' ') ? 1 : (scores.get(key) ?? 0);
			expect(qti).toBeCloseTo(footnote.points, 6);
			const expectedFeedback = q.items.filter((item) => footnote.feedback.includes(item.feedback ?? '')).map(id);
			expect([...(shown.get(key) ?? [])].sort()).toEqual(expectedFeedback.sort());
		}
	});

	it('gives each pair of a matching question 1/n, and each blank of a cloze 1/n', () => {
		const matching = thePack.questions.find((q) => q.type === 'matching' && q.pairs.length === 4) as Question;
		expect(itemOf(matching).match(/mappedValue="0.25"/g)).toHaveLength(4);
		expect(itemOf(SYNTHETIC[6])).toContain(
			'<sum><variable identifier="SCORE"/><baseValue baseType="float">0.5</baseValue></sum>'
		);
	});

	it('accepts a number within the tolerance, and any accepted text without regard to case', () => {
		expect(itemOf(SYNTHETIC[7])).toContain(
			'<equal toleranceMode="absolute" tolerance="0.5"><variable identifier="RESPONSE"/><baseValue baseType="float">22</baseValue></equal>'
		);
		const short = itemOf(SYNTHETIC[8]);
		expect(short.match(/<mapEntry [^>]*caseSensitive="false"\/>/g)).toEqual([
			'<mapEntry mapKey="implicit recognition" mappedValue="1" caseSensitive="false"/>',
			'<mapEntry mapKey="tacit &lt;recognition&gt;" mappedValue="1" caseSensitive="false"/>'
		]);
	});
});
