// `npm run bench`: runs every bench:* script in package.json, shows their output, and prints, last,
// one JSON line merging their figures (the classroom figures under "classroom").
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts)
	.filter((s) => s.startsWith('bench:'))
	.sort();
const merged = {};
let failed = 0;
for (const name of scripts) {
	console.log(`\n── npm run ${name}`);
	const r = spawnSync('npm', ['run', '--silent', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
	process.stdout.write(r.stdout);
	const last = r.stdout.trim().split('\n').pop() ?? '';
	let figures;
	try {
		figures = JSON.parse(last);
	} catch {
		figures = null;
	}
	if (r.status !== 0 || !figures || typeof figures !== 'object') {
		failed++;
		console.error(`${name} did not finish with a JSON line (exit ${r.status})`);
		continue;
	}
	if (name === 'bench:classroom') merged.classroom = figures;
	else Object.assign(merged, figures);
}
console.log(JSON.stringify(merged));
process.exitCode = failed ? 1 : 0;
