import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answersRoute, cookieValue } from './answers-route';
import type { Outcome } from './outcome';
import type { Classroom } from './service';

// The route over a stand-in service that records what it is sent: this file is about HTTP; the
// service's own tests cover what an answer does.
let sent: { token: string | undefined; body: unknown }[] = [];
let outcome: () => Promise<Outcome<unknown>> = async () => ({ ok: true, value: { phase: 'answering' } });
const classroom = {
	send: (token: string | undefined, body: unknown) => {
		sent.push({ token, body });
		return outcome();
	}
} as unknown as Classroom;

let server: http.Server;
let origin = '';
let passedOn: string[] = [];

beforeAll(async () => {
	const route = answersRoute(() => classroom);
	server = http.createServer((req, res) => {
		if (route(req, res)) return;
		passedOn.push(`${req.method} ${req.url}`);
		res.writeHead(418).end('SvelteKit');
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
	sent = [];
	passedOn = [];
	outcome = async () => ({ ok: true, value: { phase: 'answering' } });
});

const post = (body: string, headers: Record<string, string> = {}, path = '/api/classroom/student') =>
	fetch(`${origin}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('the answers route', () => {
	it('hands the JSON body and the rejoin cookie to the service and replies with its state', async () => {
		const res = await post('{"key":"k1","event":{"type":"quiz.next"}}', {
			cookie: 'theme=dark; footnote_student=abc%2Ddef; other=1'
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ phase: 'answering' });
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('referrer-policy')).toBe('same-origin');
		expect(sent).toEqual([{ token: 'abc-def', body: { key: 'k1', event: { type: 'quiz.next' } } }]);
		expect(passedOn).toEqual([]);
	});

	it('sends a refusal as { error, errors, state } with its status and retry-after', async () => {
		outcome = async () => ({
			ok: false,
			status: 429,
			message: 'too many answers at once; wait a moment',
			retryAfterSeconds: 2
		});
		const res = await post('{}');
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('2');
		expect(await res.json()).toEqual({ error: 'too many answers at once; wait a moment', errors: [] });
	});

	it('says where a body is not JSON, and refuses one over 100 kB, without calling the service', async () => {
		const bad = await post('{"key": ');
		expect(bad.status).toBe(400);
		expect((await bad.json()).error).toMatch(/^the body is not JSON: /);
		const big = await post(JSON.stringify({ key: 'k', pad: 'x'.repeat(100_001) }));
		expect(big.status).toBe(400);
		expect(await big.json()).toEqual({ error: 'the body is too large', errors: [] });
		expect(sent).toEqual([]);
	});

	it('answers 500 with a message when the service fails, and keeps serving', async () => {
		outcome = async () => {
			throw new Error('disk on fire');
		};
		const errors: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => void errors.push(args);
		try {
			const res = await post('{"key":"k","event":{"type":"quiz.next"}}');
			expect(res.status).toBe(500);
			expect((await res.json()).error).toMatch(/could not be handled/);
		} finally {
			console.error = original;
		}
		expect(errors).toHaveLength(1);
		outcome = async () => ({ ok: true, value: { phase: 'review' } });
		expect(await (await post('{"key":"k2","event":{"type":"quiz.next"}}')).json()).toEqual({ phase: 'review' });
	});

	it('passes every other request on untouched: other paths, other methods, bodies that are not JSON', async () => {
		expect((await post('{}', {}, '/api/classroom/join')).status).toBe(418);
		expect((await fetch(`${origin}/api/classroom/student`)).status).toBe(418);
		const form = await fetch(`${origin}/api/classroom/student`, {
			method: 'POST',
			body: 'key=k',
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(form.status).toBe(418);
		expect(passedOn).toEqual(['POST /api/classroom/join', 'GET /api/classroom/student', 'POST /api/classroom/student']);
		expect(sent).toEqual([]);
	});

	it('takes the path with a query string, and a JSON type with a charset', async () => {
		const res = await post(
			'{"key":"k"}',
			{ 'content-type': 'application/json; charset=utf-8' },
			'/api/classroom/student?x=1'
		);
		expect(res.status).toBe(200);
		expect(sent).toHaveLength(1);
	});
});

describe('cookieValue', () => {
	it('finds one cookie among several, decoded, quoted or not', () => {
		expect(cookieValue('a=1; footnote_student=x%20y', 'footnote_student')).toBe('x y');
		expect(cookieValue('footnote_student="q"', 'footnote_student')).toBe('q');
		expect(cookieValue('footnote_student_old=1; b=2', 'footnote_student')).toBeUndefined();
		expect(cookieValue(undefined, 'footnote_student')).toBeUndefined();
		expect(cookieValue('footnote_student=%E0%A4%A', 'footnote_student')).toBe('%E0%A4%A');
	});
});
