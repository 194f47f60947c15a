// The `footnote` command: thin over src/lib, one module per command.
import * as coverage from './commands/coverage';
import * as exportCmd from './commands/export';
import * as userAdd from './commands/user-add';
import * as validate from './commands/validate';

type Command = { run: (argv: string[]) => Promise<number>; usage: string };

const commands: Record<string, () => Promise<Command>> = {
	validate: async () => validate,
	export: async () => exportCmd,
	coverage: async () => coverage,
	'user:add': async () => userAdd
};

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const load = name ? commands[name] : undefined;
	if (!load) {
		const lines = await Promise.all(Object.values(commands).map(async (c) => `  ${(await c()).usage}`));
		console.error(`${name ? `unknown command "${name}"\n` : ''}usage:\n${lines.join('\n')}`);
		return 2;
	}
	return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(e: unknown) => {
		console.error(`footnote: ${e instanceof Error ? e.message : String(e)}`);
		process.exitCode = 1;
	}
);
