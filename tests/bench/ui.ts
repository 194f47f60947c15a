// `npm run bench:ui`: what a learner's browser gets from Footnote, measured on the production
// build in headless Chromium, plus the loader's time on a 5,000-question pack. Prints a line per
// finding, budgets beside the figures, and last one JSON object. A figure that cannot be taken
// (a page not there yet) is null, with the reason on stderr; the exit code is 0 unless --strict.
import { performance } from 'node:perf_hooks';
import { cpus } from 'node:os';
import type { Browser } from '@playwright/test';
import { chromePath, launchBrowser } from './ui/browser';
import {
	budgetLines,
	emptyFigures,
	formatBudgetLine,
	kB,
	LH_PAGES,
	missingFigures,
	ms,
	type Figures
} from './ui/figures';
import { measureInteractions } from './ui/interaction';
import { measurePageJs, type JsWeight } from './ui/js-weight';
import { timeFirstQuestion } from './ui/first-question';
import { lighthousePage, lighthouseReached, type LhFigure } from './ui/lighthouse';
import { reasonOf, type Measured } from './ui/measured';
import { parseOptions, USAGE } from './ui/options';
import { HOME_PATH, openQuiz, QUIZ_PATH } from './ui/pages';
import { playQuiz } from './ui/quiz-driver';
import { build, staleBuild, startServer, type RunningServer } from './ui/server';
import { round } from './ui/stats';
import { timeValidation } from './ui/validate';

const started = performance.now();
const say = (line = '') => console.log(line);
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

function unmeasuredNote(figure: string, reason: string): void {
	console.error(`bench:ui: ${figure} not measured: ${reason}`);
	say(`  (${figure} not measured: ${reason})`);
}

/** The value of a measurement, or null after noting why there is none. */
function take<T>(figure: string, m: Measured<T>): T | null {
	if (m.ok) return m.value;
	unmeasuredNote(figure, m.reason);
	return null;
}

function printScripts(title: string, weight: JsWeight, origin: string): void {
	say(title);
	if (weight.files.length === 0) return say('  no scripts: the page works without JavaScript');
	for (const f of weight.files) {
		say(`  ${kB(f.gzipBytes).padStart(9)}  ${kB(f.bytes).padStart(9)} raw  ${f.url.replace(origin, '')}`);
	}
	say(`  ${kB(weight.gzipBytes).padStart(9)}  total of ${weight.files.length} files`);
}

function printLighthouse(page: string, lh: LhFigure): void {
	const runs = lh.runs.map((r) => r.performance).join(', ');
	const m = lh.metrics;
	const metric = (id: string, name: string) =>
		m[id] === undefined ? '' : ` ${name} ${id === 'cumulative-layout-shift' ? m[id].toFixed(3) : ms(m[id])}`;
	say(
		`  ${page.padEnd(8)} performance ${lh.performance} (runs ${runs})  accessibility ${lh.accessibility}` +
			metric('first-contentful-paint', 'FCP') +
			metric('largest-contentful-paint', 'LCP') +
			metric('total-blocking-time', 'TBT') +
			metric('cumulative-layout-shift', 'CLS')
	);
	if (lh.failing.length) say(`           accessibility audits failing: ${lh.failing.join(', ')}`);
	for (const f of lh.failures) say(`           a run failed and was not counted: ${f}`);
	if (page === 'results') say(`           (results at ${lh.url})`);
}

function validation(figures: Figures): void {
	say('Validating a generated pack (5,000 questions of all 8 types, 50 passages), median of 3:');
	try {
		const v = timeValidation({ questions: 5000, passages: 50 });
		say(`  runs ${v.runsMs.map((r) => ms(r)).join(', ')} → median ${ms(v.medianMs)}`);
		say(`  ${v.questions} questions loaded, ${v.problems.length} problems`);
		if (v.problems.length || v.questions !== 5000) {
			for (const p of v.problems.slice(0, 5)) say(`    ${p}`);
			unmeasuredNote('validateMs5000', 'the generated pack did not load cleanly, so its time is not a clean pack’s');
		} else figures.validateMs5000 = round(v.medianMs);
	} catch (error) {
		unmeasuredNote('validateMs5000', reasonOf(error));
	}
}

async function browserFigures(figures: Figures, browser: Browser, origin: string): Promise<void> {
	const quizUrl = origin + QUIZ_PATH;
	const homeUrl = origin + HOME_PATH;

	say(`Quiz page ${QUIZ_PATH}`);
	const quizJs = take('quizPageJsGzipBytes', await measurePageJs(browser, quizUrl, 'question-ready'));
	if (quizJs) {
		printScripts('Scripts requested until the first question is answerable (gzip -9, raw):', quizJs, origin);
		figures.quizPageJsGzipBytes = quizJs.gzipBytes;
	}
	const homeJs = take('homePageJsGzipBytes', await measurePageJs(browser, homeUrl, 'idle'));
	if (homeJs) {
		printScripts('Home page scripts until load and network idle (gzip -9, raw):', homeJs, origin);
		figures.homePageJsGzipBytes = homeJs.gzipBytes;
	}

	const first = take('quizFirstQuestionMs', await timeFirstQuestion(browser, quizUrl, 5));
	if (first) {
		say(
			`First question answerable (5 cold loads): ${first.runsMs.map((r) => ms(r)).join(', ')} → median ${ms(first.medianMs)}`
		);
		figures.quizFirstQuestionMs = round(first.medianMs);
		if (first.liveMedianMs !== null) {
			const runs = first.liveRunsMs.map((r) => ms(r ?? NaN)).join(', ');
			say(
				`Every button working (the machine's code loaded; it starts at the first press), same loads: ${runs} → median ${ms(first.liveMedianMs)}`
			);
			figures.quizLiveMs = round(first.liveMedianMs);
		} else unmeasuredNote('quizLiveMs', 'the quiz page made no "footnote:quiz-live" mark');
	}

	const clicks = take('checkInteractionMsMedian', await measureInteractions(browser, quizUrl, 20));
	if (clicks) {
		const of = (step: string) => clicks.samples.filter((s) => s.step === step).length;
		const slowest = Math.max(...clicks.samples.map((s) => s.ms));
		say(
			`Check/Next clicks to the next frame with the result: ${clicks.samples.length} timed ` +
				`(${of('check')} Check, ${of('next')} Next), median ${ms(clicks.medianMs)}, slowest ${ms(slowest)}`
		);
		if (clicks.resultsUrl) say(`  results page reached at ${clicks.resultsUrl.replace(origin, '')}`);
		figures.checkInteractionMsMedian = round(clicks.medianMs);
	}
	say(`  [${elapsed()}]`);
}

