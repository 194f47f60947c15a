// The instructor's pages talk to the server here: the dashboard's live stream, and the controls
// (as JSON, which SvelteKit's CSRF check lets through from the same origin only).
import type { Dashboard, SessionInfo } from './types';

/** Follows the session's dashboard; returns the way to stop. */
export function followDashboard(sessionId: string, onDashboard: (d: Dashboard) => void): () => void {
	const source = new EventSource(`/api/classroom/sessions/${encodeURIComponent(sessionId)}/stream`);
	source.addEventListener('dashboard', (e) => onDashboard(JSON.parse((e as MessageEvent<string>).data) as Dashboard));
	return () => source.close();
}

export type ControlBody =
	| { action: 'close-joining' | 'open-joining' | 'end' | 'release' | 'close-round' }
	| { action: 'open-round'; index?: number }
	| { action: 'remove-student'; studentId: string };

/** Sends a control; resolves to the session's new state, or to the message saying why not. */
export async function sendControl(
	sessionId: string,
	body: ControlBody
): Promise<{ ok: true; session: SessionInfo } | { ok: false; message: string }> {
	try {
		const res = await fetch(`/api/classroom/sessions/${encodeURIComponent(sessionId)}/control`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		const data = (await res.json().catch(() => ({}))) as SessionInfo & { error?: string };
		return res.ok ? { ok: true, session: data } : { ok: false, message: data.error ?? `refused (${res.status})` };
	} catch {
		return { ok: false, message: 'the server could not be reached; try again' };
	}
}
