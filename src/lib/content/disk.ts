// Reading packs from the repository's questions/ folder (Node only: the CLI, the server, tests).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadPack, type LoadResult } from './load';
import { sortProblems, type Problem } from './problems';
import { loadSet, type LoadedSet } from './sets';
import type { Pack } from './types';

export const QUESTIONS_DIR = 'questions';

/** Loads the pack in `dir`; messages name files relative to the working directory. */
export function loadPackDir(dir: string): LoadResult {
	const abs = resolve(dir);
	const shown = relative(process.cwd(), abs) || '.';
	return loadPack({
		dir: shown,
		read: (rel) => {
			const p = join(abs, rel);
			try {
				return statSync(p).isFile() ? readFileSync(p, 'utf8') : undefined;
			} catch {
				return undefined;
			}
		}
	});
}

/** The pack folders under `root` (each holds a pack.yaml), sorted by name. */
export function packDirs(root = QUESTIONS_DIR): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'pack.yaml')))
		.map((d) => join(root, d.name))
		.sort();
}

export interface Repository {
	packs: Pack[];
	sets: (LoadedSet & { file: string })[];
	problems: Problem[];
}

/**
 * Every pack under `root` and every set file in their sets/ folders, validated together.
 * `only` limits the result to one pack folder.
 */
export function loadRepository(root = QUESTIONS_DIR, only?: string): Repository {
	const problems: Problem[] = [];
	const packs: Pack[] = [];
	const dirs = only ? [only] : packDirs(root);
	const byId = new Map<string, Pack>();
	for (const dir of dirs) {
		const r = loadPackDir(dir);
		problems.push(...r.problems);
		if (r.pack) {
			packs.push(r.pack);
			byId.set(r.pack.id, r.pack);
		}
	}
	const sets: Repository['sets'] = [];
	for (const dir of dirs) {
		const setsDir = join(dir, 'sets');
		if (!existsSync(setsDir)) continue;
		for (const name of readdirSync(setsDir)
			.filter((n) => /\.ya?ml$/.test(n))
			.sort()) {
			const file = relative(process.cwd(), resolve(setsDir, name));
			const r = loadSet(file, readFileSync(join(setsDir, name), 'utf8'), byId);
			problems.push(...r.problems);
			if (r.value) sets.push({ ...r.value, file });
		}
	}
	return { packs, sets, problems: sortProblems(problems) };
}
