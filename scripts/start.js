// `npm start`: build if the build is missing or older than the sources, then serve it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverNodeArgs } from './server-args.js';

const BUILT = 'build/index.js';
const SOURCES = ['src', 'questions', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

function newest(path) {
	if (!existsSync(path)) return 0;
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

if (!existsSync(BUILT) || SOURCES.some((p) => newest(p) > statSync(BUILT).mtimeMs)) {
	console.log('Building Footnote (npm run build)…');
	const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '0.0.0.0';
const origin = process.env.ORIGIN ?? `http://localhost:${port}`;
const server = spawn(process.execPath, [...serverNodeArgs(), BUILT], {
	stdio: ['inherit', 'inherit', 'inherit'],
	// Question files of up to 2 MB are uploaded on the import page; the adapter's default is 512 kB.
	env: { ...process.env, PORT: port, HOST: host, ORIGIN: origin, BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '3M' }
});
console.log(`Footnote is running at ${origin}  (Ctrl+C to stop)`);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
