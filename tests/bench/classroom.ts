// `npm run bench:classroom [-- --students N --interval-ms M]`: a classroom under load, on the
// production build. N students on loopback join a 20-question set, open it, and answer it again and
// again for a fixed time, each sending an answer every M ms (300 every 150 ms offers 2,000 a second),
// after a few seconds of the same load that are not counted, while the server's code warms up.
// Reported: answers a second handled, latency from send to reply, errors, the server's peak memory,
// and acknowledged answers missing from the database. A second run kills the server with SIGKILL
// half way and starts it again while students retry with the same keys: every answer acknowledged
// before or after the kill must be stored. The last line is one JSON object with the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRepository } from '../../src/lib/content/disk';
import type { Question } from '../../src/lib/content/types';
import { createSession } from '../../src/lib/server/auth/sessions';
import { createDb, parseDatabaseUrl } from '../../src/lib/server/db';
import { createUser } from '../../src/lib/server/repo/users';
import { percentile, round } from './classroom/latency';
import { countLost } from './classroom/lost';
import { createClient, joinStudents, openQuizzes, runLoad, type LoadResult } from './classroom/load';
import { parseOptions, USAGE } from './classroom/options';
import { startServer, type ServerProcess } from './classroom/server';
import { build, freePort, snapshotBuild, staleBuild } from './ui/server';

const PACK = 'russia-taliban-delisting';
const QUESTIONS = 20;
const say = (line = '') => console.log(line);

function fail(message: string): never {
	console.error(`bench:classroom: ${message}`);
	process.exit(1);
}

const parsed = parseOptions(process.argv.slice(2));
if ('error' in parsed) fail(`${parsed.error}\n\n${USAGE}`);
const options = parsed.options;
if (options.help) {
	say(USAGE);
	process.exit(0);
}

const root = process.cwd();
// FOOTNOTE_BUILD_DIR names a build made elsewhere (as svelte.config.js reads it); build/ otherwise.
const buildDir = process.env.FOOTNOTE_BUILD_DIR ?? 'build';
const stale = staleBuild(root, buildDir);
if (options.build === 'always' || (options.build === 'auto' && stale)) {
	say(`Building (${stale ?? 'asked to'})…`);
	const built = build();
	if (!built.ok) fail(built.reason);
} else if (stale && options.build === 'never') say(`Using ${buildDir}/ as it is, though ${stale}.`);

const dir = mkdtempSync(join(tmpdir(), 'footnote-bench-classroom-'));
const given = process.env.DATABASE_URL?.trim();
const databaseUrl = given && /^postgres(ql)?:\/\//i.test(given) ? given : `sqlite:${join(dir, 'bench.db')}`;
const database = parseDatabaseUrl(databaseUrl).kind;
const entry = snapshotBuild(root, dir, buildDir);
const port = await freePort();

