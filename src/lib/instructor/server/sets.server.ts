// Saving sets: the shape is checked with the set file schema and the content against the pack it
// draws from (checkSetData), so a set saved here passes `npm run validate` as a file too.
import { hasErrors, type Problem } from '$lib/content/problems';
import type { SetFile } from '$lib/content/schema';
import { checkSetData } from '$lib/content/sets';
import {
	createSet,
	invalid,
	listSets,
	ok,
	ownedSetRow,
	updateSet,
	type Db,
	type Issue,
	type Result,
	type StoredSet
} from '$lib/server';
import { packForOwner, packMapFor } from './library.server';

const issuesOf = (problems: Problem[]): Issue[] =>
	problems.filter((p) => p.severity === 'error').map((p) => ({ path: p.path, message: p.message }));

/** The set file, validated against the owner's packs; every problem is reported, not the first. */
export async function checkSetBody(db: Db, ownerId: string, body: unknown): Promise<Result<SetFile, 'invalid'>> {
	const problems: Problem[] = [];
	const loaded = checkSetData(null, body, await packMapFor(db, ownerId), problems);
	if (!loaded || hasErrors(problems)) return invalid('the set', issuesOf(problems));
	return ok(loaded.set);
}

export async function createCheckedSet(
	db: Db,
	ownerId: string,
	body: unknown
): Promise<Result<StoredSet, 'invalid' | 'not-found' | 'forbidden' | 'conflict'>> {
	const checked = await checkSetBody(db, ownerId, body);
	if (!checked.ok) return checked;
	return createSet(db, ownerId, checked.value);
}

/** Someone else's set is refused before its body is looked at, so a 403 never depends on the body. */
export async function updateCheckedSet(
	db: Db,
	ownerId: string,
	id: string,
	body: unknown
): Promise<Result<StoredSet, 'invalid' | 'not-found' | 'forbidden' | 'conflict'>> {
	const owned = await ownedSetRow(db, ownerId, id);
	if (!owned.ok) return owned;
	const checked = await checkSetBody(db, ownerId, body);
	if (!checked.ok) return checked;
	return updateSet(db, ownerId, id, checked.value);
}

/**
 * The set as a file for the repository. On a repository pack, questions the owner wrote in the app
 * are not in the pack's banks, so they travel inside the file as its own questions.
 */
export async function setForDownload(db: Db, set: StoredSet): Promise<SetFile> {
	const owned = await packForOwner(db, set.ownerId, set.packId);
	if (!owned.ok || owned.value.stored) return set.body;
	const authored = new Map(owned.value.authored.map((a) => [a.body.id, a.body]));
	const inline = set.body.questions.filter((id) => authored.has(id));
	if (!inline.length) return set.body;
	return {
		...set.body,
		questions: set.body.questions.filter((id) => !authored.has(id)),
		newQuestions: [...set.body.newQuestions, ...inline.map((id) => authored.get(id))]
	};
}

/** Replaces one question id with another (or removes it) in every set of the owner on the pack. */
export async function renameInSets(
	db: Db,
	ownerId: string,
	packId: string,
	from: string,
	to: string | null
): Promise<void> {
	for (const summary of await listSets(db, ownerId)) {
		if (summary.packId !== packId) continue;
		const owned = await ownedSetRow(db, ownerId, summary.id);
		if (!owned.ok) continue;
		const body = JSON.parse(owned.value.body) as SetFile;
		if (!body.questions.includes(from)) continue;
		const questions = body.questions.flatMap((id) => (id === from ? (to ? [to] : []) : [id]));
		await updateSet(db, ownerId, summary.id, { ...body, questions: [...new Set(questions)] });
	}
}

/** Adds a question id to the end of a set's picks, once. */
export async function addToSet(db: Db, ownerId: string, setId: string, questionId: string): Promise<void> {
	const owned = await ownedSetRow(db, ownerId, setId);
	if (!owned.ok) return;
	const body = JSON.parse(owned.value.body) as SetFile;
	if (body.questions.includes(questionId)) return;
	await updateSet(db, ownerId, setId, { ...body, questions: [...body.questions, questionId] });
}
