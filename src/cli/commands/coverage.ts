import { loadRepository } from '../../lib/content/disk';
import { coverageProblems, formatCoverage, passageCoverage } from '../../lib/content/coverage';
import { formatProblem, hasErrors } from '../../lib/content/problems';
import { parseArgs, unknownOptions } from '../args';

export const usage =
	'footnote coverage          list each passage with the questions citing it; flag uncited passages with facts';

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	const bad = unknownOptions(args, []);
	if (bad.length) {
		console.error(`unknown option --${bad[0]}\nusage: ${usage}`);
		return 2;
	}
	const repo = loadRepository();
	if (hasErrors(repo.problems)) {
		for (const p of repo.problems) console.error(formatProblem(p));
		return 1;
	}
	let flagged = 0;
	for (const pack of repo.packs) {
		const report = passageCoverage(pack);
		console.log(`${pack.id}\n${formatCoverage(report)}\n`);
		flagged += coverageProblems(report).length;
	}
	return flagged ? 1 : 0;
}
