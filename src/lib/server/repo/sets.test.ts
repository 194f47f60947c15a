import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, createTestUsers, testDatabases, type OpenTestDb } from '../db/test-databases';
import { SHARE_CODE_ALPHABET } from '../share-code';
import { createPack } from './packs';
import { createQuestion, getQuestion } from './questions';
import { createSet, deleteSet, getSet, getSetByCode, listSets, updateSet } from './sets';
import { article, packMeta, question, setBody } from './test-fixtures';
import type { User } from './users';

const LIBRARY_PACK = 'russia-taliban-delisting';

describe.each(testDatabases())('sets on $name', (database) => {
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

	async function set(owner: User, body: unknown = setBody(LIBRARY_PACK)) {
		const r = await createSet(t.db, owner.id, body);
		if (!r.ok) throw new Error(r.message);
		return r.value;
	}

	it('creates a set with a share code and the set file defaults filled in', async () => {
		const now = () => new Date('2026-02-03T10:00:00.000Z');
		const r = await createSet(t.db, ada.id, setBody(LIBRARY_PACK), { now });
		if (!r.ok) throw new Error(r.message);
		expect(r.value.code).toMatch(new RegExp(`^[${SHARE_CODE_ALPHABET}]{7}$`));
		expect(r.value).toEqual({
			id: expect.any(String),
			code: r.value.code,
			ownerId: ada.id,
			title: 'Week 1 check',
			packId: LIBRARY_PACK,
			createdAt: '2026-02-03T10:00:00.000Z',
			updatedAt: '2026-02-03T10:00:00.000Z',
			body: {
				id: 'week-1',
				title: 'Week 1 check',
				pack: LIBRARY_PACK,
				questions: ['ruling-date'],
				newQuestions: [],
				settings: {
					mode: 'practice',
					timeLimitMinutes: null,
					attempts: null,
					shuffleQuestions: true,
					shuffleOptions: true,
					feedback: 'immediate',
					retries: 0,
					certainty: false
				}
			}
		});
		expect(await getSet(t.db, r.value.id)).toEqual(r.value);
	});

	it('finds a set by its share code however it is typed', async () => {
		const s = await set(ada);
		const typed = `${s.code.slice(0, 3).toLowerCase()} ${s.code.slice(3)}`;
		expect(await getSetByCode(t.db, typed)).toEqual(s);
		expect(await getSetByCode(t.db, 'AAAAAAA')).toBeNull();
		expect(await getSetByCode(t.db, 'nonsense code')).toBeNull();
		expect(await getSet(t.db, 'no-such-id')).toBeNull();
	});

	it('reports every problem in a set body with its path', async () => {
		const body = { ...setBody(LIBRARY_PACK), title: '', settings: { mode: 'quiz', retries: -1 }, extra: 1 };
		expect(await createSet(t.db, ada.id, body)).toMatchInlineSnapshot(`
			{
			  "issues": [
			    {
			      "message": "must not be empty",
			      "path": "title",
			    },
			    {
			      "message": "Invalid option: expected one of "practice"|"exam"",
			      "path": "settings.mode",
			    },
			    {
			      "message": "Too small: expected number to be >=0",
			      "path": "settings.retries",
			    },
			    {
			      "message": "unknown field "extra"; allowed here: id, title, pack, description, topic, settings, questions, draw, newQuestions",
			      "path": "extra",
			    },
			  ],
			  "message": "the set is not valid: title: must not be empty (and 3 more)",
			  "ok": false,
			  "reason": "invalid",
			}
		`);
		expect(await createSet(t.db, ada.id, 'not a set')).toMatchObject({ ok: false, reason: 'invalid' });
		expect(await listSets(t.db, ada.id)).toEqual([]);
	});

	it('lists an owner’s sets, most recently changed first, without anyone else’s', async () => {
		const times = ['2026-01-01', '2026-01-02', '2026-01-03'].map((d) => () => new Date(`${d}T00:00:00Z`));
		const first = await createSet(t.db, ada.id, setBody(LIBRARY_PACK, 'First'), { now: times[0] });
		const second = await createSet(t.db, ada.id, setBody(LIBRARY_PACK, 'Second'), { now: times[1] });
		await set(grace, setBody(LIBRARY_PACK, 'Grace’s'));
		if (!first.ok || !second.ok) throw new Error('fixture failed');
		expect((await listSets(t.db, ada.id)).map((s) => s.title)).toEqual(['Second', 'First']);
		await updateSet(t.db, ada.id, first.value.id, setBody(LIBRARY_PACK, 'First, edited'), { now: times[2] });
		const listed = await listSets(t.db, ada.id);
		expect(listed.map((s) => s.title)).toEqual(['First, edited', 'Second']);
		expect(listed[0]).not.toHaveProperty('body');
	});

	it('updates the owner’s set, keeping its id, code and creation time', async () => {
		const s = await set(ada);
		const now = () => new Date('2030-01-01T00:00:00.000Z');
		const r = await updateSet(
			t.db,
			ada.id,
			s.id,
			{ ...setBody(LIBRARY_PACK, 'Renamed'), settings: { mode: 'exam' } },
			{ now }
		);
		expect(r.ok && r.value).toMatchObject({
			id: s.id,
			code: s.code,
			title: 'Renamed',
			createdAt: s.createdAt,
			updatedAt: '2030-01-01T00:00:00.000Z',
			body: { settings: { mode: 'exam' } }
		});
		expect(await getSet(t.db, s.id)).toEqual(r.ok && r.value);
	});

	it('refuses to update or delete someone else’s set, and leaves it as it was', async () => {
		const s = await set(grace);
		expect(await updateSet(t.db, ada.id, s.id, setBody(LIBRARY_PACK, 'Mine now'))).toEqual({
			ok: false,
			reason: 'forbidden',
			message: 'this set belongs to another instructor'
		});
		expect(await deleteSet(t.db, ada.id, s.id)).toEqual({
			ok: false,
			reason: 'forbidden',
			message: 'this set belongs to another instructor'
		});
		expect(await getSet(t.db, s.id)).toEqual(s);
	});

	it('says not-found for a set that does not exist', async () => {
		const expected = { ok: false, reason: 'not-found', message: 'the set does not exist (it may have been deleted)' };
		expect(await updateSet(t.db, ada.id, 'gone', setBody(LIBRARY_PACK))).toEqual(expected);
		expect(await deleteSet(t.db, ada.id, 'gone')).toEqual(expected);
	});

	it('deletes the owner’s set and keeps the questions written for it in their pack', async () => {
		const s = await set(ada);
		const q = await createQuestion(t.db, ada.id, { packId: LIBRARY_PACK, setId: s.id, body: question() });
		if (!q.ok) throw new Error(q.message);
		expect(await deleteSet(t.db, ada.id, s.id)).toEqual({ ok: true, value: undefined });
		expect(await getSet(t.db, s.id)).toBeNull();
		expect(await getQuestion(t.db, q.value.id)).toMatchObject({ setId: null, packId: LIBRARY_PACK });
	});

	it('refuses to move a set with its own questions to another pack', async () => {
		const s = await set(ada);
		await createQuestion(t.db, ada.id, { packId: LIBRARY_PACK, setId: s.id, body: question() });
		expect(await updateSet(t.db, ada.id, s.id, setBody('other-pack'))).toMatchInlineSnapshot(`
			{
			  "message": "1 question was written for this set on pack "russia-taliban-delisting"; move or delete it before changing the pack to "other-pack"",
			  "ok": false,
			  "reason": "conflict",
			}
		`);
	});

	it('refuses a set on a pack another instructor created, on create and on update', async () => {
		const pack = await createPack(t.db, grace.id, { meta: packMeta(), article });
		if (!pack.ok) throw new Error(pack.message);
		const expected = { ok: false, reason: 'forbidden', message: 'pack "court-ruling" belongs to another instructor' };
		expect(await createSet(t.db, ada.id, setBody('court-ruling'))).toEqual(expected);
		const s = await set(ada);
		expect(await updateSet(t.db, ada.id, s.id, setBody('court-ruling'))).toEqual(expected);
		expect((await set(grace, setBody('court-ruling'))).packId).toBe('court-ruling');
	});

	it('says not-found when the owner’s account is gone', async () => {
		expect(await createSet(t.db, 'deleted-user', setBody(LIBRARY_PACK))).toEqual({
			ok: false,
			reason: 'not-found',
			message: 'the account no longer exists'
		});
	});
});
