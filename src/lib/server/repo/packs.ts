// Packs instructors create in the app: metadata and an article with passage markers, kept in the
// database instead of the questions/ folder. Their questions live in the questions table.
import type { z } from 'zod';
import { parseArticle } from '../../content/article';
import { normaliseQuestion } from '../../content/normalise';
import { packMetaSchema } from '../../content/schema';
import type { Pack } from '../../content/types';
import { systemClock, type ClockOption } from '../clock';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors';
import type { Db, PacksTable } from '../db/tables';
import { fail, invalid, ok, validate, type Failure, type Issue, type Result } from '../result';
import type { AuthoredQuestion } from './questions';

/** A stored pack's metadata: a pack file's, less the file names (the article and questions are rows). */
export const storedPackMetaSchema = packMetaSchema.omit({ article: true, banks: true });
export type StoredPackMeta = z.output<typeof storedPackMetaSchema>;

export interface PackSummary {
	id: string;
	ownerId: string;
	title: string;
	language: string;
	createdAt: string;
	updatedAt: string;
}

export interface StoredPack extends PackSummary {
	meta: StoredPackMeta;
	/** Markdown with `<!-- #passage-id -->` markers (content/article.ts). */
	article: string;
}

function toPack(row: PacksTable): StoredPack {
	const meta = JSON.parse(row.meta) as StoredPackMeta;
	return {
		id: row.id,
		ownerId: row.owner_id,
		title: meta.title,
		language: meta.language,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		meta,
		article: row.article
	};
}

function articleIssues(article: unknown): Issue[] {
	if (typeof article !== 'string') return [{ path: 'article', message: 'the article must be text' }];
	return parseArticle(article).problems.map((p) => ({
		path: 'article',
		message: `line ${p.line}, column ${p.column}: ${p.message}`
	}));
}

export async function createPack(
	db: Db,
	ownerId: string,
	input: { meta: unknown; article: unknown },
	{ now = systemClock, reservedIds = [] }: ClockOption & { reservedIds?: Iterable<string> } = {}
): Promise<Result<StoredPack, 'invalid' | 'not-found' | 'conflict'>> {
	const meta = validate(storedPackMetaSchema, input.meta, 'the pack');
	const issues = [
		...(meta.ok ? [] : (meta.issues ?? []).map((i) => ({ ...i, path: i.path ? `meta.${i.path}` : 'meta' }))),
		...articleIssues(input.article)
	];
	if (!meta.ok || issues.length) return invalid('the pack', issues);
	const id = meta.value.id;
	const taken = fail('conflict', `a pack with id "${id}" already exists; choose another id`);
	if (new Set(reservedIds).has(id)) return taken;
	const at = now().toISOString();
	const row: PacksTable = {
		id,
		owner_id: ownerId,
		meta: JSON.stringify(meta.value),
		article: input.article as string,
		created_at: at,
		updated_at: at
	};
	try {
		await db.insertInto('packs').values(row).execute();
	} catch (e) {
		if (isUniqueViolation(e)) return taken;
		if (isForeignKeyViolation(e)) return fail('not-found', 'the account no longer exists');
		throw e;
	}
	return ok(toPack(row));
}

export async function getPack(db: Db, id: string): Promise<StoredPack | null> {
	const row = await db.selectFrom('packs').selectAll().where('id', '=', id).executeTakeFirst();
	return row ? toPack(row) : null;
}

/** The owner's packs, by title. */
export async function listPacks(db: Db, ownerId: string): Promise<PackSummary[]> {
	const rows = await db.selectFrom('packs').selectAll().where('owner_id', '=', ownerId).execute();
	return rows
		.map(toPack)
		.map(({ meta: _meta, article: _article, ...summary }) => summary)
		.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/**
 * A pack stored here is its owner's alone; a pack id that is not stored here names a pack of the
 * questions/ folder, open to every instructor.
 */
export async function checkPackAccess(db: Db, actorId: string, packId: string): Promise<Failure<'forbidden'> | null> {
	const pack = await db.selectFrom('packs').select('owner_id').where('id', '=', packId).executeTakeFirst();
	return pack && pack.owner_id !== actorId ? fail('forbidden', `pack "${packId}" belongs to another instructor`) : null;
}

/** Deletes the pack and the owner's questions for it; refused while a set is built on it. */
export async function deletePack(
	db: Db,
	actorId: string,
	id: string
): Promise<Result<void, 'not-found' | 'forbidden' | 'conflict'>> {
	const row = await db.selectFrom('packs').select('owner_id').where('id', '=', id).executeTakeFirst();
	if (!row) return fail('not-found', `pack "${id}" does not exist (it may have been deleted)`);
	if (row.owner_id !== actorId) return fail('forbidden', `pack "${id}" belongs to another instructor`);
	const sets = await db.selectFrom('sets').select('title').where('pack_id', '=', id).orderBy('title').execute();
	if (sets.length) {
		const names = sets.slice(0, 3).map((s) => `"${s.title}"`);
		const more = sets.length > 3 ? ` and ${sets.length - 3} more` : '';
		return fail('conflict', `sets are built on pack "${id}" (${names.join(', ')}${more}); delete them first`);
	}
	await db.transaction().execute(async (tx) => {
		await tx.deleteFrom('questions').where('pack_id', '=', id).where('owner_id', '=', actorId).execute();
		await tx.deleteFrom('packs').where('id', '=', id).execute();
	});
	return ok(undefined);
}

/**
 * The stored pack in the shape quizzes and checks use (content/types.ts Pack): passages from its
 * article, and the given questions normalised (a question naming no topic gets the pack's first).
 */
export function assemblePack(stored: StoredPack, questions: readonly AuthoredQuestion[]): Pack {
	const { meta } = stored;
	return {
		id: stored.id,
		title: meta.title,
		language: meta.language,
		...(meta.description ? { description: meta.description } : {}),
		source: meta.source,
		topics: meta.topics,
		passages: parseArticle(stored.article).passages,
		questions: questions.map((q) => normaliseQuestion(q.body, meta.topics[0].id))
	};
}
