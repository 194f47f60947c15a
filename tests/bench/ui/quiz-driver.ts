// Plays a quiz through to its results as a learner would: answer, Check, Next, …, then the button
// that finishes. The results page's address is read from the browser afterwards, whatever shape
// the quiz gives it.
import type { Locator, Page } from '@playwright/test';
import { answerQuestion } from './answer';

export const CHECK = /^\s*check\b/i;
export const NEXT = /^\s*next\b/i;
export const FINISH = /^\s*(see (your |the )?results|show results|view results|finish|submit|end( the)? quiz)\b/i;
const CONFIRM = /^\s*(see (your |the )?results|submit|finish|confirm|yes)\b/i;

export type Step = 'check' | 'next';

export interface DriveOptions {
	/** Performs a Check or Next click; the interaction benchmark times it. */
	click?: (step: Step, click: () => Promise<void>) => Promise<void>;
	/** Asked after each Check or Next: true ends the play-through there, without results. */
	stop?: () => boolean;
	/** Gives up after this many questions. */
	maxQuestions?: number;
	timeoutMs?: number;
}

export interface Drive {
	checks: number;
	nexts: number;
	/** Null when `stop` ended the play-through first. */
	resultsUrl: string | null;
}

/** Plays the quiz open in `page` to the end; throws with what was missing when the page does not behave like a quiz. */
export async function playQuiz(page: Page, options: DriveOptions = {}): Promise<Drive> {
	const { click = (_step, run) => run(), stop = () => false, maxQuestions = 500, timeoutMs = 10_000 } = options;
	const check = page.getByRole('button', { name: CHECK });
	const next = page.getByRole('button', { name: NEXT });
	const finish = page.getByRole('button', { name: FINISH });
	const usable = async (l: typeof check) =>
		(await l.count()) > 0 && (await l.first().isVisible()) && (await l.first().isEnabled());
	page.on('dialog', (dialog) => void dialog.accept());

	let checks = 0;
	let nexts = 0;
	for (let question = 1; question <= maxQuestions; question++) {
		try {
			await check.or(next).or(finish).first().waitFor({ state: 'visible', timeout: timeoutMs });
		} catch {
			throw new Error(`question ${question}: no button named Check, Next or See results appeared`);
		}
		if (await check.first().isVisible()) {
			const form = page.locator('form').filter({ has: check.first() });
			const scope = (await form.count()) > 0 ? form.first() : page.locator('body');
			await answerQuestion(scope, check.first());
			// The first question can be answered before the quiz's machine has loaded; Check waits for it.
			if (!(await enabledWithin(check.first(), timeoutMs))) {
				throw new Error(`question ${question}: "Check" stayed disabled after every control was answered`);
			}
			await click('check', () => check.first().click());
			checks++;
			if (stop()) return { checks, nexts, resultsUrl: null };
			await next
				.or(finish)
				.first()
				.waitFor({ state: 'visible', timeout: timeoutMs })
				.catch(() => {
					throw new Error(`question ${question}: after Check, neither Next nor See results appeared`);
				});
		}
		if (await usable(next)) {
			await click('next', () => next.first().click());
			nexts++;
			if (stop()) return { checks, nexts, resultsUrl: null };
			continue;
		}
		if (await usable(finish)) return { checks, nexts, resultsUrl: await finishQuiz(page, finish.first()) };
		throw new Error(`question ${question}: neither Next nor See results can be pressed`);
	}
	throw new Error(`the quiz did not end within ${maxQuestions} questions`);
}

async function finishQuiz(page: Page, finish: ReturnType<Page['getByRole']>): Promise<string> {
	const before = page.url();
	await finish.click();
	// An exam-style confirmation, if the quiz asks for one.
	const confirm = page.getByRole('dialog').getByRole('button', { name: CONFIRM });
	const asked = await confirm
		.first()
		.waitFor({ state: 'visible', timeout: 1000 })
		.then(
			() => true,
			() => false
		);
	if (asked) await confirm.first().click();
	await page.waitForURL((u) => u.href !== before, { timeout: 5000 }).catch(() => {});
	await page.waitForLoadState('networkidle').catch(() => {});
	return page.url();
}

async function enabledWithin(control: Locator, timeoutMs: number): Promise<boolean> {
	const until = Date.now() + timeoutMs;
	while (!(await control.isEnabled())) {
		if (Date.now() > until) return false;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	return true;
}
