// `footnote export`: packs or a set as JSON, GIFT or a QTI 2.1 package.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadRepository } from '../../lib/content/disk';
import { exportJson } from '../../lib/content/export-json';
import { formatProblem, hasErrors } from '../../lib/content/problems';
import { checkSetData, loadSet } from '../../lib/content/sets';
import type { Pack } from '../../lib/content/types';
import { exportGift, exportQti, formatReport } from '../../lib/formats';
import { packForSet } from '../../lib/instructor/set-quiz';
import { option, parseArgs, unknownOptions } from '../args';

export const usage = 'footnote export --format json|gift|qti [--pack ID] [--set ID|FILE] [--out PATH]';

const fail = (message: string, code = 2) => {
	console.error(message);
	return code;
};

/** A set named by a file path, or by its id in the database (DATABASE_URL). */
async function resolveSet(
	ref: string,
	packs: Map<string, Pack>
): Promise<{ id: string; title: string; pack: Pack } | string> {
	if (existsSync(ref)) {
		const { value, problems } = loadSet(ref, readFileSync(ref, 'utf8'), packs);
		if (!value || hasErrors(problems)) return problems.map(formatProblem).join('\n') || `${ref}: not a set file`;
		return { id: value.set.id, title: value.set.title, pack: packForSet(packs.get(value.set.pack)!, value.set).pack };
	}
	const { createDb, databaseUrl, getSet, migrate } = await import('../../lib/server');
	const db = createDb(databaseUrl());
	try {
		await migrate(db);
		const stored = await getSet(db, ref);
		if (!stored) return `no set file "${ref}", and no set with that id in ${databaseUrl().split('?')[0]}`;
		const problems: Parameters<typeof checkSetData>[3] = [];
		const loaded = checkSetData(null, stored.body, packs, problems);
		if (!loaded || hasErrors(problems)) return problems.map(formatProblem).join('\n');
		return {
			id: loaded.set.id,
			title: loaded.set.title,
			pack: packForSet(packs.get(loaded.set.pack)!, loaded.set).pack
		};
	} finally {
		await db.destroy();
	}
}

export async function run(argv: string[]): Promise<number> {
	const args = parseArgs(argv);
	const bad = unknownOptions(args, ['format', 'pack', 'set', 'out']);
	if (bad.length) return fail(`unknown option --${bad[0]}\nusage: ${usage}`);
	const format = option(args, 'format') ?? 'json';
	if (!['json', 'gift', 'qti'].includes(format)) return fail(`unknown format "${format}"; use json, gift or qti`);
	const out = option(args, 'out');
	if (format === 'qti' && !out) return fail('a QTI package is a zip file: name it with --out FILE.zip');

	const repo = loadRepository();
	if (hasErrors(repo.problems)) {
		for (const p of repo.problems) console.error(formatProblem(p));
		return fail('export stopped: fix the errors above first (npm run validate)', 1);
	}
	const byId = new Map(repo.packs.map((p) => [p.id, p]));
	let packs = repo.packs;
	let title = 'Footnote';
	let id = 'footnote';
	const packId = option(args, 'pack');
	if (packId) {
		const pack = byId.get(packId);
		if (!pack) return fail(`unknown pack "${packId}" (packs: ${repo.packs.map((p) => p.id).join(', ')})`);
		packs = [pack];
		({ id, title } = pack);
	}
	const setRef = option(args, 'set');
	if (setRef) {
		const set = await resolveSet(setRef, byId);
		if (typeof set === 'string') return fail(set, 1);
		if (packId && set.pack.id !== packId) return fail(`set "${set.id}" is for pack "${set.pack.id}", not "${packId}"`);
		packs = [set.pack];
		({ id, title } = set);
	}

	const write = (data: string | Uint8Array) => {
		if (out) writeFileSync(out, data);
		else process.stdout.write(data);
	};
	if (format === 'json') {
		write(JSON.stringify(exportJson(packs), null, 2) + '\n');
		return 0;
	}
	const questions = packs.flatMap((p) => p.questions);
	if (format === 'gift') {
		const gift = exportGift(questions);
		if (gift.report.length) console.error(formatReport(gift.report));
		write(gift.text);
		return 0;
	}
	const qti = exportQti({ id, title, questions, passages: packs.flatMap((p) => p.passages) });
	if (qti.report.length) console.error(formatReport(qti.report));
	write(qti.zip);
	console.error(`${out}: ${questions.length} items in a QTI 2.1 package`);
	return 0;
}
