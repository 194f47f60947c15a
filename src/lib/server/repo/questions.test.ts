import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, createTestUsers, testDatabases, type OpenTestDb } from '../db/test-databases';
import { createPack } from './packs';
import {
	createQuestion,
	deleteQuestion,
	getQuestion,
	listQuestionsByPack,
	listQuestionsBySet,
	updateQuestion
} from './questions';
import { createSet, type StoredSet } from './sets';
import { article, packMeta, question, setBody } from './test-fixtures';
import type { User } from './users';

const PACK = 'russia-taliban-delisting';

describe.each(testDatabases())('authored questions on $name', (database) => {
	let t: OpenTestDb;
	let ada: User;
	let grace: User;
	let adasSet: StoredSet;
	beforeAll(async () => {
		t = await database.open();
	});
	afterAll(() => t.close());
	beforeEach(async () => {
		await clearTables(t.db);
		[ada, grace] = await createTestUsers(t.db, 'ada', 'grace');
		const s = await createSet(t.db, ada.id, setBody(PACK));
		if (!s.ok) throw new Error(s.message);
		adasSet = s.value;
	});

	async function write(owner: User, input: { packId?: string; setId?: string | null; body?: unknown } = {}) {
		const r = await createQuestion(t.db, owner.id, { packId: PACK, body: question(), ...input });
		if (!r.ok) throw new Error(r.message);
		return r.value;
	}

	it('stores a question as validated, with defaults filled in', async () => {
		const now = () => new Date('2026-05-01T12:00:00.000Z');
		const r = await createQuestion(t.db, ada.id, { packId: PACK, setId: adasSet.id, body: question() }, { now });
		expect(r).toEqual({
			ok: true,
			value: {
				id: expect.any(String),
				ownerId: ada.id,
				packId: PACK,
				setId: adasSet.id,
				body: { ...question(), tags: [] },
				createdAt: '2026-05-01T12:00:00.000Z',
				updatedAt: '2026-05-01T12:00:00.000Z'
			}
		});
		expect(await getQuestion(t.db, r.ok ? r.value.id : '')).toEqual(r.ok && r.value);
	});

	it('reports what is wrong with a question, field by field', async () => {
		const body = { ...question(), difficulty: 5, answer: 'yes', colour: 'red' };
		expect(await createQuestion(t.db, ada.id, { packId: PACK, body })).toMatchInlineSnapshot(`
			{
			  "issues": [
			    {
			      "message": "difficulty is 1 (recall), 2 (understanding) or 3 (reasoning)",
			      "path": "difficulty",
			    },
			    {
			      "message": "expected true or false, got the text "yes"",
			      "path": "answer",
			    },
			    {
			      "message": "unknown field "colour"; allowed here: id, topic, difficulty, prompt, explanation, tags, sources, uncited, derived, type, answer, feedback",
			      "path": "colour",
			    },
			  ],
			  "message": "the question is not valid: difficulty: difficulty is 1 (recall), 2 (understanding) or 3 (reasoning) (and 2 more)",
			  "ok": false,
			  "reason": "invalid",
			}
		`);
		expect(await createQuestion(t.db, ada.id, { packId: 'Not A Slug', body: question() })).toMatchInlineSnapshot(`
			{
			  "issues": [
			    {
			      "message": "use lowercase letters, digits and hyphens (e.g. "crocus-attack")",
			      "path": "packId",
			    },
			  ],
			  "message": "the question is not valid: packId: use lowercase letters, digits and hyphens (e.g. "crocus-attack")",
			  "ok": false,
			  "reason": "invalid",
			}
		`);
	});

	it('refuses a second question with the same id in the same pack for the same author', async () => {
		await write(ada);
		expect(await createQuestion(t.db, ada.id, { packId: PACK, body: question() })).toEqual({
			ok: false,
			reason: 'conflict',
			message: 'you already have a question "ruling-date" in pack "russia-taliban-delisting"; give this one another id'
		});
		expect((await write(grace)).body.id).toBe('ruling-date');
		expect((await write(ada, { packId: 'other-pack' })).body.id).toBe('ruling-date');
	});

	it('refuses a set of another pack, another instructor’s set, and a set that does not exist', async () => {
		expect(await createQuestion(t.db, ada.id, { packId: 'other-pack', setId: adasSet.id, body: question() }))
			.toMatchInlineSnapshot(`
				{
				  "issues": [
				    {
				      "message": "the set is built on pack "russia-taliban-delisting", not "other-pack"",
				      "path": "setId",
				    },
				  ],
				  "message": "the question is not valid: setId: the set is built on pack "russia-taliban-delisting", not "other-pack"",
				  "ok": false,
				  "reason": "invalid",
				}
			`);
		expect(await createQuestion(t.db, grace.id, { packId: PACK, setId: adasSet.id, body: question() })).toEqual({
			ok: false,
			reason: 'forbidden',
			message: 'this set belongs to another instructor'
		});
		expect(await createQuestion(t.db, ada.id, { packId: PACK, setId: 'gone', body: question() })).toMatchObject({
			reason: 'not-found'
		});
	});

	it('refuses a question for a pack another instructor created', async () => {
		await createPack(t.db, grace.id, { meta: packMeta(), article });
		expect(await createQuestion(t.db, ada.id, { packId: 'court-ruling', body: question() })).toEqual({
			ok: false,
			reason: 'forbidden',
			message: 'pack "court-ruling" belongs to another instructor'
		});
	});

	it('updates the author’s question, moving it between sets of its pack', async () => {
		const q = await write(ada, { setId: adasSet.id });
		const now = () => new Date('2031-01-01T00:00:00.000Z');
		const body = { ...question('ruling-month'), prompt: 'The ruling came in April.' };
		const r = await updateQuestion(t.db, ada.id, q.id, { body, setId: null }, { now });
		expect(r.ok && r.value).toMatchObject({
			id: q.id,
			setId: null,
			body: { id: 'ruling-month', prompt: 'The ruling came in April.' },
			createdAt: q.createdAt,
			updatedAt: '2031-01-01T00:00:00.000Z'
		});
		expect(await getQuestion(t.db, q.id)).toEqual(r.ok && r.value);
		const back = await updateQuestion(t.db, ada.id, q.id, { body, setId: adasSet.id });
		expect(back.ok && back.value.setId).toBe(adasSet.id);
		const kept = await updateQuestion(t.db, ada.id, q.id, { body });
		expect(kept.ok && kept.value.setId).toBe(adasSet.id);
	});

	it('refuses an update that takes an id another of the author’s questions has', async () => {
		await write(ada, { body: question('first') });
		const second = await write(ada, { body: question('second') });
		expect(await updateQuestion(t.db, ada.id, second.id, { body: question('first') })).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
		expect((await getQuestion(t.db, second.id))?.body.id).toBe('second');
	});

	it('refuses to update or delete another instructor’s question, and says not-found for a missing one', async () => {
		const q = await write(grace);
		const forbidden = { ok: false, reason: 'forbidden', message: 'this question belongs to another instructor' };
		expect(await updateQuestion(t.db, ada.id, q.id, { body: question() })).toEqual(forbidden);
		expect(await deleteQuestion(t.db, ada.id, q.id)).toEqual(forbidden);
		expect(await getQuestion(t.db, q.id)).toEqual(q);
		expect(await deleteQuestion(t.db, ada.id, 'gone')).toMatchObject({ reason: 'not-found' });
	});

	it('deletes the author’s question', async () => {
		const q = await write(ada);
		expect(await deleteQuestion(t.db, ada.id, q.id)).toEqual({ ok: true, value: undefined });
		expect(await getQuestion(t.db, q.id)).toBeNull();
	});

	it('lists a set’s questions and an author’s questions for a pack, oldest first', async () => {
		const at = (d: string) => ({ now: () => new Date(`2026-01-0${d}T00:00:00Z`) });
		const add = (id: string, setId: string | null, when: string, owner = ada) =>
			createQuestion(t.db, owner.id, { packId: PACK, setId, body: question(id) }, at(when));
		await add('later', adasSet.id, '3');
		await add('earlier', adasSet.id, '1');
		await add('loose', null, '2');
		await add('graces', null, '1', grace);
		expect((await listQuestionsBySet(t.db, adasSet.id)).map((q) => q.body.id)).toEqual(['earlier', 'later']);
		expect((await listQuestionsByPack(t.db, ada.id, PACK)).map((q) => q.body.id)).toEqual([
			'earlier',
			'loose',
			'later'
		]);
		expect(await listQuestionsByPack(t.db, ada.id, 'other-pack')).toEqual([]);
	});
});
