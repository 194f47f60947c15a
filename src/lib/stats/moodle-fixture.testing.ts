// For tests: Moodle's statistics walkthrough (mod/quiz/report/statistics/tests/fixtures), kept beside
// this repository in ../shared/fixtures/moodle-statistics: results00 holds 25 attempts at 7
// questions, qstats00 the figures Moodle computes from them.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const fixtures = path.resolve(process.cwd(), '../shared/fixtures/moodle-statistics');

function readCsv(name: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(path.join(fixtures, name), 'utf8').trim().split(/\r?\n/);
	const columns = header.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
}

/** The attempts, one row each, with `slots.<n>.mark` columns. */
export const moodleResults = readCsv('results00.csv');
/** Moodle's figures per question, one row each. */
export const moodleQuestionStats = readCsv('qstats00.csv');
