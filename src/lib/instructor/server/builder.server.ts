// The set builder's server side, shared by /sets/new and /sets/[id]: what the page needs for a
// pack, and the two form actions (one builder step, or saving). Steps round-trip the whole draft,
// so the builder works with plain form posts; in the browser the same steps run without a trip.
import type { BuilderData } from '../builder-types';
import { getDb, HTTP_STATUS, type StoredSet, type User } from '$lib/server';
import { QUESTION_TYPES } from '$lib/quiz/settings';
import { error, fail, redirect } from '@sveltejs/kit';
import { applyStep, draftFromForm, setFileFromDraft, type SetDraft } from '../set-draft';
import { packChoices, packForOwner } from './library.server';
import { createCheckedSet, updateCheckedSet } from './sets.server';

export async function builderData(
	user: User,
	packId: string,
	draft: SetDraft,
	editing: Pick<StoredSet, 'id' | 'code'> | null
): Promise<BuilderData> {
	const db = getDb();
	const owned = await packForOwner(db, user.id, packId);
	if (!owned.ok) error(HTTP_STATUS[owned.reason], owned.message);
	const { pack } = owned.value;
	const tags = [...new Set(pack.questions.flatMap((q) => q.tags))].sort();
	return {
		packs: await packChoices(db, user.id),
		pack: {
			id: pack.id,
			title: pack.title,
			language: pack.language,
			source: pack.source,
			topics: pack.topics,
			passages: pack.passages,
			questions: pack.questions,
			tags
		},
		draft,
		editing: editing ? { id: editing.id, code: editing.code } : null
	};
}

/** One step without JavaScript: the draft comes back changed, nothing is saved. */
export async function stepAction(request: Request) {
	const fd = await request.formData();
	const draft = draftFromForm(fd, QUESTION_TYPES);
	const step = fd.get('step');
	draft.questions = applyStep(draft.questions, typeof step === 'string' ? step : '');
	return { draft, errors: [] as { path: string; message: string }[] };
}

export async function saveAction(user: User, request: Request, id: string | null) {
	const draft = draftFromForm(await request.formData(), QUESTION_TYPES);
	const body = setFileFromDraft(draft);
	const db = getDb();
	const saved = id ? await updateCheckedSet(db, user.id, id, body) : await createCheckedSet(db, user.id, body);
	if (!saved.ok) {
		const errors = saved.issues?.length ? saved.issues : [{ path: '', message: saved.message }];
		return fail(HTTP_STATUS[saved.reason], { draft, errors });
	}
	redirect(303, `/sets/${saved.value.id}?saved`);
}
