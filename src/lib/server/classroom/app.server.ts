// The app's one classroom service, on the app's database: sessions started from the instructor's
// sets, live updates in process on SQLite and through LISTEN/NOTIFY on PostgreSQL.
import { sql } from 'kysely';
import { packForOwner } from '$lib/instructor/server/library.server';
import { engineMode, packForSet } from '$lib/instructor/set-quiz';
import type { SetFile } from '$lib/content/schema';
import { closeDb, databaseUrl, getDb, ownedSetRow, parseDatabaseUrl } from '$lib/server';
import type { FeedbackSetting } from '$lib/classroom';
import { memoryBus, postgresBus } from './bus';
import { createClassroom, type Classroom, type SetResolver } from './service';

const resolveSet: SetResolver = async (ownerId, setId) => {
	const db = getDb();
	const row = await ownedSetRow(db, ownerId, setId);
	if (!row.ok) return row;
	const body = JSON.parse(row.value.body) as SetFile;
	const owned = await packForOwner(db, ownerId, row.value.pack_id);
	if (!owned.ok) return owned;
	const { pack, settings } = packForSet(owned.value.pack, body);
	// An exam shows nothing before it is submitted, so its feedback comes at the end at the earliest.
	const feedback: FeedbackSetting =
		engineMode(body.settings) === 'practice' ? 'immediate' : body.settings.feedback === 'never' ? 'never' : 'end';
	return { ok: true, value: { setId, title: row.value.title, pack, settings, feedback } };
};

let instance: Classroom | null = null;

export function classroom(): Classroom {
	if (instance) return instance;
	const db = getDb();
	const target = parseDatabaseUrl(databaseUrl());
	if (target.kind === 'sqlite') {
		// In WAL mode NORMAL still survives the process being killed (only a power cut can lose the
		// last commits), and spares an fsync on every commit of the answers' group commit.
		void sql`pragma synchronous = NORMAL`.execute(db);
	}
	const bus = target.kind === 'postgres' ? postgresBus(target.url, db) : memoryBus();
	const service = createClassroom({ db, bus, resolveSet, concurrency: target.kind === 'postgres' ? 4 : 1 });
	instance = service;
	// The node server closes its port on SIGTERM and then waits for the process to have nothing left
	// to do; the listening connection and the pool would keep it alive for ever.
	process.once('sveltekit:shutdown', () => {
		void (async () => {
			await service.close();
			await bus.close();
			await closeDb();
		})().catch((e: unknown) => console.error('classroom: could not close cleanly', e));
	});
	return service;
}
