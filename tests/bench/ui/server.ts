// The app as users get it: the SvelteKit node build, served on a free port with its own throwaway
// database, so a benchmark neither collides with a running server nor writes to data/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serverNodeArgs } from '../../../scripts/server-args.js';

export { staleBuild } from '../../../scripts/build-state.js';

/** Runs `npm run build`; its output goes to stderr so stdout keeps only the benchmark's lines. */
export function build(): { ok: true } | { ok: false; reason: string } {
	const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
	if (r.error) return { ok: false, reason: `npm run build could not start: ${r.error.message}` };
	if (r.status === 0) return { ok: true };
	return {
		ok: false,
		reason: `npm run build exited with ${r.status} (its output is on stderr); --no-build measures build/ as it is`
	};
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => (port ? resolve(port) : reject(new Error('no free port was offered'))));
		});
	});
}

export interface RunningServer {
	origin: string;
	stop: () => Promise<void>;
}

/**
 * A private copy of the build to serve: a rebuild of build/ during a run (anyone's `npm run build`)
 * would otherwise delete the hashed scripts the pages being measured ask for. The copy finds the
 * project's packages through a node_modules link beside it. Returns the copy's entry point.
 */
export function snapshotBuild(root: string, into: string, buildDir = 'build'): string {
	cpSync(resolve(root, buildDir), join(into, 'build'), { recursive: true });
	writeFileSync(join(into, 'package.json'), '{ "type": "module" }\n');
	symlinkSync(resolve(root, 'node_modules'), join(into, 'node_modules'), 'dir');
	return join(into, 'build', 'index.js');
}

/** Starts `node build` and resolves once it answers; rejects with the server's own output if it dies or stalls. */
export async function startServer(root = '.', timeoutMs = 30_000): Promise<RunningServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'footnote-bench-'));
	let entry: string;
	try {
		entry = snapshotBuild(root, dataDir);
	} catch (error) {
		rmSync(dataDir, { recursive: true, force: true });
		throw new Error(`build/ could not be copied to serve: ${(error as Error).message}`, { cause: error });
	}
	// The working directory stays the project's, where the server reads questions/.
	const child: ChildProcess = spawn(process.execPath, [...serverNodeArgs(), entry], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_URL: `sqlite:${join(dataDir, 'bench.db')}`
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-4000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
			await exited;
			clearTimeout(killer);
		}
		rmSync(dataDir, { recursive: true, force: true });
	};

	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			await stop();
			throw new Error(`node build exited with ${child.exitCode} before answering:\n${output.trim()}`);
		}
		try {
			const res = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			return { origin, stop };
		} catch {
			await new Promise((r) => setTimeout(r, 150));
		}
	}
	await stop();
	throw new Error(`node build did not answer on ${origin} within ${timeoutMs / 1000} s:\n${output.trim()}`);
}
