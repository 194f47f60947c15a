import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseQuestion } from '../content/load';
import { normaliseQuestion } from '../content/normalise';
import { exportGift, importGift, MANIFEST } from '../formats';
import { fixture } from '../formats/testing';
import { createPack, getSet, listQuestionsByPack, type User } from '$lib/server';
import { clearTables, createTestUsers, testDatabases, type OpenTestDb } from '$lib/server/db/test-databases';
import { article, packMeta } from '$lib/server/repo/test-fixtures';
import {
	citeLink,
	exportSet,
	MAX_IMPORT_BYTES,
	planImport,
	readSource,
	saveImport,
	type ImportPlan,
	type ImportRequest
} from './interchange';
import { packForOwner } from './server/library.server';
import { createCheckedSet } from './server/sets.server';
import { testPack, testSet } from './testing';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readSource', () => {
	it.each([
		['pasted text', { name: null, text: 'Q? {T}' }, { ok: true, name: null, text: 'Q? {T}' }],
		[
			'a UTF-8 file, its BOM dropped',
			{ name: 'a.txt', bytes: bytes('\uFEFFQué? {T}') },
			{ ok: true, text: 'Qué? {T}' }
		],
		[
			'nothing at all',
			{ name: null, text: '  \n' },
			{ ok: false, message: 'choose a GIFT or Aiken file to upload, or paste its text' }
		],
		['an empty file', { name: 'a.txt', bytes: new Uint8Array() }, { ok: false, message: 'the file a.txt is empty' }],
		[
			'a file with binary data',
			{ name: 'quiz.docx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) },
			{
				ok: false,
				message:
					'the file quiz.docx is not a text file (it holds binary data, as a Word document or a PDF does): save the questions as plain text (.txt, UTF-8) and upload that'
			}
		],
		[
			'a file in another encoding',
			{ name: 'latin1.txt', bytes: new Uint8Array([0x51, 0x75, 0xe9, 0x3f]) },
			{
				ok: false,
				message:
					'the file latin1.txt is not a text file in UTF-8: save the questions as plain text (.txt, UTF-8) and upload that'
			}
		],
		[
			'a file over 2 MB',
			{ name: 'big.txt', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41) },
			{
				ok: false,
				message: 'the file big.txt is 2.0 MB; a file to import may be at most 2 MB: split it into smaller files'
			}
		],
		[
			'pasted text over 2 MB',
			{ name: null, text: 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1) },
			{ ok: false, message: 'the pasted text is 2.0 MB; at most 2 MB can be imported at once' }
		]
	] as const)('reads %s', (_, source, want) => {
		expect(readSource(source)).toMatchObject(want);
	});
});

const request = (text: string, over: Partial<ImportRequest> = {}): ImportRequest => ({
	text,
	name: 'week-3.gift.txt',
	format: 'auto',
	pack: testPack(),
	...over
});

const planned = (text: string, over: Partial<ImportRequest> = {}): ImportPlan => {
	const r = planImport(request(text, over));
	if (!r.ok) throw new Error(r.message);
	return r.plan;
};

const GIFT = [
	'::Court::The court ruled in April 2025. {T}',
	'',
	'::Essay::Write about the ruling. {}',
	'',
	'A description with no answers.',
	'',
	'::Ruling date::When did the court rule? {=17 April 2025 ~23 April 2025}',
	'',
	'::Twice::Pick one. {=yes ~Yes ~no}',
	''
].join('\n');

