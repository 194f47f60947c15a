// A classroom on a test database: an instructor, a set row for sessions to point at, and sets
// resolved to packs the test chooses, so each test says only what it is about.
import type { FeedbackSetting } from '../../classroom';
import type { Pack } from '../../content/types';
import { DEFAULT_SETTINGS, type QuizSettings } from '../../quiz/settings';
import type { Db } from '../db/tables';
import { createSet } from '../repo/sets';
import { createUser } from '../repo/users';
import { memoryBus, type ClassroomBus } from './bus';
import { createClassroom, type ClassroomOptions, type ResolvedSet } from './service';

export interface TestSet {
	pack: Pack;
	settings?: Partial<QuizSettings>;
	feedback?: FeedbackSetting;
}

let users = 0;

export async function addInstructor(db: Db, prefix = 'teacher'): Promise<string> {
	const made = await createUser(db, {
		username: `${prefix}-${++users}-${process.pid}`,
		password: 'correct horse battery'
	});
	if (!made.ok) throw new Error(made.message);
	return made.value.id;
}

export async function addSetRow(db: Db, ownerId: string): Promise<string> {
	const made = await createSet(db, ownerId, { id: 'class-set', title: 'Class set', pack: 'sample', questions: [] });
	if (!made.ok) throw new Error(made.message);
	return made.value.id;
}

/** A classroom whose sets all resolve to `sets[setId]` for their owner. */
export function testClassroom(
	db: Db,
	sets: Map<string, { ownerId: string } & TestSet>,
	options: Partial<ClassroomOptions> & { bus?: ClassroomBus } = {}
) {
	return createClassroom({
		db,
		bus: options.bus ?? memoryBus(),
		async resolveSet(ownerId, setId) {
			const set = sets.get(setId);
			if (!set) return { ok: false, reason: 'not-found', message: 'the set does not exist' };
			if (set.ownerId !== ownerId)
				return { ok: false, reason: 'forbidden', message: 'this set belongs to another instructor' };
			const settings = { ...DEFAULT_SETTINGS, ids: set.pack.questions.map((q) => q.id), ...set.settings };
			const value: ResolvedSet = {
				setId,
				title: 'Class set',
				pack: set.pack,
				settings,
				feedback: set.feedback ?? (settings.mode === 'practice' ? 'immediate' : 'end')
			};
			return { ok: true, value };
		},
		...options
	});
}

/** One student who has joined a session of a set of `pack`, with the classroom that made them closed. */
export async function joinedStudent(db: Db, pack: Pack): Promise<{ studentId: string; sessionId: string }> {
	const owner = await addInstructor(db);
	const setId = await addSetRow(db, owner);
	const classroom = testClassroom(db, new Map([[setId, { ownerId: owner, pack }]]));
	const session = await classroom.startSession(owner, { setId });
	if (!session.ok) throw new Error(session.message);
	const joined = await classroom.join('127.0.0.1', { code: session.value.code, name: 'Ada' });
	if (!joined.ok) throw new Error(joined.message);
	await classroom.close();
	return { studentId: joined.value.studentId, sessionId: session.value.id };
}
