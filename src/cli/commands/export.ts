import { writeFileSync } from 'node:fs';
import { loadRepository } from '../../lib/content/disk';
import { exportJson } from '../../lib/content/export-json';
import { formatProblem, hasErrors } from '../../lib/content/problems';
import { option, parseArgs, unknownOptions } from '../args';

export const usage = 'footnote export --format json [--pack ID] [--out PATH]';

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	const bad = unknownOptions(args, ['format', 'pack', 'set', 'out']);
	if (bad.length) {
		console.error(`unknown option --${bad[0]}\nusage: ${usage}`);
		return 2;
	}
	const format = option(args, 'format') ?? 'json';
	if (format !== 'json') {
		console.error(`unknown format "${format}"; use json`);
		return 2;
	}
	const repo = loadRepository();
	if (hasErrors(repo.problems)) {
		for (const p of repo.problems) console.error(formatProblem(p));
		console.error('export stopped: fix the errors above first (npm run validate)');
		return 1;
	}
	const packId = option(args, 'pack');
	const packs = packId ? repo.packs.filter((p) => p.id === packId) : repo.packs;
	if (packId && packs.length === 0) {
		console.error(`unknown pack "${packId}" (packs: ${repo.packs.map((p) => p.id).join(', ')})`);
		return 2;
	}
	const text = JSON.stringify(exportJson(packs), null, 2) + '\n';
	const out = option(args, 'out');
	if (out) writeFileSync(out, text);
	else process.stdout.write(text);
	return 0;
}