describe('planImport', () => {
	it('makes a set of the questions it can save, uncited, with ids clear of the pack’s, and reports the rest by line', () => {
		const plan = planned(GIFT);
		expect(plan).toMatchObject({ format: 'gift', detected: true, packId: 'court' });
		expect(plan.set).toEqual({
			id: 'week-3',
			title: 'Imported from week-3.gift.txt',
			pack: 'court',
			questions: ['court', 'ruling-date-2']
		});
		expect(plan.questions.map((q) => [q.id, q.type, q.uncited])).toEqual([
			['court', 'true-false', true],
			['ruling-date-2', 'single-choice', true]
		]);
		expect(plan.report.filter((e) => !e.message.startsWith('no general feedback'))).toMatchInlineSnapshot(`
			[
			  {
			    "level": "info",
			    "line": 3,
			    "message": "an essay question (empty answers {}) is not supported: not imported",
			  },
			  {
			    "level": "info",
			    "line": 5,
			    "message": "a description (text without answers) is not a question: not imported",
			  },
			  {
			    "level": "warning",
			    "line": 9,
			    "message": "not saved: options[1].text: option "Yes" appears twice",
			    "questionId": "twice",
			  },
			  {
			    "level": "info",
			    "message": "2 of 2 questions have no citations yet: cite each from the set's page",
			  },
			]
		`);
	});

	it('gives the entries it adds the line where their question starts, across categories and skipped blocks', () => {
		const text = [
			'$CATEGORY: $course$/top/Week 1',
			'',
			'::Essay::Discuss. {}',
			'',
			'::Twice::Pick one. {=yes ~Yes ~no####Feedback, so the reader reports nothing here.}',
			''
		].join('\n');
		expect(planned(`${text}\n::Fine::True? {T}`).report).toContainEqual({
			questionId: 'twice',
			line: 5,
			level: 'warning',
			message: 'not saved: options[1].text: option "Yes" appears twice'
		});
	});

	it('imports the Moodle GIFT examples, each entry about a question with its line', () => {
		const plan = planned(fixture('moodle-examples.gift.txt'), { name: 'moodle-examples.gift.txt' });
		expect(plan.questions).toHaveLength(42);
		expect(plan.report.filter((e) => e.questionId && !e.line)).toEqual([]);
		expect(plan.report).toContainEqual(
			expect.objectContaining({ questionId: 'gift-control-characters', line: 148, level: 'warning' })
		);
	});

	it('reads Aiken, detected or chosen', () => {
		const aiken = ['Which court ruled?', 'A) The Supreme Court', 'B) A city court', 'ANSWER: A', ''].join('\n');
		for (const format of ['auto', 'aiken'] as const) {
			const plan = planned(aiken, { format, name: 'quiz.txt' });
			expect(plan.format).toBe('aiken');
			expect(plan.detected).toBe(format === 'auto');
			expect(plan.set.id).toBe('quiz');
			expect(plan.questions).toMatchObject([{ type: 'single-choice', uncited: true }]);
		}
		expect(planned(aiken, { name: null }).set).toMatchObject({ id: 'pasted-text', title: 'Imported from pasted text' });
	});

	it.each([
		[
			'text in neither format',
			'Just some notes.\nNothing to answer.',
			'auto',
			'the file notes.txt is neither GIFT (questions with answers in {…}) nor Aiken (options "A)" and an "ANSWER:" line); choose the format if you know it'
		],
		[
			'a GIFT file of essays and descriptions',
			'::E::Discuss. {}\n\nJust a description.',
			'auto',
			'no question could be imported from the file notes.txt (GIFT)'
		],
		['GIFT read as Aiken', GIFT, 'aiken', 'no question could be imported from the file notes.txt (Aiken)'],
		[
			'a file whose only question the validator refuses',
			'::Twice::Pick one. {=yes ~Yes}',
			'auto',
			'none of the 1 question read from the file notes.txt (GIFT) could be saved'
		]
	] as const)('refuses %s as a whole, with its report', (_, text, format, message) => {
		const r = planImport(request(text, { format, name: 'notes.txt' }));
		expect(r).toMatchObject({ ok: false, message });
		if (!r.ok && r.format === 'gift') expect(r.report.length).toBeGreaterThan(0);
	});

	it('keeps citations that are words of the article, and keeps a question whose citations are not, uncited', () => {
		const pack = testPack();
		const gift = exportGift(pack.questions.filter((q) => q.id === 'first-reason')).text;
		const here = planned(gift.replace('first-reason', 'first-reason-again'));
		expect(here.questions).toMatchObject([{ sources: [{ passage: 'security', quote: 'Security came first' }] }]);
		expect(here.questions[0].uncited).toBeUndefined();

		const elsewhere = planned(gift, { pack: { ...pack, passages: pack.passages.filter((p) => p.id !== 'security') } });
		expect(elsewhere.questions).toMatchObject([{ id: 'first-reason-2', uncited: true }]);
		expect(elsewhere.questions[0].sources).toBeUndefined();
		expect(elsewhere.report).toContainEqual({
			questionId: 'first-reason-2',
			line: 3,
			level: 'warning',
			message:
				'its citations do not check against this article: kept without them, to be cited again (sources[0].passage: unknown passage "security")'
		});
	});

	it('drops a topic the pack does not have, saying so', () => {
		const plan = planned('// footnote: {"topic":"elsewhere"}\n::T::True? {T}');
		expect(plan.questions[0].topic).toBeUndefined();
		expect(plan.report).toContainEqual({
			questionId: 't',
			line: 2,
			level: 'warning',
			message: 'topic "elsewhere" is not one of this article\'s topics: the article\'s first topic is used'
		});
	});
});

