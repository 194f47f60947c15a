// The student's side of a quiz whose machine runs on the server. Events go out one at a time, in
// order, each with its own idempotency key, and a request that fails on the way is sent again with
// the same key, so it counts once however often it is retried. Until the server answers, the page
// shows the answer as given (typing is never undone by a late reply); the server's view wins after.
import { isAnswered } from '../quiz/responses';
import type { QuizView } from '../quiz/view';
import type { StudentEvent } from './rules';
import type { StudentState } from './types';

export type PostResult =
	| { ok: true; state: StudentState }
	/** Refused for good (4xx): the event is dropped and the message shown. */
	| { ok: false; retry: false; message: string; state?: StudentState }
	/** Not answered (network, 5xx, 429): sent again after `afterMs`. */
	| { ok: false; retry: true; afterMs?: number };

export interface RemoteOptions {
	post: (body: { key: string; event: StudentEvent }) => Promise<PostResult>;
	onState: (state: StudentState) => void;
	onProblem: (message: string | null) => void;
	newKey?: () => string;
	sleep?: (ms: number) => Promise<void>;
}

export function randomKey(): string {
	// crypto.randomUUID exists only on https pages; a classroom may be served over plain http on a LAN.
	const bytes = new Uint8Array(16);
	globalThis.crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The answer shows at once; the server's reply confirms it. */
export function applyLocally(view: QuizView, event: StudentEvent): QuizView {
	const q = view.question;
	if (!q || q.locked) return view;
	if (event.type === 'answer.change' && (event.questionId === undefined || event.questionId === q.question.id)) {
		const answered = isAnswered(event.response);
		return { ...view, question: { ...q, response: answered ? event.response : null, answered, lastCheck: null } };
	}
	if (event.type === 'answer.clear') return { ...view, question: { ...q, response: null, answered: false } };
	if (event.type === 'answer.certainty') return { ...view, question: { ...q, certainty: event.level } };
	if (event.type === 'question.flag') return { ...view, question: { ...q, flagged: !q.flagged } };
	return view;
}

interface Pending {
	key: string;
	event: StudentEvent;
	sent: boolean;
}

const MAX_BACKOFF_MS = 4000;

export function createRemote(initial: StudentState, options: RemoteOptions) {
	const newKey = options.newKey ?? randomKey;
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
	let server = initial;
	const queue: Pending[] = [];
	let running = false;

	function shown(): StudentState {
		if (!server.view || queue.length === 0) return server;
		return { ...server, view: queue.reduce((v, p) => applyLocally(v, p.event), server.view) };
	}

	async function drain() {
		if (running) return;
		running = true;
		let backoff = 250;
		while (queue.length) {
			const next = queue[0];
			next.sent = true;
			const result = await options.post({ key: next.key, event: next.event });
			if (!result.ok && result.retry) {
				options.onProblem('Not connected: your answers are kept and will be sent when the connection is back.');
				await sleep(result.afterMs ?? backoff);
				backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
				continue;
			}
			backoff = 250;
			queue.shift();
			if (result.ok) {
				server = result.state;
				options.onProblem(null);
			} else {
				if (result.state) server = result.state;
				options.onProblem(result.message);
			}
			options.onState(shown());
		}
		running = false;
	}

	return {
		send(event: StudentEvent) {
			// A newer answer to the same question replaces one not yet sent: typing sends one request, not one a key.
			const last = queue.at(-1);
			if (
				last &&
				!last.sent &&
				event.type === 'answer.change' &&
				last.event.type === 'answer.change' &&
				last.event.questionId === event.questionId
			) {
				last.event = event;
			} else {
				queue.push({ key: newKey(), event, sent: false });
			}
			options.onState(shown());
			void drain();
		},
		/** A state fetched or pushed from the server; kept behind any answers still on their way. */
		replace(state: StudentState) {
			server = state;
			options.onState(shown());
		},
		get pending() {
			return queue.length;
		}
	};
}
