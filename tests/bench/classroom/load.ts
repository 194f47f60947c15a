// Simulated students: each joins, then sends an answer to one of the set's questions every interval,
// again and again until the time is up, and times each request from send to reply. The requests go
// through node:http with keep-alive sockets, as a browser's would, one socket per student.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Question } from '../../../src/lib/content/types';
import { rightResponse, wrongResponse } from '../../../src/lib/quiz/testing/sample';

export interface Student {
	index: number;
	id: string;
	token: string;
}

export interface Acked {
	studentId: string;
	key: string;
}

export interface LoadResult {
	acked: Acked[];
	latencies: number[];
	errors: number;
	/** A few of the errors, to say what went wrong. */
	errorSamples: string[];
	/** Requests sent again after the connection failed (the run that kills the server). */
	retries: number;
	/** Requests sent again at once on a new connection because their kept-alive one had been closed. */
	resent: number;
	durationMs: number;
}

export interface Reply {
	status: number;
	body: string;
}

export interface Client {
	get(path: string, cookie?: string): Promise<Reply>;
	post(path: string, body: unknown, cookie?: string): Promise<Reply>;
	/** Requests sent again at once on a new connection because their kept-alive one had been closed. */
	resent(): number;
	close(): void;
}

export function createClient(origin: string, sockets: number): Client {
	const url = new URL(origin);
	const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
	let resent = 0;
	function send(method: 'GET' | 'POST', path: string, body: unknown, cookie?: string, again = true): Promise<Reply> {
		const data = body === undefined ? null : JSON.stringify(body);
		return new Promise<Reply>((resolve, reject) => {
			const req = http.request(
				{
					host: url.hostname,
					port: url.port,
					path,
					method,
					agent,
					headers: {
						...(data === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }),
						origin,
						...(cookie ? { cookie } : {})
					}
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
					res.on('error', reject);
				}
			);
			req.setTimeout(30_000, () => req.destroy(new Error('no reply within 30 s')));
			req.on('error', (e: NodeJS.ErrnoException) => {
				// A kept-alive connection the server closed as idle just as the request went out: sent
				// again once on a new connection, as browsers do (Node's http documentation, "reusedSocket").
				if (again && req.reusedSocket && e.code === 'ECONNRESET') {
					resent++;
					send(method, path, body, cookie, false).then(resolve, reject);
				} else reject(e);
			});
			req.end(data ?? undefined);
		});
	}
	return {
		get: (path, cookie) => send('GET', path, undefined, cookie),
		post: (path, body, cookie) => send('POST', path, body, cookie),
		resent: () => resent,
		close: () => agent.destroy()
	};
}

/**
 * Each student opens the quiz (its state), as a browser does before the first answer; all at once,
 * so every student's connection is open before the clock starts, as a class's are.
 */
export async function openQuizzes(client: Client, students: readonly Student[]): Promise<void> {
	await Promise.all(
		students.map(async (s) => {
			const res = await client.get('/api/classroom/student', `footnote_student=${s.token}`);
			if (res.status !== 200) throw new Error(`opening the quiz failed with ${res.status}: ${res.body.slice(0, 300)}`);
		})
	);
}

export async function joinStudents(client: Client, code: string, count: number, run: string): Promise<Student[]> {
	const students: Student[] = [];
	const batch = 50;
	for (let start = 0; start < count; start += batch) {
		const joined = await Promise.all(
			Array.from({ length: Math.min(batch, count - start) }, async (_, k) => {
				const index = start + k;
				const res = await client.post('/api/classroom/join', { code, name: `${run} student ${index + 1}` });
				if (res.status !== 201) throw new Error(`joining failed with ${res.status}: ${res.body.slice(0, 300)}`);
				const { studentId, token } = JSON.parse(res.body) as { studentId: string; token: string };
				return { index, id: studentId, token };
			})
		);
		students.push(...joined);
	}
	return students;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface LoadOptions {
	client: Client;
	students: Student[];
	questions: Question[];
	intervalMs: number;
	durationMs: number;
	/** Send again, with the same key, a request whose connection failed (the server was killed). */
	retryOnConnectionError: boolean;
	run: string;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
	const result: LoadResult = {
		acked: [],
		latencies: [],
		errors: 0,
		errorSamples: [],
		retries: 0,
		resent: 0,
		durationMs: 0
	};
	const resentBefore = o.client.resent();
	const started = performance.now();
	const end = started + o.durationMs;
	const noteError = (what: string) => {
		result.errors++;
		if (result.errorSamples.length < 5) result.errorSamples.push(what);
	};

	async function student(s: Student) {
		const cookie = `footnote_student=${s.token}`;
		let next = started + Math.random() * o.intervalMs;
		for (let n = 0; ; n++) {
			const wait = next - performance.now();
			if (wait > 0) await sleep(wait);
			if (performance.now() >= end) return;
			next = Math.max(next + o.intervalMs, performance.now());
			const q = o.questions[(s.index + n) % o.questions.length];
			const key = `${o.run}-${s.index}-${n}-${Math.random().toString(36).slice(2, 10)}`;
			const event = {
				type: 'answer.change',
				questionId: q.id,
				response: Math.random() < 0.6 ? rightResponse(q) : wrongResponse(q)
			};
			for (;;) {
				const sent = performance.now();
				try {
					const res = await o.client.post('/api/classroom/student', { key, event }, cookie);
					if (res.status === 200) {
						result.latencies.push(performance.now() - sent);
						result.acked.push({ studentId: s.id, key });
					} else if (o.retryOnConnectionError && res.status >= 500) {
						result.retries++;
						await sleep(100);
						continue;
					} else noteError(`HTTP ${res.status}: ${res.body.slice(0, 200)}`);
				} catch (e) {
					if (o.retryOnConnectionError) {
						result.retries++;
						await sleep(100);
						continue;
					}
					noteError((e as Error).message);
				}
				break;
			}
		}
	}

	await Promise.all(o.students.map(student));
	result.durationMs = performance.now() - started;
	result.resent = o.client.resent() - resentBefore;
	return result;
}