async function lighthouseFigures(figures: Figures, origin: string, chrome: string): Promise<void> {
	const quizUrl = origin + QUIZ_PATH;
	const homeUrl = origin + HOME_PATH;
	say('Lighthouse 12 (default mobile preset), median of 3 runs by performance:');
	const home = take('lighthouse.home', await lighthousePage(chrome, homeUrl));
	if (home) printLighthouse('home', home);
	const quiz = take('lighthouse.quiz', await lighthousePage(chrome, quizUrl));
	if (quiz) printLighthouse('quiz', quiz);
	const results = take(
		'lighthouse.results',
		await lighthouseReached(chrome, async (page) => {
			const opened = await openQuiz(page, quizUrl);
			if (!opened.ok) throw new Error(opened.reason);
			const { resultsUrl } = await playQuiz(page);
			if (!resultsUrl) throw new Error('the quiz ended without reaching its results');
			return resultsUrl;
		})
	);
	if (results) printLighthouse('results', results);
	for (const [page, lh] of [
		['home', home],
		['quiz', quiz],
		['results', results]
	] as const) {
		figures.lighthouse[page] = lh && { performance: lh.performance, accessibility: lh.accessibility };
	}
	say(`  [${elapsed()}]`);
}

async function main(): Promise<number> {
	const parsed = parseOptions(process.argv.slice(2));
	if ('error' in parsed) {
		console.error(`bench:ui: ${parsed.error}\n\n${USAGE}`);
		return 2;
	}
	const options = parsed.options;
	if (options.help) {
		say(USAGE);
		return 0;
	}
	const figures = emptyFigures();
	say(`Footnote UI benchmark (${cpus().length} CPUs)`);

	validation(figures);
	say(`  [${elapsed()}]`);

	const chrome = chromePath();
	let server: RunningServer | null = null;
	let browser: Browser | null = null;
	// Every page figure still missing gets the reason the page measurements stopped.
	const skipPages = (reason: string) => {
		const pending: [string, unknown][] = [
			['quizPageJsGzipBytes', figures.quizPageJsGzipBytes],
			['homePageJsGzipBytes', figures.homePageJsGzipBytes],
			['quizFirstQuestionMs', figures.quizFirstQuestionMs],
			['quizLiveMs', figures.quizLiveMs],
			['checkInteractionMsMedian', figures.checkInteractionMsMedian],
			...Object.entries(figures.lighthouse).map(([page, v]): [string, unknown] => [`lighthouse.${page}`, v])
		];
		for (const [name, value] of pending) if (value === null) unmeasuredNote(name, reason);
	};
	try {
		const stale = staleBuild();
		if (options.build === 'always' || (options.build === 'auto' && stale)) {
			say(
				`Building (npm run build${options.build === 'always' ? ', --build' : `: ${stale}`}); its output is on stderr…`
			);
			const t0 = performance.now();
			const built = build();
			if (!built.ok) throw new Error(built.reason);
			say(`  built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
		} else if (stale) say(`Using build/ as it is (--no-build), though ${stale}`);
		else say('build/ is up to date');
		if ('reason' in chrome) throw new Error(chrome.reason);
		server = await startServer();
		say(`Serving a copy of build/ at ${server.origin}; Chromium ${chrome.path}`);
		browser = await launchBrowser(chrome.path);
		say(`  Chromium ${browser.version()}`);
		await browserFigures(figures, browser, server.origin);
		// Lighthouse gets the machine to itself.
		await browser.close();
		browser = null;
		if (options.lighthouse) await lighthouseFigures(figures, server.origin, chrome.path);
		else for (const page of LH_PAGES) unmeasuredNote(`lighthouse.${page}`, 'skipped by --no-lighthouse');
	} catch (error) {
		skipPages(reasonOf(error));
	} finally {
		await browser?.close().catch(() => {});
		await server?.stop().catch(() => {});
	}

	say();
	say(`Budgets (✓ met, ✗ missed, ? not measured), ${elapsed()} in all:`);
	for (const l of budgetLines(figures)) say(formatBudgetLine(l));
	const missing = missingFigures(figures);
	if (missing.length) say(`  not measured: ${missing.join(', ')}${options.strict ? ' (--strict: failing)' : ''}`);
	say(JSON.stringify(figures));
	return options.strict && missing.length ? 1 : 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(`bench:ui: ${reasonOf(error)}`);
		console.log(JSON.stringify(emptyFigures()));
		process.exitCode = 1;
	}
);
