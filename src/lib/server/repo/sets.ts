// Question sets made by instructors, stored in the set file format (content/schema.ts) so a set can
// be exported to a file and back unchanged. This checks the set's shape; whether its question ids
// exist in its pack needs the pack, which the caller has (content/sets.ts checkSetData).
import { setFileSchema, type SetFile } from '../../content/schema';
import { systemClock, type ClockOption } from '../clock';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors';
import type { Db, SetsTable } from '../db/tables';
import { newId } from '../ids';
import { fail, ok, validate, type Result } from '../result';
import { newShareCode, normaliseShareCode } from '../share-code';
import { checkPackAccess } from './packs';

export interface SetSummary {
	id: string;
	/** The share code learners type to open the set. */
	code: string;
	ownerId: string;
	title: string;
	packId: string;
	createdAt: string;
	updatedAt: string;
}

export interface StoredSet extends SetSummary {
	body: SetFile;
}

const summaryColumns = ['id', 'code', 'owner_id', 'title', 'pack_id', 'created_at', 'updated_at'] as const;

function toSummary(row: Pick<SetsTable, (typeof summaryColumns)[number]>): SetSummary {
	return {
		id: row.id,
		code: row.code,
		ownerId: row.owner_id,
		title: row.title,
		packId: row.pack_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

function toSet(row: SetsTable): StoredSet {
	return { ...toSummary(row), body: JSON.parse(row.body) as SetFile };
}

const CODE_TRIES = 5;

export async function createSet(
	db: Db,
	ownerId: string,
	body: unknown,
	{ now = systemClock }: ClockOption = {}
): Promise<Result<StoredSet, 'invalid' | 'not-found' | 'forbidden' | 'conflict'>> {
	const parsed = validate(setFileSchema, body, 'the set');
	if (!parsed.ok) return parsed;
	const set = parsed.value;
	const denied = await checkPackAccess(db, ownerId, set.pack);
	if (denied) return denied;
	const at = now().toISOString();
	for (let i = 0; i < CODE_TRIES; i++) {
		const row: SetsTable = {
			id: newId(),
			code: newShareCode(),
			owner_id: ownerId,
			title: set.title,
			pack_id: set.pack,
			body: JSON.stringify(set),
			created_at: at,
			updated_at: at
		};
		try {
			await db.insertInto('sets').values(row).execute();
			return ok(toSet(row));
		} catch (e) {
			if (isForeignKeyViolation(e)) return fail('not-found', 'the account no longer exists');
			// The only unique column besides the random id is the code: draw another.
			if (!isUniqueViolation(e)) throw e;
		}
	}
	return fail('conflict', 'could not find a free share code; try again');
}

export async function getSet(db: Db, id: string): Promise<StoredSet | null> {
	const row = await db.selectFrom('sets').selectAll().where('id', '=', id).executeTakeFirst();
	return row ? toSet(row) : null;
}

/** Accepts the code as a person types it (any case, spaces or dashes). */
export async function getSetByCode(db: Db, code: string): Promise<StoredSet | null> {
	const normal = normaliseShareCode(code);
	if (!normal) return null;
	const row = await db.selectFrom('sets').selectAll().where('code', '=', normal).executeTakeFirst();
	return row ? toSet(row) : null;
}

/** The owner's sets, most recently changed first. */
export async function listSets(db: Db, ownerId: string): Promise<SetSummary[]> {
	const rows = await db
		.selectFrom('sets')
		.select(summaryColumns)
		.where('owner_id', '=', ownerId)
		.orderBy('updated_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map(toSummary);
}

export async function ownedSetRow(
	db: Db,
	actorId: string,
	id: string
): Promise<Result<SetsTable, 'not-found' | 'forbidden'>> {
	const row = await db.selectFrom('sets').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) return fail('not-found', 'the set does not exist (it may have been deleted)');
	if (row.owner_id !== actorId) return fail('forbidden', 'this set belongs to another instructor');
	return ok(row);
}

/** Replaces the set's content; its id, share code and creation time stay. */
export async function updateSet(
	db: Db,
	actorId: string,
	id: string,
	body: unknown,
	{ now = systemClock }: ClockOption = {}
): Promise<Result<StoredSet, 'invalid' | 'not-found' | 'forbidden' | 'conflict'>> {
	const current = await ownedSetRow(db, actorId, id);
	if (!current.ok) return current;
	const parsed = validate(setFileSchema, body, 'the set');
	if (!parsed.ok) return parsed;
	const set = parsed.value;
	if (set.pack !== current.value.pack_id) {
		const denied = await checkPackAccess(db, actorId, set.pack);
		if (denied) return denied;
		const attached = await db
			.selectFrom('questions')
			.select((eb) => eb.fn.countAll<string | number>().as('n'))
			.where('set_id', '=', id)
			.executeTakeFirstOrThrow();
		const n = Number(attached.n);
		if (n > 0) {
			return fail(
				'conflict',
				`${n} question${n === 1 ? ' was' : 's were'} written for this set on pack "${current.value.pack_id}"; ` +
					`move or delete ${n === 1 ? 'it' : 'them'} before changing the pack to "${set.pack}"`
			);
		}
	}
	const changes = { title: set.title, pack_id: set.pack, body: JSON.stringify(set), updated_at: now().toISOString() };
	await db.updateTable('sets').set(changes).where('id', '=', id).where('owner_id', '=', actorId).execute();
	return ok(toSet({ ...current.value, ...changes }));
}

/** Deletes the set; questions written for it stay in their pack (their set becomes none). */
export async function deleteSet(db: Db, actorId: string, id: string): Promise<Result<void, 'not-found' | 'forbidden'>> {
	const current = await ownedSetRow(db, actorId, id);
	if (!current.ok) return current;
	await db.deleteFrom('sets').where('id', '=', id).where('owner_id', '=', actorId).execute();
	return ok(undefined);
}
