// `npm start`: build if the build is missing or older than the sources, then serve it.
import { spawn, spawnSync } from 'node:child_process';
import { staleBuild } from './build-state.js';
import { serverNodeArgs } from './server-args.js';

const BUILT = 'build/index.js';

if (staleBuild()) {
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
