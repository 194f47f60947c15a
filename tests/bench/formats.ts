// Speed of the interchange formats: importing a generated 5,000-question GIFT file of mixed types,
// and exporting a 1,000-question set as a QTI 2.1 package. Prints the median of a few runs, each
// after a warm-up, and last a JSON line with the figures.
import { loadPackDir } from '../../src/lib/content/disk';
import type { Passage, Question } from '../../src/lib/content/types';
import { exportQti, importGift } from '../../src/lib/formats';

const RUNS = 5;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall-clock time, and median CPU time: on a busy machine the two part ways. */
function time(run: () => void): { wall: number; cpu: number } {
	run();
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		const used = process.cpuUsage();
		run();
		const spent = process.cpuUsage(used);
		wall.push(performance.now() - start);
		cpu.push((spent.user + spent.system) / 1000);
	}
	return { wall: Math.round(median(wall)), cpu: Math.round(median(cpu)) };
}

const KINDS: ((i: number) => string)[] = [
	(i) => `::Q${i}::Who is buried in tomb ${i}?{~Grant#No. ~Jefferson =no one#Yes.####Nobody is buried there.}`,
	(i) => `[html]<p>Tomb <b>${i}</b> holds Grant.</p>{TRUE#Wrong.#Right.####<p>He is <em>entombed</em>.</p>}`,
	(i) => `Name the capital of country ${i}.{=Ottawa =ottawa =%0%Toronto#Too big.####It is Ottawa.}`,
	(i) => `Match set ${i}.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo = -> Paris####Capitals.}`,
	(i) => `When was person ${i} born?{#\n=1822:0#Right.\n=%0%1823:0#One year late.\n####In 1822.}`,
	(i) => `Grant ${i} is {~buried =entombed ~living} in the tomb.`,
	(i) => `[markdown]Which **two** of set ${i}?{~%50%a ~%50%b ~%-50%c ~%-50%d####Because a and b.}`,
	(i) => `// [tag:unit-${i % 7}]\nPi to three places, variant ${i}?{#3.141..3.142####Pi.}`
];

function giftFile(count: number): string {
	const blocks: string[] = ['$CATEGORY: $course$/top/Bench'];
	for (let i = 0; i < count; i++) blocks.push(KINDS[i % KINDS.length](i));
	return blocks.join('\n\n');
}

function qtiSet(count: number): { questions: Question[]; passages: Passage[] } {
	const { pack } = loadPackDir('questions/russia-taliban-delisting');
	if (!pack) throw new Error('the pack questions/russia-taliban-delisting does not load: run npm run validate');
	const questions = Array.from({ length: count }, (_, i) => {
		const q = pack.questions[i % pack.questions.length];
		return { ...q, id: `${q.id}-${i}` };
	});
	return { questions, passages: pack.passages };
}

const gift = giftFile(5000);
let imported = 0;
const giftImport = time(() => {
	imported = importGift(gift).questions.length;
});
console.log(
	`GIFT import: ${imported} questions of ${KINDS.length} kinds (${(gift.length / 1024).toFixed(0)} KiB) in ${giftImport.wall} ms (${giftImport.cpu} ms of CPU)`
);

const set = qtiSet(1000);
let zipBytes = 0;
const qtiExport = time(() => {
	zipBytes = exportQti({ id: 'bench', title: 'Bench', ...set }).zip.length;
});
console.log(
	`QTI export: ${set.questions.length} questions to a ${(zipBytes / 1024).toFixed(0)} KiB zip in ${qtiExport.wall} ms (${qtiExport.cpu} ms of CPU)`
);
console.log(`targets: GIFT import ≤ 1000 ms, QTI export ≤ 3000 ms (median of ${RUNS} runs after a warm-up)`);
console.log(JSON.stringify({ giftImportMs5000: giftImport.wall, qtiExportMs1000: qtiExport.wall }));
