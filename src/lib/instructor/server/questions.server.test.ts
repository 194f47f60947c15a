import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPack, getSet, type User } from '$lib/server';
import { clearTables, createTestUsers, testDatabases, type OpenTestDb } from '$lib/server/db/test-databases';
import { article, packMeta } from '$lib/server/repo/test-fixtures';
import { packForOwner, packMapFor } from './library.server';
import { removeQuestion, saveQuestion } from './questions.server';
import { checkSetBody, createCheckedSet, setForDownload, updateCheckedSet } from './sets.server';

const LIBRARY = 'russia-taliban-delisting';

const question = (id: string, over: Record<string, unknown> = {}) => ({
	id,
	type: 'true-false',
	difficulty: 1,
	prompt: 'The court ruled in April 2025.',
	answer: true,
	explanation: 'It did.',
	sources: [{ passage: 'ruling', quote: 'On 17 April 2025 the Supreme Court of Russia suspended the ban' }],
	...over
});

const libraryQuestion = (id: string) =>
	question(id, {
		sources: [{ passage: 'diplomatic-upgrade', quote: 'Just six days after the ruling, on April 23' }]
	});

describe.each(testDatabases())('instructor storage on $name', (database) => {
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

	it('shows an instructor their own packs and the library’s, never another’s', async () => {
		expect([...(await packMapFor(t.db, ada.id)).keys()]).toEqual([LIBRARY, 'court']);
		expect([...(await packMapFor(t.db, grace.id)).keys()]).toEqual([LIBRARY]);
		expect(await packForOwner(t.db, grace.id, 'court')).toMatchObject({ ok: false, reason: 'forbidden' });
		expect(await packForOwner(t.db, ada.id, 'nowhere')).toMatchObject({ ok: false, reason: 'not-found' });
	});

	it('saves a question only when the validator accepts it, with its messages when it does not', async () => {
		const bad = await saveQuestion(t.db, ada.id, {
			packId: 'court',
			body: question('q1', { sources: [{ passage: 'ruling', quote: 'the ban was suspended' }] })
		});
		expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
		expect(!bad.ok && bad.issues).toEqual([
			{
				path: 'sources[0].quote',
				message: 'quote is not in passage "ruling"; the closest text there is: "the ban on the"'
			}
		]);
		expect((await saveQuestion(t.db, ada.id, { packId: 'court', body: question('q1') })).ok).toBe(true);
		const again = await saveQuestion(t.db, ada.id, { packId: 'court', body: question('q1') });
		expect(!again.ok && again.issues?.[0].message).toBe(
			'id "q1" is already used in pack "court"; ids are unique in a pack'
		);
	});

	it('refuses an id the library pack already uses', async () => {
		const r = await saveQuestion(t.db, ada.id, { packId: LIBRARY, body: libraryQuestion('delisting-ruling-date') });
		expect(!r.ok && r.issues?.[0].path).toBe('id');
	});

	it('adds a question saved into a set to its picks, follows a new id, and drops it when deleted', async () => {
		const set = await createCheckedSet(t.db, ada.id, {
			id: 's',
			title: 'S',
			pack: LIBRARY,
			questions: ['delisting-ruling-date']
		});
		if (!set.ok) throw new Error(set.message);
		const saved = await saveQuestion(t.db, ada.id, {
			packId: LIBRARY,
			setId: set.value.id,
			body: libraryQuestion('mine')
		});
		if (!saved.ok) throw new Error(saved.message);
		expect((await getSet(t.db, set.value.id))?.body.questions).toEqual(['delisting-ruling-date', 'mine']);

		const renamed = await saveQuestion(t.db, ada.id, {
			packId: LIBRARY,
			rowId: saved.value.id,
			body: libraryQuestion('mine-2')
		});
		expect(renamed.ok).toBe(true);
		expect((await getSet(t.db, set.value.id))?.body.questions).toEqual(['delisting-ruling-date', 'mine-2']);

		expect((await removeQuestion(t.db, grace.id, saved.value.id)).ok).toBe(false);
		expect((await removeQuestion(t.db, ada.id, saved.value.id)).ok).toBe(true);
		expect((await getSet(t.db, set.value.id))?.body.questions).toEqual(['delisting-ruling-date']);
	});

	it('carries questions written in the app inside a downloaded set on a library pack', async () => {
		await saveQuestion(t.db, ada.id, { packId: LIBRARY, body: libraryQuestion('mine') });
		const set = await createCheckedSet(t.db, ada.id, {
			id: 's',
			title: 'S',
			pack: LIBRARY,
			questions: ['mine', 'delisting-ruling-date']
		});
		if (!set.ok) throw new Error(set.message);
		const file = await setForDownload(t.db, set.value);
		expect(file.questions).toEqual(['delisting-ruling-date']);
		expect(file.newQuestions).toMatchObject([{ id: 'mine', type: 'true-false' }]);
		// What the download gives is a valid set on the library pack as the repository has it.
		const asFile = await checkSetBody(t.db, grace.id, file);
		expect(asFile.ok).toBe(true);
	});

	it('checks a set against the pack it names, and refuses another’s set before reading its body', async () => {
		const r = await checkSetBody(t.db, grace.id, { id: 's', title: 'S', pack: 'court', questions: ['q1'] });
		expect(!r.ok && r.issues).toEqual([{ path: 'pack', message: `unknown pack "court" (packs: ${LIBRARY})` }]);
		const set = await createCheckedSet(t.db, ada.id, {
			id: 's',
			title: 'S',
			pack: LIBRARY,
			questions: ['delisting-ruling-date']
		});
		if (!set.ok) throw new Error(set.message);
		expect(await updateCheckedSet(t.db, grace.id, set.value.id, 'not even a set')).toMatchObject({
			ok: false,
			reason: 'forbidden'
		});
	});
});