let server: ServerProcess | null = null;
const db = createDb(databaseUrl);
try {
	server = await startServer(entry, port, databaseUrl, root);
	const origin = server.origin;
	say(
		`Server on ${origin}, ${database === 'sqlite' ? 'SQLite' : 'PostgreSQL'} database; ${options.students} students, an answer every ${options.intervalMs} ms each, ${options.durationS} s a run.`
	);

	// An instructor, signed in, with a 20-question set.
	const username = `bench-${Date.now().toString(36)}`;
	const user = await createUser(db, { username, password: `pw-${Math.random().toString(36).slice(2)}-bench` });
	if (!user.ok) fail(user.message);
	const { token: sessionToken } = await createSession(db, user.value.id);
	const instructorCookie = `footnote_session=${sessionToken}`;
	const pack = loadRepository('questions').packs.find((p) => p.id === PACK);
	if (!pack) fail(`pack "${PACK}" is not in questions/`);
	const questions: Question[] = pack.questions.slice(0, QUESTIONS);
	const client = createClient(origin, options.students + 8);
	const set = await client.post(
		'/api/sets',
		{
			id: 'classroom-bench',
			title: 'Classroom benchmark',
			pack: PACK,
			questions: questions.map((q) => q.id),
			settings: { mode: 'exam', feedback: 'end' }
		},
		instructorCookie
	);
	if (set.status !== 201) fail(`creating the set failed with ${set.status}: ${set.body.slice(0, 300)}`);
	const setId = (JSON.parse(set.body) as { id: string }).id;

	async function newSession(run: string) {
		const res = await client.post('/api/classroom/sessions', { setId, pace: 'self' }, instructorCookie);
		if (res.status !== 201) fail(`starting a session failed with ${res.status}: ${res.body.slice(0, 300)}`);
		const session = JSON.parse(res.body) as { id: string; code: string };
		const students = await joinStudents(client, session.code, options.students, run);
		await openQuizzes(client, students);
		return { session, students };
	}

	function report(name: string, r: LoadResult, lost: number) {
		const sorted = [...r.latencies].sort((a, b) => a - b);
		const rate = r.acked.length / (r.durationMs / 1000);
		say(`${name}:`);
		say(
			`  answers handled   ${round(rate, 0)} a second (${r.acked.length} in ${round(r.durationMs / 1000, 1)} s; offered ${round((options.students * 1000) / options.intervalMs, 0)} a second)`
		);
		say(
			`  latency           p50 ${round(percentile(sorted, 50))} ms · p95 ${round(percentile(sorted, 95))} ms · p99 ${round(percentile(sorted, 99))} ms`
		);
		say(`  errors            ${r.errors}${r.errorSamples.length ? ` (e.g. ${r.errorSamples[0]})` : ''}`);
		if (r.retries) say(`  retried           ${r.retries} requests sent again after the connection failed`);
		if (r.resent)
			say(
				`  resent            ${r.resent} requests sent again at once on a new connection: their kept-alive one had been closed`
			);
		say(`  lost              ${lost} acknowledged answers missing from the database`);
		return { rate, sorted };
	}

	// Run 1: steady load, after a warm-up of the same load that is not counted.
	const first = await newSession('steady');
	const warmup = options.warmupS
		? await runLoad({
				client,
				students: first.students,
				questions,
				intervalMs: options.intervalMs,
				durationMs: options.warmupS * 1000,
				retryOnConnectionError: false,
				run: 'warmup'
			})
		: null;
	if (warmup) {
		say(
			`Warm-up: ${warmup.acked.length} answers in ${options.warmupS} s, not counted (${warmup.errors} errors; their answers are checked for loss with the steady run's)`
		);
	}
	const steady = await runLoad({
		client,
		students: first.students,
		questions,
		intervalMs: options.intervalMs,
		durationMs: options.durationS * 1000,
		retryOnConnectionError: false,
		run: 'steady'
	});
	const rss = server.peakRssMb();
	const lost = await countLost(db, first.session.id, [...(warmup?.acked ?? []), ...steady.acked]);
	const figures = report('Steady run', steady, lost);
	say(`  server memory     ${rss ?? '?'} MB peak resident (VmHWM)`);

	// Run 2: the server is killed half way through and started again; students retry.
	let killRunLost: number | null = null;
	if (options.kill) {
		const second = await newSession('kill');
		const killAt = (options.durationS * 1000) / 2;
		let restartMs = 0;
		const killer = (async () => {
			await new Promise((r) => setTimeout(r, killAt));
			const before = Date.now();
			await server?.kill('SIGKILL');
			server = await startServer(entry, port, databaseUrl, root);
			restartMs = Date.now() - before;
		})();
		const killed = await runLoad({
			client,
			students: second.students,
			questions,
			intervalMs: options.intervalMs,
			durationMs: options.durationS * 1000,
			retryOnConnectionError: true,
			run: 'kill'
		});
		await killer;
		killRunLost = await countLost(db, second.session.id, killed.acked);
		report(
			`Run with SIGKILL at ${killAt / 1000} s (restarted in ${round(restartMs / 1000, 1)} s)`,
			killed,
			killRunLost
		);
	}
	client.close();

	say(
		JSON.stringify({
			answersPerSecond: round(figures.rate, 0),
			p50Ms: round(percentile(figures.sorted, 50)),
			p95Ms: round(percentile(figures.sorted, 95)),
			p99Ms: round(percentile(figures.sorted, 99)),
			errors: steady.errors,
			lost,
			serverRssMb: rss,
			killRunLost,
			database,
			students: options.students,
			intervalMs: options.intervalMs,
			warmupS: options.warmupS
		})
	);
} catch (e) {
	console.error(server?.output() ?? '');
	fail((e as Error).stack ?? String(e));
} finally {
	await server?.kill('SIGTERM');
	await db.destroy();
	rmSync(dir, { recursive: true, force: true });
}
