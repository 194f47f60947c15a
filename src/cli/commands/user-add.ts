// `footnote user:add USERNAME`: creates an instructor account. The password comes from
// FOOTNOTE_PASSWORD (scripts, containers) or is typed twice at a terminal without echo; it is never
// an argument, where it would end up in the shell's history and the process list.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { passwordProblem } from '../../lib/server/auth/password';
import { createDb, databaseUrl, DatabaseUrlError, migrate, redactUrl, type Db } from '../../lib/server/db';
import { createUser, getUserByUsername, usernameSchema } from '../../lib/server/repo/users';
import { parseArgs, unknownOptions } from '../args';

export const usage =
	'footnote user:add USERNAME   create an instructor account (password from FOOTNOTE_PASSWORD, or asked for)';

export interface UserAddIo {
	env: NodeJS.ProcessEnv;
	out: (line: string) => void;
	err: (line: string) => void;
	/** Reads a line without echoing it; null when there is no terminal to ask at. */
	askHidden: ((prompt: string) => Promise<string>) | null;
}

class Cancelled extends Error {}

/** A prompt whose typed characters are not shown: readline writes through a stream we mute. */
function askHidden(prompt: string): Promise<string> {
	return new Promise((resolve, reject) => {
		let muted = false;
		const output = new Writable({
			write(chunk, _encoding, done) {
				if (!muted) process.stderr.write(chunk);
				done();
			}
		});
		const rl = createInterface({ input: process.stdin, output, terminal: true });
		let answered = false;
		rl.on('SIGINT', () => rl.close());
		rl.on('close', () => {
			if (answered) return;
			process.stderr.write('\n');
			reject(new Cancelled());
		});
		rl.question(prompt, (answer) => {
			answered = true;
			process.stderr.write('\n');
			rl.close();
			resolve(answer);
		});
		muted = true;
	});
}

const processIo = (): UserAddIo => ({
	env: process.env,
	out: (line) => console.log(line),
	err: (line) => console.error(line),
	askHidden: process.stdin.isTTY && process.stderr.isTTY ? askHidden : null
});

async function readPassword(io: UserAddIo, username: string): Promise<string | { error: string }> {
	const fromEnv = io.env.FOOTNOTE_PASSWORD;
	if (fromEnv !== undefined) return fromEnv;
	if (!io.askHidden) {
		return { error: 'no password given: set FOOTNOTE_PASSWORD, or run the command at a terminal to type it' };
	}
	const first = await io.askHidden(`Password for ${username} (at least 10 characters): `);
	const weak = passwordProblem(first);
	if (weak) return { error: weak };
	const again = await io.askHidden('The same password again: ');
	return again === first ? first : { error: 'the two passwords differ; nothing was created' };
}

export async function run(argv: string[], io: UserAddIo = processIo()): Promise<number> {
	const args = parseArgs(argv);
	const bad = unknownOptions(args, []);
	if (bad.length || args.positional.length !== 1) {
		io.err(`${bad.length ? `unknown option --${bad[0]}\n` : ''}usage: npm run user:add -- USERNAME`);
		return 2;
	}
	const name = usernameSchema.safeParse(args.positional[0]);
	if (!name.success) {
		io.err(`"${args.positional[0]}" cannot be a username: ${name.error.issues[0].message}`);
		return 1;
	}
	const username = name.data;
	const url = databaseUrl(io.env);
	let db: Db | null = null;
	try {
		db = createDb(url);
		await migrate(db);
		if (await getUserByUsername(db, username)) {
			io.err(`an account named "${username}" already exists; nothing was changed`);
			return 1;
		}
		const password = await readPassword(io, username);
		if (typeof password !== 'string') {
			io.err(password.error);
			return 1;
		}
		const created = await createUser(db, { username, password });
		if (!created.ok) {
			io.err(created.reason === 'invalid' ? (created.issues ?? []).map((i) => i.message).join('\n') : created.message);
			return 1;
		}
		io.out(`created instructor account "${username}" in ${redactUrl(url)}`);
		return 0;
	} catch (e) {
		if (e instanceof Cancelled) {
			io.err('cancelled; nothing was created');
			return 130;
		}
		if (e instanceof DatabaseUrlError) {
			io.err(e.message);
			return 1;
		}
		io.err(`could not create the account in ${redactUrl(url)}: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	} finally {
		await db?.destroy();
	}
}
