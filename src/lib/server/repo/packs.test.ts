import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkSetData } from '../../content/sets';
import type { Problem } from '../../content/problems';
import { clearTables, createTestUsers, testDatabases, type OpenTestDb } from '../db/test-databases';
import { assemblePack, createPack, deletePack, getPack, listPacks } from './packs';
import { createQuestion, getQuestion, listQuestionsByPack } from './questions';
import { createSet } from './sets';
import { article, packMeta, question, setBody } from './test-fixtures';
import type { User } from './users';

describe.each(testDatabases())('instructor packs on $name', (database) => {
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
	});

	async function pack(owner: User, id = 'court-ruling', title = 'The court ruling') {
		const r = await createPack(t.db, owner.id, { meta: { ...packMeta(id), title }, article });
		if (!r.ok) throw new Error(r.message);
		return r.value;
	}

	it('creates a pack from metadata and article text and gets it back', async () => {
		const now = () => new Date('2026-06-01T08:00:00.000Z');
		const r = await createPack(t.db, ada.id, { meta: packMeta(), article }, { now });
		expect(r).toEqual({
			ok: true,
			value: {
				id: 'court-ruling',
				ownerId: ada.id,
				title: 'The court ruling',
				language: 'en',
				createdAt: '2026-06-01T08:00:00.000Z',
				updatedAt: '2026-06-01T08:00:00.000Z',
				meta: packMeta(),
				article
			}
		});
		expect(await getPack(t.db, 'court-ruling')).toEqual(r.ok && r.value);
		expect(await getPack(t.db, 'missing')).toBeNull();
	});

	it('reports problems in the metadata and the article together', async () => {
		const meta = { ...packMeta(), language: 'English', topics: [] };
		const text = '<!-- #a -->\nFirst.\n\nA paragraph without a marker.\n';
		expect(await createPack(t.db, ada.id, { meta, article: text })).toMatchInlineSnapshot(`
			{
			  "issues": [
			    {
			      "message": "a language tag such as "en"",
			      "path": "meta.language",
			    },
			    {
			      "message": "declare at least one topic",
			      "path": "meta.topics",
			    },
			    {
			      "message": "line 4, column 1: paragraph has no id: put a line "<!-- #some-id -->" right above it ("A paragraph without a marker.…")",
			      "path": "article",
			    },
			  ],
			  "message": "the pack is not valid: meta.language: a language tag such as "en" (and 2 more)",
			  "ok": false,
			  "reason": "invalid",
			}
		`);
		expect(await createPack(t.db, ada.id, { meta: packMeta(), article: '' })).toMatchInlineSnapshot(`
			{
			  "issues": [
			    {
			      "message": "line 1, column 1: the article has no passages",
			      "path": "article",
			    },
			  ],
			  "message": "the pack is not valid: article: line 1, column 1: the article has no passages",
			  "ok": false,
			  "reason": "invalid",
			}
		`);
		expect(await createPack(t.db, ada.id, { meta: null, article: 42 })).toMatchObject({ ok: false, reason: 'invalid' });
	});

	it('refuses a pack id that is taken, here or by a pack of the questions folder', async () => {
		await pack(grace);
		expect(await createPack(t.db, ada.id, { meta: packMeta(), article })).toEqual({
			ok: false,
			reason: 'conflict',
			message: 'a pack with id "court-ruling" already exists; choose another id'
		});
		const reserved = await createPack(
			t.db,
			ada.id,
			{ meta: packMeta('russia-taliban-delisting'), article },
			{ reservedIds: ['russia-taliban-delisting'] }
		);
		expect(reserved).toMatchObject({ ok: false, reason: 'conflict' });
	});

	it('lists an owner’s packs by title, without their articles', async () => {
		await pack(ada, 'zebra', 'Zebras');
		await pack(ada, 'aardvark', 'Aardvarks');
		await pack(grace, 'grace-pack', 'Another');
		const listed = await listPacks(t.db, ada.id);
		expect(listed.map((p) => p.title)).toEqual(['Aardvarks', 'Zebras']);
		expect(listed[0]).not.toHaveProperty('article');
	});

	it('deletes the owner’s pack with the owner’s questions for it', async () => {
		await pack(ada);
		const q = await createQuestion(t.db, ada.id, { packId: 'court-ruling', body: question() });
		if (!q.ok) throw new Error(q.message);
		expect(await deletePack(t.db, ada.id, 'court-ruling')).toEqual({ ok: true, value: undefined });
		expect(await getPack(t.db, 'court-ruling')).toBeNull();
		expect(await getQuestion(t.db, q.value.id)).toBeNull();
	});

	it('refuses to delete another instructor’s pack, a pack sets are built on, or one that is gone', async () => {
		await pack(grace);
		expect(await deletePack(t.db, ada.id, 'court-ruling')).toEqual({
			ok: false,
			reason: 'forbidden',
			message: 'pack "court-ruling" belongs to another instructor'
		});
		for (const title of ['Quiz A', 'Quiz B', 'Quiz C', 'Quiz D'])
			await createSet(t.db, grace.id, setBody('court-ruling', title));
		expect(await deletePack(t.db, grace.id, 'court-ruling')).toEqual({
			ok: false,
			reason: 'conflict',
			message: 'sets are built on pack "court-ruling" ("Quiz A", "Quiz B", "Quiz C" and 1 more); delete them first'
		});
		expect(await getPack(t.db, 'court-ruling')).not.toBeNull();
		expect(await deletePack(t.db, ada.id, 'missing')).toMatchObject({ reason: 'not-found' });
	});

	it('assembles a stored pack and its questions into a pack that sets are checked against', async () => {
		const stored = await pack(ada);
		await createQuestion(t.db, ada.id, { packId: 'court-ruling', body: question() });
		const assembled = assemblePack(stored, await listQuestionsByPack(t.db, ada.id, 'court-ruling'));
		expect(assembled.passages.map((p) => p.id)).toEqual(['ruling', 'reaction']);
		expect(assembled.questions).toMatchObject([{ id: 'ruling-date', topic: 'timeline', version: expect.any(String) }]);
		const problems: Problem[] = [];
		const checked = checkSetData(null, setBody(), new Map([[assembled.id, assembled]]), problems);
		expect(problems).toEqual([]);
		expect(checked?.set.questions).toEqual(['ruling-date']);
	});
});
