// Live updates between the code that changes a session and the pages watching it. On SQLite there
// is one app process, so an in-process bus does. On PostgreSQL several app instances may share the
// database behind a load balancer: a change made on one reaches the others by LISTEN/NOTIFY, and
// reaches its own instance the same way, so every instance sees every change in the same order.
import { sql } from 'kysely';
import type { Db } from '../db/tables';

export type BusKind = 'session' | 'answers' | 'students';

export interface BusMessage {
	session: string;
	/** session: its state changed; answers: a student answered; students: one joined or was removed. */
	kind: BusKind;
	student?: string;
	/** students: the student was removed (rather than joined), so any copy of their machine is out of date. */
	removed?: boolean;
}

export interface ClassroomBus {
	publish(message: BusMessage): void;
	subscribe(listener: (message: BusMessage) => void): () => void;
	close(): Promise<void>;
}

function listeners() {
	const set = new Set<(m: BusMessage) => void>();
	return {
		add(fn: (m: BusMessage) => void) {
			set.add(fn);
			return () => void set.delete(fn);
		},
		emit(m: BusMessage) {
			for (const fn of set) {
				try {
					fn(m);
				} catch (e) {
					console.error('classroom: a live-update listener failed', e);
				}
			}
		}
	};
}

export function memoryBus(): ClassroomBus {
	const l = listeners();
	return { publish: (m) => l.emit(m), subscribe: l.add, close: async () => {} };
}

export const CHANNEL = 'footnote_classroom';

// Answers arrive by the thousand a second; watchers need to know only that there are new ones, so
// one "answers" message per session per interval goes out.
const ANSWERS_INTERVAL_MS = 100;

const isMessage = (v: unknown): v is BusMessage =>
	typeof v === 'object' &&
	v !== null &&
	typeof (v as BusMessage).session === 'string' &&
	['session', 'answers', 'students'].includes((v as BusMessage).kind);

/** A bus over PostgreSQL's LISTEN/NOTIFY: one listening connection per app instance, reconnected if it drops. */
export function postgresBus(url: string, db: Db): ClassroomBus {
	const l = listeners();
	let closed = false;
	let client: import('pg').Client | null = null;
	const pendingAnswers = new Set<string>();
	let answersTimer: ReturnType<typeof setTimeout> | null = null;

	async function connect(): Promise<void> {
		const { default: pg } = await import('pg');
		const c = new pg.Client({ connectionString: url });
		c.on('notification', (n) => {
			if (n.channel !== CHANNEL || !n.payload) return;
			try {
				const m: unknown = JSON.parse(n.payload);
				if (isMessage(m)) l.emit(m);
			} catch {
				// Not ours: another program on the channel.
			}
		});
		const retry = () => {
			if (client === c) client = null;
			if (!closed) setTimeout(() => void connect().catch(retryLater), 1000);
		};
		c.on('error', () => {
			void c.end().catch(() => {});
		});
		c.on('end', retry);
		await c.connect();
		await c.query(`LISTEN ${CHANNEL}`);
		if (closed) {
			await c.end();
			return;
		}
		client = c;
	}
	const retryLater = (e: unknown) => {
		console.error(`classroom: cannot listen for live updates (${(e as Error).message}); retrying`);
		if (!closed) setTimeout(() => void connect().catch(retryLater), 1000);
	};
	const ready = connect().catch(retryLater);

	const notify = (m: BusMessage) =>
		sql`select pg_notify(${CHANNEL}, ${JSON.stringify(m)})`.execute(db).catch((e: unknown) => {
			console.error('classroom: a live update could not be sent', e);
		});

	function flushAnswers() {
		answersTimer = null;
		for (const session of pendingAnswers) void notify({ session, kind: 'answers' });
		pendingAnswers.clear();
	}

	return {
		publish(m) {
			if (m.kind !== 'answers') {
				void notify(m);
				return;
			}
			pendingAnswers.add(m.session);
			answersTimer ??= setTimeout(flushAnswers, ANSWERS_INTERVAL_MS);
		},
		subscribe: l.add,
		async close() {
			closed = true;
			if (answersTimer) clearTimeout(answersTimer);
			flushAnswers();
			await ready;
			const c = client;
			client = null;
			await c?.end().catch(() => {});
		}
	};
}
