// Whether the server build is older than what it is built from: `npm start` builds again when it
// is, and the benchmarks say so before they measure.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm run build` reads: a change to any of them makes the build stale. */
export const SOURCES = ['src', 'questions', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

/** @param {string} path @returns {number} */
function newest(path) {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

/**
 * Why the build in `buildDir` must be made again, or null when it is newer than every source.
 * @param {string} [root]
 * @param {string} [buildDir]
 * @returns {string | null}
 */
export function staleBuild(root = '.', buildDir = 'build') {
	const built = join(root, buildDir, 'index.js');
	if (!existsSync(built)) return `${buildDir}/index.js is missing`;
	const builtAt = statSync(built).mtimeMs;
	const changed = SOURCES.find((p) => newest(join(root, p)) > builtAt);
	return changed ? `${changed} changed after the last build` : null;
}
