// The app's node server for the load benchmark, run from a private copy of build/ (another build
// during the run must not pull files from under it), on a port and database of the benchmark's own.
// It can be killed outright and started again on the same port and database.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { serverNodeArgs } from '../../../scripts/server-args.js';

export interface ServerProcess {
	origin: string;
	pid: number;
	/** Peak resident memory so far, MB (VmHWM), or null where /proc is not there. */
	peakRssMb(): number | null;
	kill(signal: NodeJS.Signals): Promise<void>;
	output(): string;
}

export function peakRssMb(pid: number): number | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
		return kb ? Math.round(Number(kb) / 1024) : null;
	} catch {
		return null;
	}
}

export async function startServer(
	entry: string,
	port: number,
	databaseUrl: string,
	root: string,
	timeoutMs = 30_000
): Promise<ServerProcess> {
	const origin = `http://127.0.0.1:${port}`;
	// The server's node runs as under `npm start`; FOOTNOTE_BENCH_NODE_ARGS adds flags to it, e.g. "--cpu-prof" to see where its time goes.
	const nodeArgs = process.env.FOOTNOTE_BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
	const child: ChildProcess = spawn(process.execPath, [...serverNodeArgs(), ...nodeArgs, entry], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATABASE_URL: databaseUrl },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	let listening = false;
	const keep = (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-4000);
		listening ||= log.includes('Listening on');
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise<void>((r) => child.once('exit', () => r()));
	const server: ServerProcess = {
		origin,
		pid: child.pid ?? 0,
		peakRssMb: () => peakRssMb(child.pid ?? 0),
		async kill(signal) {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill(signal);
				// A server that does not stop when asked is stopped outright.
				const timer = signal === 'SIGKILL' ? null : setTimeout(() => child.kill('SIGKILL'), 10_000);
				await exited;
				if (timer) clearTimeout(timer);
			}
		},
		output: () => log
	};
	// Ready when it says it listens: an HTTP probe would queue behind the students' retries once the
	// server is back, and measure their backlog rather than the restart.
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`node build exited with ${child.exitCode}:\n${log.trim()}`);
		if (listening) return server;
		await new Promise((r) => setTimeout(r, 20));
	}
	await server.kill('SIGKILL');
	throw new Error(`node build did not start listening on ${origin} within ${timeoutMs / 1000} s:\n${log.trim()}`);
}