describe('exportSet', () => {
	const pack = testPack();
	const set = testSet({ questions: ['ruling-date', 'first-reason'] });

	it('writes the set’s questions as GIFT that reads back to the same questions', () => {
		const file = exportSet(set, pack, 'gift');
		expect(file).toMatchObject({ fileName: 'week-1.gift.txt', contentType: 'text/plain; charset=utf-8', questions: 2 });
		const back = importGift(file.body as string).questions.map((raw) => {
			const { question } = parseQuestion(raw);
			return normaliseQuestion(question!, 'timeline');
		});
		expect(back).toEqual(pack.questions.filter((q) => set.questions.includes(q.id)));
	});

	it('writes a QTI 2.1 package with its manifest, and reports what QTI cannot carry', () => {
		const file = exportSet(set, pack, 'qti');
		expect(file).toMatchObject({ fileName: 'week-1.qti21.zip', contentType: 'application/zip', questions: 2 });
		const files = unzipSync(file.body as Uint8Array);
		expect(Object.keys(files)).toContain(MANIFEST);
		expect(strFromU8(files[MANIFEST])).toContain('imscp');
		expect(file.report.map((e) => e.message)).toContain('topic, difficulty and tags are not carried to QTI items');
	});
});

describe.each(testDatabases())('saving an import on $name', (database) => {
	let t: OpenTestDb;
	let ada: User;
	let grace: User;
	beforeAll(async () => {
		t = await database.open();
	});
	afterAll(() => t.close());
	beforeEach(async () => {
		await clearTables(t.db);
		[ada, grace] = await createTestUsers(t.db, 'ada', 'grace');
		const pack = await createPack(t.db, ada.id, { meta: packMeta('court'), article });
		if (!pack.ok) throw new Error(pack.message);
	});

	const planFor = async (text: string) => {
		const owned = await packForOwner(t.db, ada.id, 'court');
		if (!owned.ok) throw new Error(owned.message);
		return planned(text, { pack: owned.value.pack });
	};

	it('stores the questions as the owner’s, in the new set, and a second import of the file takes new ids', async () => {
		const saved = await saveImport(t.db, ada.id, await planFor(GIFT));
		if (!saved.ok) throw new Error(saved.message);
		const set = await getSet(t.db, saved.value.set.id);
		expect(set?.body).toMatchObject({ title: 'Imported from week-3.gift.txt', questions: ['court', 'ruling-date'] });
		const mine = await listQuestionsByPack(t.db, ada.id, 'court');
		expect(mine.map((q) => [q.body.id, q.setId, q.body.uncited])).toEqual([
			['court', saved.value.set.id, true],
			['ruling-date', saved.value.set.id, true]
		]);

		const again = await saveImport(t.db, ada.id, await planFor(GIFT));
		if (!again.ok) throw new Error(again.message);
		expect(again.value.set.body.questions).toEqual(['court-2', 'ruling-date-2']);
	});

	it('leaves nothing behind when one question cannot be stored', async () => {
		const plan = await planFor(GIFT);
		// Saved meanwhile, from another tab: the import's id is taken by the time it is stored.
		await saveImport(t.db, ada.id, await planFor('::Ruling date::When? {=April ~May}'));
		const before = await listQuestionsByPack(t.db, ada.id, 'court');
		const r = await saveImport(t.db, ada.id, plan);
		expect(r).toMatchObject({
			ok: false,
			reason: 'conflict',
			message: 'you already have a question "ruling-date" in pack "court"; give this one another id'
		});
		expect(await listQuestionsByPack(t.db, ada.id, 'court')).toEqual(before);
	});

	it('refuses to import into another instructor’s pack', async () => {
		const r = await saveImport(t.db, grace.id, await planFor(GIFT));
		expect(r).toMatchObject({ ok: false, reason: 'forbidden' });
		expect(await listQuestionsByPack(t.db, grace.id, 'court')).toEqual([]);
	});

	it('links an imported question to its edit in the authoring page, for its owner only', async () => {
		const saved = await saveImport(t.db, ada.id, await planFor(GIFT));
		if (!saved.ok) throw new Error(saved.message);
		const setId = saved.value.set.id;
		const row = saved.value.questions.find((q) => q.body.id === 'court')!;
		expect(await citeLink(t.db, ada.id, setId, 'court')).toEqual({
			ok: true,
			value: `/packs/court/author?edit=${row.id}&set=${setId}#editor`
		});
		expect(await citeLink(t.db, grace.id, setId, 'court')).toMatchObject({ ok: false, reason: 'forbidden' });
		expect(await citeLink(t.db, ada.id, 'no-such-set', 'court')).toMatchObject({ ok: false, reason: 'not-found' });

		const inline = await createCheckedSet(t.db, ada.id, {
			id: 'inline',
			title: 'Inline',
			pack: 'court',
			newQuestions: [{ ...saved.value.questions[0].body, id: 'carried' }]
		});
		if (!inline.ok) throw new Error(inline.message);
		expect(await citeLink(t.db, ada.id, inline.value.id, 'carried')).toEqual({
			ok: false,
			reason: 'not-found',
			message:
				'question "carried" is not one of your questions on "court": a question inside an uploaded set file is cited in the file'
		});
	});
});
