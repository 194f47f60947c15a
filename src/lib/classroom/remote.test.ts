import { describe, expect, it } from 'vitest';
import { createRemote, type PostResult } from './remote';
import type { StudentEvent } from './rules';
import type { StudentState } from './types';

const state = (name: string): StudentState => ({
	session: { code: 'ABC234', title: 'T', pace: 'self', status: 'open', released: false, feedback: 'end', round: null },
	student: { id: 's', name },
	stage: 'answering',
	view: null,
	score: null
});

const change = (text: string, questionId = 'q1'): StudentEvent => ({
	type: 'answer.change',
	questionId,
	response: { type: 'short-text', text }
});

function harness(replies: PostResult[]) {
	const sent: { key: string; event: StudentEvent }[] = [];
	const problems: (string | null)[] = [];
	const shown: StudentState[] = [];
	let n = 0;
	let release: () => void = () => {};
	const gate = () => new Promise<void>((r) => (release = r));
	let waiting = gate();
	const remote = createRemote(state('start'), {
		post: async (body) => {
			sent.push(structuredClone(body));
			await waiting;
			return replies.shift() ?? { ok: true, state: state(`reply ${sent.length}`) };
		},
		onState: (s) => shown.push(s),
		onProblem: (m) => problems.push(m),
		newKey: () => `key-${++n}`,
		sleep: async () => {}
	});
	return {
		remote,
		sent,
		problems,
		shown,
		open: () => {
			release();
			waiting = Promise.resolve();
		}
	};
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the student page’s link to its machine on the server', () => {
	it('sends events one at a time and in order, each with its own key', async () => {
		const h = harness([]);
		h.remote.send({ type: 'question.next' });
		h.remote.send({ type: 'question.flag' });
		h.open();
		await settle();
		expect(h.sent.map((s) => [s.key, s.event.type])).toEqual([
			['key-1', 'question.next'],
			['key-2', 'question.flag']
		]);
		expect(h.shown.at(-1)?.student.name).toBe('reply 2');
	});

	it('sends typing as one request: a newer answer to the same question replaces one not yet sent', async () => {
		const h = harness([]);
		h.remote.send(change('K'));
		h.remote.send(change('Ka'));
		h.remote.send(change('Kab'));
		h.remote.send(change('x', 'q2'));
		h.open();
		await settle();
		expect(h.sent.map((s) => s.event)).toEqual([change('K'), change('Kab'), change('x', 'q2')]);
	});

	it('sends a request that got no answer again with the same key, and says it is not connected meanwhile', async () => {
		const h = harness([
			{ ok: false, retry: true },
			{ ok: false, retry: true }
		]);
		h.remote.send({ type: 'quiz.submit' });
		h.open();
		await settle();
		expect(h.sent.map((s) => s.key)).toEqual(['key-1', 'key-1', 'key-1']);
		expect(h.problems[0]).toMatch(/^Not connected/);
		expect(h.problems.at(-1)).toBeNull();
	});

	it('drops an event the server refuses, shows why, and takes the state it sent', async () => {
		const h = harness([{ ok: false, retry: false, message: 'this question is closed', state: state('refused') }]);
		h.remote.send({ type: 'answer.check' });
		h.open();
		await settle();
		expect(h.problems).toEqual(['this question is closed']);
		expect(h.shown.at(-1)?.student.name).toBe('refused');
		expect(h.remote.pending).toBe(0);
	});
});
