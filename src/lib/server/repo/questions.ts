// Questions instructors write themselves, for a pack and optionally for one set of it. Only the
// shape is checked here; citations are checked against the pack's article by the caller
// (content/check.ts), which has the article.
import { parseQuestion } from '../../content/load';
import { setFileSchema, type ParsedQuestion } from '../../content/schema';
import { formatPath } from '../../content/yaml';
import { systemClock, type ClockOption } from '../clock';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors';
import type { Db, QuestionsTable } from '../db/tables';
import { newId } from '../ids';
import { fail, invalid, ok, validate, type Failure, type Result } from '../result';
import { checkPackAccess } from './packs';
import { ownedSetRow } from './sets';

export interface AuthoredQuestion {
	id: string;
	ownerId: string;
	packId: string;
	setId: string | null;
	/** The question as written, validated; body.id is its id within the pack. */
	body: ParsedQuestion;
	createdAt: string;
	updatedAt: string;
}

function toQuestion(row: QuestionsTable): AuthoredQuestion {
	return {
		id: row.id,
		ownerId: row.owner_id,
		packId: row.pack_id,
		setId: row.set_id,
		body: JSON.parse(row.body) as ParsedQuestion,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

function parseBody(body: unknown): Result<ParsedQuestion, 'invalid'> {
	const { question, findings } = parseQuestion(body);
	if (question) return ok(question);
	return invalid(
		'the question',
		findings.map((f) => ({ path: formatPath(f.path), message: f.message }))
	);
}

async function checkSet(
	db: Db,
	actorId: string,
	setId: string,
	packId: string
): Promise<Failure<'not-found' | 'forbidden' | 'invalid'> | null> {
	const set = await ownedSetRow(db, actorId, setId);
	if (!set.ok) return set;
	if (set.value.pack_id !== packId) {
		return invalid('the question', [
			{ path: 'setId', message: `the set is built on pack "${set.value.pack_id}", not "${packId}"` }
		]);
	}
	return null;
}

const duplicate = (questionId: string, packId: string) =>
	fail('conflict', `you already have a question "${questionId}" in pack "${packId}"; give this one another id`);

export async function createQuestion(
	db: Db,
	ownerId: string,
	input: { packId: string; setId?: string | null; body: unknown },
	{ now = systemClock }: ClockOption = {}
): Promise<Result<AuthoredQuestion, 'invalid' | 'not-found' | 'forbidden' | 'conflict'>> {
	const pack = validate(setFileSchema.shape.pack, input.packId, 'the pack id');
	if (!pack.ok)
		return invalid(
			'the question',
			(pack.issues ?? []).map((i) => ({ ...i, path: 'packId' }))
		);
	const body = parseBody(input.body);
	if (!body.ok) return body;
	const denied = await checkPackAccess(db, ownerId, pack.value);
	if (denied) return denied;
	const setId = input.setId ?? null;
	if (setId) {
		const bad = await checkSet(db, ownerId, setId, pack.value);
		if (bad) return bad;
	}
	const at = now().toISOString();
	const row: QuestionsTable = {
		id: newId(),
		owner_id: ownerId,
		pack_id: pack.value,
		set_id: setId,
		question_id: body.value.id,
		body: JSON.stringify(body.value),
		created_at: at,
		updated_at: at
	};
	try {
		await db.insertInto('questions').values(row).execute();
	} catch (e) {
		if (isUniqueViolation(e)) return duplicate(row.question_id, row.pack_id);
		if (isForeignKeyViolation(e)) return fail('not-found', 'the account or the set no longer exists');
		throw e;
	}
	return ok(toQuestion(row));
}

export async function getQuestion(db: Db, id: string): Promise<AuthoredQuestion | null> {
	const row = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
	return row ? toQuestion(row) : null;
}

async function ownedQuestionRow(
	db: Db,
	actorId: string,
	id: string
): Promise<Result<QuestionsTable, 'not-found' | 'forbidden'>> {
	const row = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) return fail('not-found', 'the question does not exist (it may have been deleted)');
	if (row.owner_id !== actorId) return fail('forbidden', 'this question belongs to another instructor');
	return ok(row);
}

/** Replaces the question's body; `setId` moves it to another set of the same pack (null: to none). */
export async function updateQuestion(
	db: Db,
	actorId: string,
	id: string,
	input: { body: unknown; setId?: string | null },
	{ now = systemClock }: ClockOption = {}
): Promise<Result<AuthoredQuestion, 'invalid' | 'not-found' | 'forbidden' | 'conflict'>> {
	const current = await ownedQuestionRow(db, actorId, id);
	if (!current.ok) return current;
	const body = parseBody(input.body);
	if (!body.ok) return body;
	const setId = input.setId === undefined ? current.value.set_id : input.setId;
	if (setId && setId !== current.value.set_id) {
		const bad = await checkSet(db, actorId, setId, current.value.pack_id);
		if (bad) return bad;
	}
	const changes = {
		set_id: setId,
		question_id: body.value.id,
		body: JSON.stringify(body.value),
		updated_at: now().toISOString()
	};
	try {
		await db.updateTable('questions').set(changes).where('id', '=', id).execute();
	} catch (e) {
		if (isUniqueViolation(e)) return duplicate(changes.question_id, current.value.pack_id);
		if (isForeignKeyViolation(e)) return fail('not-found', 'the set no longer exists');
		throw e;
	}
	return ok(toQuestion({ ...current.value, ...changes }));
}

export async function deleteQuestion(
	db: Db,
	actorId: string,
	id: string
): Promise<Result<void, 'not-found' | 'forbidden'>> {
	const current = await ownedQuestionRow(db, actorId, id);
	if (!current.ok) return current;
	await db.deleteFrom('questions').where('id', '=', id).execute();
	return ok(undefined);
}

/** The questions written for a set, oldest first (the order they were added; ties by id). */
export async function listQuestionsBySet(db: Db, setId: string): Promise<AuthoredQuestion[]> {
	const rows = await db
		.selectFrom('questions')
		.selectAll()
		.where('set_id', '=', setId)
		.orderBy('created_at')
		.orderBy('question_id')
		.execute();
	return rows.map(toQuestion);
}

/** An instructor's questions for a pack, with or without a set, oldest first. */
export async function listQuestionsByPack(db: Db, ownerId: string, packId: string): Promise<AuthoredQuestion[]> {
	const rows = await db
		.selectFrom('questions')
		.selectAll()
		.where('owner_id', '=', ownerId)
		.where('pack_id', '=', packId)
		.orderBy('created_at')
		.orderBy('question_id')
		.execute();
	return rows.map(toQuestion);
}
