// Questions written in the browser, saved only when they pass the checks `npm run validate` runs
// on a bank: the same functions, run again here whatever the page said.
import {
	createQuestion,
	deleteQuestion,
	getQuestion,
	invalid,
	ok,
	updateQuestion,
	type AuthoredQuestion,
	type Db,
	type Result
} from '$lib/server';
import { checkQuestionInput, type QuestionContext } from '../check-question';
import { packForOwner, type OwnedPack } from './library.server';
import { addToSet, renameInSets } from './sets.server';

export function questionContext(owned: OwnedPack, editing: AuthoredQuestion | null = null): QuestionContext {
	const { pack } = owned;
	const taken = new Set(pack.questions.map((q) => q.id));
	if (editing) taken.delete(editing.body.id);
	return {
		packId: pack.id,
		passages: new Map(pack.passages.map((p) => [p.id, p])),
		topics: pack.topics.map((t) => t.id),
		defaultTopic: pack.topics[0].id,
		takenIds: taken
	};
}

export interface SaveQuestionInput {
	packId: string;
	/** The stored question being edited; absent for a new one. */
	rowId?: string | null;
	/** Also add the question to this set of the pack. */
	setId?: string | null;
	body: unknown;
}

export async function saveQuestion(
	db: Db,
	ownerId: string,
	input: SaveQuestionInput
): Promise<Result<AuthoredQuestion, 'invalid' | 'not-found' | 'forbidden' | 'conflict'>> {
	const owned = await packForOwner(db, ownerId, input.packId);
	if (!owned.ok) return owned;
	let editing: AuthoredQuestion | null = null;
	if (input.rowId) {
		editing = owned.value.authored.find((a) => a.id === input.rowId) ?? null;
		if (!editing) {
			const other = await getQuestion(db, input.rowId);
			return other
				? { ok: false, reason: 'forbidden', message: 'this question belongs to another instructor or pack' }
				: { ok: false, reason: 'not-found', message: 'the question does not exist (it may have been deleted)' };
		}
	}
	const checked = checkQuestionInput(input.body, questionContext(owned.value, editing));
	const errors = checked.findings.filter((f) => f.severity === 'error');
	if (!checked.parsed || errors.length) {
		return invalid(
			'the question',
			errors.map((f) => ({ path: f.path, message: f.message }))
		);
	}
	const setId = input.setId || null;
	const saved = editing
		? await updateQuestion(db, ownerId, editing.id, { body: checked.parsed, ...(setId ? { setId } : {}) })
		: await createQuestion(db, ownerId, { packId: input.packId, setId, body: checked.parsed });
	if (!saved.ok) return saved;
	if (editing && editing.body.id !== saved.value.body.id) {
		await renameInSets(db, ownerId, input.packId, editing.body.id, saved.value.body.id);
	}
	if (setId) await addToSet(db, ownerId, setId, saved.value.body.id);
	return ok(saved.value);
}

/** Deletes the question and takes it out of the owner's sets, which would otherwise name a missing id. */
export async function removeQuestion(
	db: Db,
	ownerId: string,
	rowId: string
): Promise<Result<void, 'not-found' | 'forbidden'>> {
	const question = await getQuestion(db, rowId);
	const done = await deleteQuestion(db, ownerId, rowId);
	if (!done.ok) return done;
	if (question) await renameInSets(db, ownerId, question.packId, question.body.id, null);
	return ok(undefined);
}
