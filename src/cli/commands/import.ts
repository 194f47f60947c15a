// `footnote import`: a GIFT or Aiken file to a set file of new questions for a pack; what could not
// be carried goes to stderr, one line each, and the set to --out or stdout.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadPackDir, packDirs, QUESTIONS_DIR } from '../../lib/content/disk';
import { buildSetFile, detectFormat, formatReport, importAiken, importGift } from '../../lib/formats';
import { option, parseArgs, unknownOptions } from '../args';

export const usage = 'footnote import FILE [--format gift|aiken] [--pack ID] [--out FILE.yaml]';

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	const bad = unknownOptions(args, ['format', 'pack', 'out']);
	if (bad.length) {
		console.error(`unknown option --${bad[0]}\nusage: ${usage}`);
		return 2;
	}
	const [file, ...extra] = args.positional;
	if (!file || extra.length) {
		console.error(
			`${file ? `one file at a time (got ${args.positional.length})` : 'name the file to import'}\nusage: ${usage}`
		);
		return 2;
	}
	const given = option(args, 'format');
	if (given !== undefined && given !== 'gift' && given !== 'aiken') {
		console.error(`unknown format "${given}"; use gift or aiken`);
		return 2;
	}
	if (!existsSync(file)) {
		console.error(`${file}: no such file`);
		return 1;
	}
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		console.error(`${file}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
		return 1;
	}
	const format = given ?? detectFormat(text);
	if (!format) {
		console.error(
			`${file}: neither GIFT (questions with answers in {…}) nor Aiken (options "A)" and an "ANSWER:" line); name the format with --format gift or --format aiken`
		);
		return 1;
	}

	const dirs = packDirs();
	const packId = option(args, 'pack');
	const dir = packId ? dirs.find((d) => basename(d) === packId) : dirs.length === 1 ? dirs[0] : undefined;
	if (!dir) {
		const known = dirs.map((d) => basename(d)).join(', ') || `none under ${QUESTIONS_DIR}/`;
		console.error(
			packId
				? `unknown pack "${packId}" (packs: ${known})`
				: `say which pack the questions are for with --pack ID (packs: ${known})`
		);
		return packId ? 2 : 1;
	}
	const { pack } = loadPackDir(dir);
	if (!pack) {
		console.error(`pack "${basename(dir)}" cannot be loaded: run npm run validate -- ${dir}`);
		return 1;
	}

	const reservedIds = pack.questions.map((q) => q.id);
	const imported = format === 'gift' ? importGift(text, { reservedIds }) : importAiken(text, { reservedIds });
	if (imported.questions.length === 0) {
		if (imported.report.length) console.error(formatReport(imported.report, file));
		console.error(`${file}: no question could be imported from this ${format.toUpperCase()} file`);
		return 1;
	}
	const set = buildSetFile({ fileName: file, pack, questions: imported.questions });
	const report = [...imported.report, ...set.report];
	if (report.length) console.error(formatReport(report, file));
	const out = option(args, 'out');
	if (out) {
		try {
			writeFileSync(out, set.yaml);
		} catch (e) {
			console.error(`${out}: cannot be written (${e instanceof Error ? e.message : String(e)})`);
			return 1;
		}
	} else process.stdout.write(set.yaml);
	console.error(
		`imported ${imported.questions.length} question${imported.questions.length === 1 ? '' : 's'} from ${file} (${format}) into set "${String(set.data.id)}" for pack "${pack.id}"${out ? `, written to ${out}` : ''}`
	);
	return 0;
}
