import { getDb, getSet, HTTP_STATUS, ownedSetRow } from '$lib/server';
import { error } from '@sveltejs/kit';
import { printQuestion } from '$lib/instructor/print';
import { packForSet, describeSetSize } from '$lib/instructor/set-quiz';
import { requireUser } from '$lib/instructor/server/auth.server';
import { packForOwner } from '$lib/instructor/server/library.server';
import { selectQuestions } from '$lib/quiz/selection';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const owned = await ownedSetRow(db, user.id, event.params.id);
	if (!owned.ok) error(HTTP_STATUS[owned.reason], owned.message);
	const set = await getSet(db, event.params.id);
	if (!set) error(404, 'the set does not exist');
	const base = await packForOwner(db, user.id, set.packId);
	if (!base.ok) error(HTTP_STATUS[base.reason], base.message);
	const { pack, settings } = packForSet(base.value.pack, set.body);
	const params = event.url.searchParams;
	// The share code is the default seed: a sheet printed twice is the same sheet.
	const seed = /^[A-Za-z0-9_-]{1,64}$/.test(params.get('seed') ?? '') ? params.get('seed')! : set.code;
	const selection = selectQuestions(pack.questions, { ...settings, shuffleQuestions: false }, seed);
	const questions = selection.questions;
	const cited = new Set(questions.flatMap((q) => q.sources.map((s) => s.passage)));
	return {
		set: { id: set.id, title: set.title, description: set.body.description ?? null, size: describeSetSize(set.body) },
		pack: { id: pack.id, title: pack.title },
		seed,
		drawn: !!set.body.draw,
		teacher: params.get('version') === 'teacher',
		paper: params.get('paper') === 'letter' ? ('letter' as const) : ('a4' as const),
		questions: questions.map((q) => ({
			...printQuestion(q, seed, settings.shuffleOptions),
			explanation: q.explanation,
			sources: q.sources
		})),
		passages: base.value.pack.passages.filter((p) => cited.has(p.id))
	};
};
