// The machines of the students this instance is serving, kept running between requests: an answer
// costs one event on a live machine, not a restore from the saved attempt. A machine is restored
// from the database only when it is not here (first request, after a restart, after another
// instance wrote the attempt). Each student's events are handled one after another.
import { createActor } from 'xstate';
import type { Phase } from '../../quiz/attempt';
import { phaseOf } from '../../quiz/saved';
import type { Db } from '../db/tables';
import { serverMachine, type LiveSession } from './sessions-cache';
import { readStudent, recentKeys } from './store';

export type StudentActor = ReturnType<typeof createActor<typeof serverMachine>>;

export interface LiveStudent {
	id: string;
	sessionId: string;
	name: string;
	removed: boolean;
	/** The version of the stored attempt this machine stands for. */
	version: number;
	actor: StudentActor;
	/** When time was last counted into the machine. */
	tickedAt: number;
	/** Keys of the latest events stored, so a retried request is answered without being applied twice. */
	keys: string[];
}

// Enough to cover any retry: a student's events go out one at a time, so a retried one is among the last few.
export const KEYS_KEPT = 64;
const MAX_STUDENTS = 20_000;
// A tick longer than the machine's own cap (a minute) is cut into steps it will count whole.
const TICK_STEP_MS = 60_000;
const MAX_CATCH_UP_MS = 24 * 60 * 60 * 1000;

export const phaseNow = (s: LiveStudent): Phase => phaseOf(s.actor.getSnapshot().value);

// Without a time limit the time taken is only reported, so it is counted in whole seconds at most
// once a second rather than with every answer.
const UNTIMED_STEP_MS = 1000;

/** Counts the time since the last request into the machine: time limits run on the server's clock. */
export function catchUp(s: LiveStudent, at: number, timed: boolean) {
	const since = at - s.tickedAt;
	if (!timed && since < UNTIMED_STEP_MS) return;
	let ms = Math.min(MAX_CATCH_UP_MS, Math.max(0, since));
	s.tickedAt = at;
	while (ms > 0 && phaseNow(s) !== 'review') {
		const step = Math.min(ms, TICK_STEP_MS);
		s.actor.send({ type: 'time.tick', ms: step });
		ms -= step;
	}
}

export function rememberKey(s: LiveStudent, key: string) {
	s.keys.push(key);
	if (s.keys.length > KEYS_KEPT) s.keys.shift();
}

export function createStudentsCache(db: Db) {
	const cache = new Map<string, LiveStudent>();
	const chains = new Map<string, Promise<unknown>>();

	function drop(id: string) {
		const s = cache.get(id);
		if (s) {
			s.actor.stop();
			cache.delete(id);
		}
	}

	async function load(id: string, session: LiveSession): Promise<LiveStudent | null> {
		const row = await readStudent(db, id);
		if (!row || row.sessionId !== session.fixed.id) return null;
		const keys = (await recentKeys(db, id, KEYS_KEPT)).reverse();
		const actor = createActor(serverMachine, {
			input: {
				pack: session.fixed.pack,
				settings: session.fixed.settings,
				seed: row.seed,
				saved: row.attempt ?? undefined
			}
		});
		actor.start();
		const live: LiveStudent = {
			id,
			sessionId: row.sessionId,
			name: row.name,
			removed: row.removed,
			version: row.version,
			actor,
			tickedAt: Date.parse(row.updatedAt),
			keys
		};
		if (cache.size >= MAX_STUDENTS) drop(cache.keys().next().value as string);
		cache.set(id, live);
		return live;
	}

	return {
		async get(id: string, session: LiveSession): Promise<LiveStudent | null> {
			const live = cache.get(id);
			if (live) {
				// Most recently used last, so the first is the one to let go.
				cache.delete(id);
				cache.set(id, live);
				return live;
			}
			return load(id, session);
		},
		/** A machine made here (a student who just joined), kept as the stored attempt's version 0. */
		adopt(live: LiveStudent) {
			drop(live.id);
			if (cache.size >= MAX_STUDENTS) drop(cache.keys().next().value as string);
			cache.set(live.id, live);
		},
		drop,
		/** Runs `work` after the student's earlier work, never beside it. */
		serial<T>(id: string, work: () => Promise<T>): Promise<T> {
			const before = chains.get(id) ?? Promise.resolve();
			const next = before.then(work, work);
			const tail = next.catch(() => {});
			chains.set(id, tail);
			void tail.then(() => {
				if (chains.get(id) === tail) chains.delete(id);
			});
			return next;
		},
		get size() {
			return cache.size;
		}
	};
}

export type StudentsCache = ReturnType<typeof createStudentsCache>;
