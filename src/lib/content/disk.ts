// Reading packs from the repository's questions/ folder (Node only: the CLI, the server, tests).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadPack, type LoadResult } from './load';

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
