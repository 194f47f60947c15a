// The packs an instructor works with: the repository's (open to everyone) and their own (stored in
// the database), each with the questions that instructor wrote for it.
import { normaliseQuestion } from '$lib/content/normalise';
import type { Pack } from '$lib/content/types';
import type { PackChoice } from '../builder-types';
import { packs as repositoryPacks } from '$lib/packs.server';
import {
	assemblePack,
	fail,
	getPack,
	listPacks,
	listQuestionsByPack,
	ok,
	type AuthoredQuestion,
	type Db,
	type Result,
	type StoredPack
} from '$lib/server';

export interface OwnedPack {
	pack: Pack;
	/** The stored pack when it is the instructor's own. */
	stored: StoredPack | null;
	/** The instructor's questions for the pack, included in `pack.questions`. */
	authored: AuthoredQuestion[];
}

/** Pack ids new packs may not take: the repository's, and names the app's own pages use. */
export const reservedPackIds = (): string[] => [...repositoryPacks().keys(), 'new'];

export async function packChoices(db: Db, ownerId: string): Promise<PackChoice[]> {
	const repo = [...repositoryPacks().values()].map((p) => ({ id: p.id, title: p.title, own: false }));
	const own = (await listPacks(db, ownerId)).map((p) => ({ id: p.id, title: p.title, own: true }));
	return [...repo, ...own];
}

/** The pack as `ownerId` sees it; a pack stored by someone else is forbidden. */
export async function packForOwner(
	db: Db,
	ownerId: string,
	packId: string
): Promise<Result<OwnedPack, 'not-found' | 'forbidden'>> {
	const repo = repositoryPacks().get(packId);
	if (repo) {
		const authored = await listQuestionsByPack(db, ownerId, packId);
		const extra = authored.map((a) => normaliseQuestion(a.body, repo.topics[0].id));
		return ok({ pack: { ...repo, questions: [...repo.questions, ...extra] }, stored: null, authored });
	}
	const stored = await getPack(db, packId);
	if (!stored) return fail('not-found', `there is no pack "${packId}"`);
	if (stored.ownerId !== ownerId) return fail('forbidden', `pack "${packId}" belongs to another instructor`);
	const authored = await listQuestionsByPack(db, ownerId, packId);
	return ok({ pack: assemblePack(stored, authored), stored, authored });
}

/** Every pack `ownerId` may build sets on, with their questions: what a set file is checked against. */
export async function packMapFor(db: Db, ownerId: string): Promise<Map<string, Pack>> {
	const map = new Map<string, Pack>();
	for (const choice of await packChoices(db, ownerId)) {
		const r = await packForOwner(db, ownerId, choice.id);
		if (r.ok) map.set(choice.id, r.value.pack);
	}
	return map;
}
