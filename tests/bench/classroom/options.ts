// The command line of `npm run bench:classroom`.
export interface Options {
	students: number;
	intervalMs: number;
	durationS: number;
	/** Seconds of the same load before the steady run, not counted: the server's code warms up. */
	warmupS: number;
	/** 'auto' builds when the build (build/, or FOOTNOTE_BUILD_DIR) is missing or older than the sources. */
	build: 'auto' | 'always' | 'never';
	/** Skip the second run, which kills the server in the middle of the load. */
	kill: boolean;
	help: boolean;
}

export const USAGE = `Usage: npm run bench:classroom -- [options]

Builds the app if needed (into build/, or FOOTNOTE_BUILD_DIR), starts the node server on a temporary
SQLite file (or on DATABASE_URL when it names PostgreSQL), and has simulated students on loopback join
a 20-question set, open it, and answer it again and again for a fixed time, each sending an answer
every interval, after a few seconds of the same load that are not counted (the server's code is
compiled as it runs, and a server that has been up a while has done that). Then a second run kills the server with SIGKILL half way and restarts it while the
students retry with the same keys. Prints answers a second, latency percentiles, errors, peak server
memory and answers lost; one JSON line last.

  --students N       simulated students (default 300)
  --interval-ms M    each student sends an answer every M ms (default 150)
  --duration-s S     length of each run in seconds (default 30)
  --warmup-s S       seconds of load before the steady run, not counted (default 3; 0 for none)
  --no-kill          skip the run that kills the server
  --build            build even if the build looks up to date
  --no-build         use the build as it is
  --help             show this`;

const DEFAULTS: Options = {
	students: 300,
	intervalMs: 150,
	durationS: 30,
	warmupS: 3,
	build: 'auto',
	kill: true,
	help: false
};

export function parseOptions(argv: readonly string[]): { options: Options } | { error: string } {
	const options = { ...DEFAULTS };
	const whole = (name: string, text: string | undefined, min: number, max: number) => {
		const n = Number(text);
		if (text === undefined || !/^\d+$/.test(text) || n < min || n > max) {
			throw new Error(
				`${name} takes a whole number from ${min} to ${max} (got ${text === undefined ? 'nothing' : `"${text}"`})`
			);
		}
		return n;
	};
	try {
		for (let i = 0; i < argv.length; i++) {
			const arg = argv[i];
			const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
			const next = () => inline ?? argv[++i];
			if (flag === '--students') options.students = whole(flag, next(), 1, 5000);
			else if (flag === '--interval-ms') options.intervalMs = whole(flag, next(), 1, 60_000);
			else if (flag === '--duration-s') options.durationS = whole(flag, next(), 1, 3600);
			else if (flag === '--warmup-s') options.warmupS = whole(flag, next(), 0, 600);
			else if (flag === '--no-kill') options.kill = false;
			else if (flag === '--build') options.build = 'always';
			else if (flag === '--no-build') options.build = 'never';
			else if (flag === '--help' || flag === '-h') options.help = true;
			else
				throw new Error(
					`unknown option "${arg}"; the options are --students, --interval-ms, --duration-s, --warmup-s, --no-kill, --build, --no-build, --help`
				);
		}
	} catch (e) {
		return { error: (e as Error).message };
	}
	return { options };
}
