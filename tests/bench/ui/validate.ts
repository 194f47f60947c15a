// How long the one loader takes over a large pack: YAML parsing with positions, the schema, the
// normalising and every citation and grounding check, timed over files already in memory so the
// figure is the loader's and not the disk's.
import { performance } from 'node:perf_hooks';
import { loadPack } from '../../../src/lib/content/load';
import { formatProblem } from '../../../src/lib/content/problems';
import { generatePack, GENERATED_PACK_ID, type PackSize } from './pack-generator';
import { median } from './stats';

export interface ValidateFigure {
	medianMs: number;
	runsMs: number[];
	questions: number;
	passages: number;
	/** Problems the loader reported; a generated pack should have none, or the timing is not of a clean pack. */
	problems: string[];
}

export function timeValidation(size: PackSize, runs = 3): ValidateFigure {
	const generated = generatePack(size);
	const files = { dir: `questions/${GENERATED_PACK_ID}`, read: (rel: string) => generated.files.get(rel) };
	const runsMs: number[] = [];
	let problems: string[] = [];
	let questions = 0;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const result = loadPack(files);
		runsMs.push(performance.now() - t0);
		problems = result.problems.map(formatProblem);
		questions = result.pack?.questions.length ?? 0;
	}
	return { medianMs: median(runsMs) ?? NaN, runsMs, questions, passages: generated.passageCount, problems };
}
