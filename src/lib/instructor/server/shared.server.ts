// A set opened by its share code: no account needed, and only what taking it requires leaves the
// server (the set's questions and the article's passages, not the owner's other work).
import { getDb, getSetByCode, type StoredSet } from '$lib/server';
import type { Pack } from '$lib/content/types';
import type { QuizSettings } from '$lib/quiz/settings';
import { packForSet } from '../set-quiz';
import { packForOwner } from './library.server';

export interface SharedSet {
	set: StoredSet;
	pack: Pack;
	settings: QuizSettings;
}

export async function sharedSet(code: string): Promise<SharedSet | null> {
	const db = getDb();
	const set = await getSetByCode(db, code);
	if (!set) return null;
	const owned = await packForOwner(db, set.ownerId, set.packId);
	if (!owned.ok) return null;
	const { pack, settings } = packForSet(owned.value.pack, set.body);
	return { set, pack, settings };
}
