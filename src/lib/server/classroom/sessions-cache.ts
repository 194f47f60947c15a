// The sessions this app instance is serving, kept in memory: the pack and settings are read and
// parsed once per session, not once per answer. Their state (open, closed, ended, the round) is
// read again when a live update says it changed, and at least every few seconds in case an update
// from another instance was missed.
import type { Question } from '../../content/types';
import { freshContext } from '../../quiz/attempt';
import { quizMachine } from '../../quiz/machine';
import type { SessionInfo } from '../../classroom';
import { fromCallback } from 'xstate';
import type { Db } from '../db/tables';
import { readSession, readSessionState, sessionInfo, type SessionFixed, type SessionState } from './store';

const STATE_TTL_MS = 3000;
const MAX_SESSIONS = 500;

// Time on the server comes from its clock with each request (see students-cache.ts): no timers per student.
export const serverMachine = quizMachine.provide({ actors: { ticker: fromCallback(() => () => {}) } });

export interface LiveSession {
	fixed: SessionFixed;
	state: SessionState;
	checkedAt: number;
	/** In the order the session asks them: the class's order when instructor-paced, the set's otherwise. */
	questions: Question[];
	byId: Map<string, Question>;
}

export function sessionQuestions(fixed: SessionFixed): Question[] {
	if (fixed.pace === 'instructor') return freshContext(fixed.pack, fixed.settings, fixed.seed).questions;
	const order = new Map(fixed.settings.ids.map((id, i) => [id, i]));
	const rank = (q: Question) => order.get(q.id) ?? order.size;
	return [...fixed.pack.questions].sort((a, b) => rank(a) - rank(b));
}

const infos = new WeakMap<LiveSession, { state: SessionState; info: SessionInfo }>();

/** The session as pages see it; made again only when its state changed. */
export function infoOf(s: LiveSession): SessionInfo {
	const known = infos.get(s);
	if (known && known.state === s.state) return known.info;
	const info = sessionInfo({ ...s.fixed, ...s.state }, s.questions.length);
	infos.set(s, { state: s.state, info });
	return info;
}

export function createSessionsCache(db: Db, now: () => number = Date.now) {
	const cache = new Map<string, LiveSession>();
	const loading = new Map<string, Promise<LiveSession | null>>();

	async function load(id: string): Promise<LiveSession | null> {
		const record = await readSession(db, id);
		if (!record) return null;
		const { status, released, roundIndex, roundOpen, version, endedAt, ...fixed } = record;
		const questions = sessionQuestions(fixed);
		const live: LiveSession = {
			fixed,
			state: { status, released, roundIndex, roundOpen, version, endedAt },
			checkedAt: now(),
			questions,
			byId: new Map(questions.map((q) => [q.id, q]))
		};
		if (cache.size >= MAX_SESSIONS) cache.delete(cache.keys().next().value as string);
		cache.set(id, live);
		return live;
	}

	return {
		async get(id: string): Promise<LiveSession | null> {
			const live = cache.get(id);
			if (live) {
				if (now() - live.checkedAt > STATE_TTL_MS) {
					const state = await readSessionState(db, id);
					if (!state) {
						cache.delete(id);
						return null;
					}
					live.state = state;
					live.checkedAt = now();
				}
				return live;
			}
			let pending = loading.get(id);
			if (!pending) {
				pending = load(id).finally(() => loading.delete(id));
				loading.set(id, pending);
			}
			return pending;
		},
		/** The state changed (here or on another instance): read it again when next asked. */
		stale(id: string) {
			const live = cache.get(id);
			if (live) live.checkedAt = 0;
		},
		setState(id: string, state: SessionState) {
			const live = cache.get(id);
			if (live && state.version >= live.state.version) {
				live.state = state;
				live.checkedAt = now();
			}
		}
	};
}

export type SessionsCache = ReturnType<typeof createSessionsCache>;
