// One computation of a session's dashboard serves every dashboard open on it in this instance, at
// most a few times a second however fast answers arrive: the figures are read from the database,
// so a dashboard on one instance shows answers given on another.
import type { Dashboard } from '../../classroom';
import type { ClassroomBus } from './bus';

const INTERVAL_MS = 300;

export function createDashboardHub(bus: ClassroomBus, compute: (sessionId: string) => Promise<Dashboard | null>) {
	interface Watch {
		listeners: Set<(d: Dashboard) => void>;
		timer: ReturnType<typeof setTimeout> | null;
		running: boolean;
		again: boolean;
		last: Dashboard | null;
	}
	const watches = new Map<string, Watch>();

	async function refresh(id: string) {
		const w = watches.get(id);
		if (!w) return;
		w.timer = null;
		if (w.running) {
			w.again = true;
			return;
		}
		w.running = true;
		try {
			const d = await compute(id);
			if (d) {
				w.last = d;
				for (const fn of w.listeners) fn(d);
			}
		} catch (e) {
			console.error('classroom: the dashboard could not be computed', e);
		} finally {
			w.running = false;
			if (w.again) {
				w.again = false;
				schedule(id);
			}
		}
	}

	function schedule(id: string) {
		const w = watches.get(id);
		if (w && !w.timer) w.timer = setTimeout(() => void refresh(id), INTERVAL_MS);
	}

	bus.subscribe((m) => {
		if (watches.has(m.session)) schedule(m.session);
	});

	return {
		/** Calls `listener` with the dashboard now and after every change; returns the way to stop. */
		watch(id: string, listener: (d: Dashboard) => void): () => void {
			let w = watches.get(id);
			if (!w) {
				w = { listeners: new Set(), timer: null, running: false, again: false, last: null };
				watches.set(id, w);
			}
			w.listeners.add(listener);
			if (w.last) listener(w.last);
			void refresh(id);
			return () => {
				const current = watches.get(id);
				if (!current) return;
				current.listeners.delete(listener);
				if (current.listeners.size === 0) {
					if (current.timer) clearTimeout(current.timer);
					watches.delete(id);
				}
			};
		}
	};
}
