import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadRepository, QUESTIONS_DIR } from '../../lib/content/disk';
import { formatProblem } from '../../lib/content/problems';
import { parseArgs, unknownOptions } from '../args';

export const usage = 'footnote validate [PATH]   check every pack (or one pack folder, or one file of a pack)';

/** The pack folder holding `path` (the folder itself, or the nearest parent with a pack.yaml). */
function packFolderOf(path: string): string | null {
	let dir = statSync(path).isDirectory() ? path : dirname(path);
	for (;;) {
		if (existsSync(join(dir, 'pack.yaml'))) return dir;
		const up = dirname(dir);
		if (up === dir) return null;
		dir = up;
	}
}

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	const bad = unknownOptions(args, []);
	if (bad.length) {
		console.error(`unknown option --${bad[0]}\nusage: ${usage}`);
		return 2;
	}
	const target = args.positional[0];
	let only: string | undefined;
	let fileFilter: string | undefined;
	if (target) {
		if (!existsSync(target)) {
			console.error(`${target}: no such file or folder`);
			return 2;
		}
		const isRoot = statSync(target).isDirectory() && !existsSync(join(target, 'pack.yaml'));
		if (!isRoot) {
			const folder = packFolderOf(target);
			if (!folder) {
				console.error(`${target}: not inside a pack (no pack.yaml in it or above it)`);
				return 2;
			}
			only = folder;
			if (statSync(target).isFile()) fileFilter = relative(process.cwd(), resolve(target));
		}
	}
	const repo = loadRepository(target && !only ? target : QUESTIONS_DIR, only);
	const problems = fileFilter ? repo.problems.filter((p) => p.file === fileFilter) : repo.problems;
	for (const p of problems) console.log(formatProblem(p));
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const questions = repo.packs.reduce((n, p) => n + p.questions.length, 0);
	const summary = `${repo.packs.length} pack${repo.packs.length === 1 ? '' : 's'}, ${questions} questions, ${repo.sets.length} sets: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
	(errors ? console.error : console.log)(summary);
	if (repo.packs.length === 0 && errors === 0) {
		console.error('no packs found');
		return 1;
	}
	return errors ? 1 : 0;
}
