// A small argument reader: positionals and --name value / --name=value / --flag.
export interface Args {
	positional: string[];
	options: Map<string, string | true>;
}

export function parseArgs(argv: string[], flags: string[] = []): Args {
	const positional: string[] = [];
	const options = new Map<string, string | true>();
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('--')) {
			positional.push(a);
			continue;
		}
		const eq = a.indexOf('=');
		if (eq > 0) options.set(a.slice(2, eq), a.slice(eq + 1));
		else if (flags.includes(a.slice(2)) || i + 1 >= argv.length || argv[i + 1].startsWith('--'))
			options.set(a.slice(2), true);
		else options.set(a.slice(2), argv[++i]);
	}
	return { positional, options };
}

export function option(args: Args, name: string): string | undefined {
	const v = args.options.get(name);
	return typeof v === 'string' ? v : undefined;
}

/** Names options the command does not know, so a typo is never silently ignored. */
export function unknownOptions(args: Args, known: string[]): string[] {
	return [...args.options.keys()].filter((k) => !known.includes(k));
}
