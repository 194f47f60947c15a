// adapter-node with students' answers served ahead of SvelteKit. Once the adapter has written the
// server (`index.js` in its output), that server's request listener offers each request first to
// the answers route the app registers at start (src/lib/server/classroom/answers-route.ts, from
// hooks.server.ts), and passes on to SvelteKit every request the route does not take. The build
// fails if the adapter's server no longer has the line this step extends.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Symbol.for() of this key holds the route; answers-route.ts exports the same key. */
export const ANSWERS_ROUTE_KEY = 'footnote.answers';

const LISTENER = 'const server = polka({ server: httpServer }).use(handler);';

/**
 * The adapter's server source with the answers route put first, or an Error saying why it cannot be.
 * @param {string} source
 * @returns {string | Error}
 */
export function putAnswersFirst(source) {
	const at = source.indexOf(LISTENER);
	if (at < 0 || source.indexOf(LISTENER, at + 1) >= 0) {
		return new Error(`adapter-node's index.js has changed: "${LISTENER}" is not in it exactly once`);
	}
	const route = [
		"// Students' answers first (scripts/answers-first.js); every other request goes on to SvelteKit.",
		'const answers_first = (req, res, next) => {',
		`\tconst serve = globalThis[Symbol.for(${JSON.stringify(ANSWERS_ROUTE_KEY)})];`,
		'\tif (!serve || !serve(req, res)) next();',
		'};',
		'const server = polka({ server: httpServer }).use(answers_first, handler);'
	].join('\n');
	return source.slice(0, at) + route + source.slice(at + LISTENER.length);
}

/**
 * The adapter, with its server's listener extended as above once it has written it.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} out the adapter's output folder
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withAnswersFirst(adapter, out) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const file = join(out, 'index.js');
			const extended = putAnswersFirst(readFileSync(file, 'utf8'));
			if (extended instanceof Error) throw extended;
			writeFileSync(file, extended);
		}
	};
}
