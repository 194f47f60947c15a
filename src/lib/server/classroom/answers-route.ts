// A student's answers (`POST /api/classroom/student` with a JSON body) served straight from Node's
// request and response, ahead of SvelteKit. A class sends thousands a second, and SvelteKit's way in
// (a web Request with its stream and signal, a Response, and their headers) cost as much as the
// answer itself. Everything else about the request is the same as through the route in
// src/routes/api/classroom/student: the same service, the same refusals, the same headers. A body
// that is not JSON goes on to SvelteKit, which refuses it as it refuses every other.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../headers';
import {
	bodyTooLarge,
	JSON_TYPE,
	MAX_BODY_BYTES,
	parseBody,
	refusalBody,
	refusalHeaders,
	STUDENT_COOKIE
} from './http';
import type { Refusal } from './outcome';
import type { Classroom } from './service';

/** Symbol.for() of this key holds the route for the node server (scripts/answers-first.js). */
export const ANSWERS_ROUTE_KEY = 'footnote.answers';
export const ANSWERS_PATH = '/api/classroom/student';

/** The value of one cookie in a Cookie header, decoded, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
		let value = part.slice(eq + 1).trim();
		if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
		try {
			return decodeURIComponent(value);
		} catch {
			return value;
		}
	}
	return undefined;
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
		'cache-control': 'no-store',
		...SECURITY_HEADERS,
		...extra
	});
	res.end(text);
}

const refusal = (res: ServerResponse, r: Refusal) => send(res, r.status, refusalBody(r), refusalHeaders(r));

/**
 * A Node request listener's first step: serves the request and says true when it is a student's
 * answer, says false (having touched nothing) for every other request.
 */
export function answersRoute(classroom: () => Classroom) {
	return function serve(req: IncomingMessage, res: ServerResponse): boolean {
		if (req.method !== 'POST') return false;
		const url = req.url ?? '';
		const path = url.indexOf('?') < 0 ? url : url.slice(0, url.indexOf('?'));
		if (path !== ANSWERS_PATH || !JSON_TYPE.test(req.headers['content-type'] ?? '')) return false;

		const chunks: Buffer[] = [];
		let size = 0;
		let tooLarge = false;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) tooLarge = true;
			else chunks.push(chunk);
		});
		req.on('error', () => res.destroy());
		req.on('end', () => {
			if (tooLarge) return refusal(res, bodyTooLarge());
			const body = parseBody(Buffer.concat(chunks).toString('utf8'));
			if (!body.ok) return refusal(res, body);
			classroom()
				.send(cookieValue(req.headers.cookie, STUDENT_COOKIE), body.value)
				.then(
					(state) => (state.ok ? send(res, 200, state.value) : refusal(res, state)),
					(e: unknown) => {
						console.error('classroom: an answer failed', e);
						send(res, 500, { error: 'the answer could not be handled: an error on the server', errors: [] });
					}
				);
		});
		return true;
	};
}
