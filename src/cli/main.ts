// The `footnote` command: thin over src/lib, one module per command.

type Command = { run: (argv: string[]) => Promise<number>; usage: string };

// Loaded on demand: `validate` should not wait for the database driver that `user:add` needs.
const commands: Record<string, () => Promise<Command>> = {
	validate: () => import('./commands/validate'),
	export: () => import('./commands/export'),
	import: () => import('./commands/import'),
	coverage: () => import('./commands/coverage'),
	'user:add': () => import('./commands/user-add')
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
