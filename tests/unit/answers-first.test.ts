import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSWERS_ROUTE_KEY as ROUTE_KEY_IN_APP } from '../../src/lib/server/classroom/answers-route';
import { ANSWERS_ROUTE_KEY, putAnswersFirst } from '../../scripts/answers-first.js';

const template = readFileSync('node_modules/@sveltejs/adapter-node/files/index.js', 'utf8');

describe('the node server with students’ answers first', () => {
	it('extends the installed adapter-node server so each request goes to the answers route, then SvelteKit', () => {
		const out = putAnswersFirst(template);
		if (out instanceof Error) throw out;
		expect(out).toContain('.use(answers_first, handler);');
		expect(out).not.toContain('.use(handler);');
		expect(out).toContain(`globalThis[Symbol.for("${ROUTE_KEY_IN_APP}")]`);
		expect(ANSWERS_ROUTE_KEY).toBe(ROUTE_KEY_IN_APP);
	});

	it('the listener it adds offers the request to the route and passes on what the route does not take', () => {
		const out = putAnswersFirst(template) as string;
		const body = /const answers_first = ([\s\S]*?\n\});/.exec(out)?.[1];
		expect(body).toBeDefined();
		const listener = new Function(`return ${body};`)() as (req: unknown, res: unknown, next: () => void) => void;
		const key = Symbol.for(ANSWERS_ROUTE_KEY);
		const g = globalThis as Record<symbol, unknown>;
		const calls: string[] = [];
		try {
			delete g[key];
			listener('req', 'res', () => calls.push('next without a route'));
			g[key] = (req: unknown) => req === 'answer';
			listener('answer', 'res', () => calls.push('next after the route took it'));
			listener('page', 'res', () => calls.push('next for a page'));
		} finally {
			delete g[key];
		}
		expect(calls).toEqual(['next without a route', 'next for a page']);
	});

	it('says what changed when the adapter’s server is not the one it knows', () => {
		const out = putAnswersFirst(template.replace('.use(handler);', '.use(compression, handler);'));
		expect(out).toBeInstanceOf(Error);
		expect((out as Error).message).toMatch(/adapter-node's index.js has changed/);
	});
});
