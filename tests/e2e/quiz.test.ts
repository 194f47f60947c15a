import { expect, test, type Page } from '@playwright/test';
import {
	answer,
	checkAndExpectFeedback,
	currentQuestion,
	loadPack,
	oneOfEachType,
	PACK,
	quizUrl
} from './quiz-helpers';
import { expectNoAxeViolationsInBothSchemes } from './axe';

test('a practice quiz takes every question type, right and wrong, with feedback and citations', async ({
	page,
	request
}) => {
	test.setTimeout(90_000);
	const pack = await loadPack(request);
	const questions = oneOfEachType(pack);
	// Each type twice: answered right the first time, wrong the second.
	const ids = [...questions, ...questions].map((q) => q.id);
	await page.goto(quizUrl({ ids: [...new Set(ids)].join(','), shuffle: '0', seed: 'every-type' }));
	for (const right of [true, false]) {
		if (!right) {
			// A second attempt on the same questions, to answer each one wrong.
			await page.goto(quizUrl({ ids: [...new Set(ids)].join(','), shuffle: '0', seed: 'every-type-wrong' }));
		}
		for (const [i, expected] of questions.entries()) {
			await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
			const q = await currentQuestion(page, pack);
			expect(q.id).toBe(expected.id);
			await answer(page, q, right);
			await checkAndExpectFeedback(page, q, right);
			if (i < questions.length - 1) await page.getByRole('button', { name: 'Next' }).click();
		}
		await page.getByRole('button', { name: 'See results' }).click();
		await expect(page).toHaveURL(/\/results\?seed=/);
		await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
		await expect(page.getByText(right ? '8 of 8 points · 100%' : /of 8 points/)).toBeVisible();
	}
});

test('an exam hides feedback, flags and jumps, warns about unanswered questions, then reviews', async ({
	page,
	request
}) => {
	const pack = await loadPack(request);
	await page.goto(quizUrl({ mode: 'exam', count: '4', seed: 'exam-flow' }));
	const first = await currentQuestion(page, pack);
	await answer(page, first, true);
	await expect(page.getByRole('button', { name: 'Check' })).toHaveCount(0);
	await expect(page.getByRole('region', { name: /Right|Not right/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Flag for review' }).click();
	await expect(page.getByRole('button', { name: 'Flagged' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText('Question 1 of 4 · 1 answered · 1 flagged')).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Question 1 flagged for review.');
	await page.getByRole('button', { name: 'Flagged' }).click();
	await expect(page.getByRole('status')).toHaveText('Flag removed.');
	await expect(page.getByText('Question 1 of 4 · 1 answered')).toBeVisible();
	await page.getByRole('button', { name: 'Flag for review' }).click();
	await expect(page.getByRole('status')).toHaveText('Question 1 flagged for review.');

	await page.getByRole('button', { name: 'Show all questions' }).click();
	const overview = page.getByRole('navigation', { name: 'All questions' });
	await expect(overview.getByRole('button', { name: 'Question 1: answered, flagged' })).toBeVisible();
	await overview.getByRole('button', { name: 'Question 3: unanswered' }).click();
	await expect(page.getByText('Question 3 of 4')).toBeVisible();
	await expect(page.locator('#prompt')).toBeFocused();
	await answer(page, await currentQuestion(page, pack), false);

	await page.getByRole('button', { name: 'Submit' }).first().click();
	await expect(page.getByRole('heading', { name: 'Submit with 2 unanswered?' })).toBeFocused();
	await expect(page.getByText('Questions 2, 4 have no answer.')).toBeVisible();
	await page.getByRole('button', { name: 'Keep answering' }).click();
	await page.getByRole('button', { name: 'Submit' }).first().click();
	await page.getByRole('button', { name: 'Submit anyway' }).click();

	await expect(page).toHaveURL(/\/results\?seed=exam-flow/);
	const review = page.getByRole('region', { name: 'Review' });
	await expect(review.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(4);
	await expect(review.getByRole('heading', { name: 'Not answered', level: 4 })).toHaveCount(2);
	await expect(review.getByRole('link', { name: 'Read in the article' }).first()).toBeVisible();
});

test('the first question comes with the page: answered before its scripts run, the answer is kept and checked', async ({
	browser,
	page,
	request
}) => {
	// A page load per type, and a reload.
	test.setTimeout(60_000);
	const pack = await loadPack(request);
	// Every type but ordering is a form control, answerable as soon as it is drawn.
	const types = oneOfEachType(pack).filter((q) => q.type !== 'ordering');

	const noScripts = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noScripts.newPage();
	await plain.goto(quizUrl({ ids: types[0].id, seed: 'plain' }));
	await expect(plain.getByText('Question 1 of 1 · 0 answered')).toBeVisible();
	await answer(plain, types[0], true);
	// Pressing a button needs the page's scripts; with none, the buttons say so.
	await expect(plain.getByRole('button', { name: 'Check' })).toBeDisabled();
	await expect(plain.getByRole('button', { name: 'Flag for review' })).toBeDisabled();
	await noScripts.close();

	for (const q of types) {
		// The page's start script is held back until the answer has been given.
		let release = () => {};
		const released = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(quizUrl({ ids: q.id, seed: `early-${q.type}` }), { waitUntil: 'domcontentloaded' });
		expect(await currentQuestion(page, pack)).toEqual(q);
		await answer(page, q, true);
		release();
		if (q === types[0]) {
			// The answer starts the attempt, and so is saved, with no further press: a reload keeps it.
			const key = `footnote:attempt:${PACK}:early-${q.type}`;
			await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) !== null, key)).toBe(true);
			await page.unrouteAll();
			await page.reload();
			await expect(page.getByText('Question 1 of 1 · 1 answered')).toBeVisible();
		}
		await checkAndExpectFeedback(page, q, true);
		await page.unrouteAll();
	}
});

test('time taken counts from when the question was shown, not from the first answer', async ({ page, request }) => {
	const pack = await loadPack(request);
	const tf = pack.questions.find((q) => q.type === 'true-false')!;
	await page.goto(quizUrl({ ids: tf.id, seed: 'slow-reader' }));
	// The learner reads for three seconds before answering.
	await page.waitForTimeout(3000);
	await answer(page, tf, true);
	await page.getByRole('button', { name: 'Check' }).click();
	await page.getByRole('button', { name: 'See results' }).click();
	await expect(page.getByText(/time taken 0 min [3-9] s/)).toBeVisible();
});

test('a reload mid-question resumes at the same question with the partial answer kept', async ({ page, request }) => {
	const pack = await loadPack(request);
	const matching = pack.questions.find((q) => q.type === 'matching' && q.pairs.length >= 3)!;
	const tf = pack.questions.find((q) => q.type === 'true-false')!;
	await page.goto(quizUrl({ ids: `${tf.id},${matching.id}`, shuffle: '0', seed: 'resume' }));
	await answer(page, tf, true);
	await page.getByRole('button', { name: 'Check' }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	// Two of the pairs matched, the rest left open.
	if (matching.type !== 'matching') throw new Error('expected a matching question');
	for (const p of matching.pairs.slice(0, 2)) {
		await page.getByLabel(p.left, { exact: true }).selectOption({ label: p.right });
	}
	// The page comes with the first question drawn; until the scripts have resumed the attempt, it
	// is not shown.
	let release = () => {};
	const released = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/entry/start.*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.reload({ waitUntil: 'domcontentloaded' });
	await expect(page.locator('form[data-question-id]')).toHaveCount(1);
	await expect(page.getByText('Question 1 of 2')).toBeHidden();
	release();
	await expect(page.getByText('Question 2 of 2 · 2 answered')).toBeVisible();
	for (const p of matching.pairs.slice(0, 2)) {
		await expect(page.getByLabel(p.left, { exact: true }).locator('option:checked')).toHaveText(p.right);
	}
	await expect(page.getByLabel(matching.pairs[2].left, { exact: true }).locator('option:checked')).toHaveText(
		'Choose…'
	);
	await page.getByRole('button', { name: 'Previous' }).click();
	await expect(page.getByRole('region', { name: 'Right' })).toBeVisible();
});

test('an attempt open in two tabs goes on in the one opened last; the other says so and can take it back', async ({
	context,
	request
}) => {
	const pack = await loadPack(request);
	const [one, two] = pack.questions.filter((q) => q.type === 'true-false');
	const url = quizUrl({ ids: `${one.id},${two.id}`, shuffle: '0', seed: 'two-tabs' });
	const first = await context.newPage();
	await first.goto(url);
	await answer(first, one, true);
	await first.getByRole('button', { name: 'Check' }).click();
	await expect(first.getByRole('region', { name: 'Right' })).toBeVisible();

	const second = await context.newPage();
	await second.goto(url);
	await expect(second.getByText('Question 1 of 2 · 1 answered')).toBeVisible();
	const taken = (page: Page) => page.getByRole('heading', { name: 'This quiz is open in another tab' });
	await expect(taken(first)).toBeFocused();
	await expect(first.getByRole('button', { name: 'Next' })).toHaveCount(0);
	await expectNoAxeViolationsInBothSchemes(first);

	await second.getByRole('button', { name: 'Next' }).click();
	await answer(second, two, false);
	// Long enough for the first tab's clock, which ticks each second, to have saved over the
	// second's answers had it kept running.
	await second.waitForTimeout(1500);
	await second.reload();
	await expect(second.getByText('Question 2 of 2 · 2 answered')).toBeVisible();

	await first.getByRole('button', { name: 'Continue here' }).click();
	await expect(first.getByText('Question 2 of 2 · 2 answered')).toBeVisible();
	await expect(taken(second)).toBeVisible();
	await first.getByRole('button', { name: 'Previous' }).click();
	await expect(first.getByRole('region', { name: 'Right' })).toBeVisible();
});

test('with site data blocked the quiz runs, says nothing is kept and shows its results; a full storage is reported', async ({
	page,
	request
}) => {
	const pack = await loadPack(request);
	const [one, two] = pack.questions.filter((q) => q.type === 'true-false');
	const url = quizUrl({ ids: `${one.id},${two.id}`, shuffle: '0', seed: 'no-storage' });
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await page.goto(url);
	await expect(page.getByRole('alert')).toHaveText(
		'This browser keeps nothing for Footnote on this device: reloading or closing this tab starts the quiz again.'
	);
	await answer(page, one, true);
	await page.getByRole('button', { name: 'Check' }).click();
	await page.getByRole('button', { name: 'Next' }).click();
	await answer(page, two, false);
	await page.getByRole('button', { name: 'Check' }).click();
	await page.getByRole('button', { name: 'See results' }).click();
	await expect(page.getByText('1 of 2 points · 50%')).toBeVisible();

	const full = await page.context().newPage();
	await full.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await full.goto(quizUrl({ ids: one.id, seed: 'full-storage' }));
	await expect(full.getByRole('alert')).toHaveCount(0);
	await answer(full, one, true);
	await expect(full.getByRole('alert')).toHaveText(
		'Your answers can no longer be saved on this device (its storage for this site is full): reloading or closing this tab would lose them.'
	);
	await full.getByRole('button', { name: 'Check' }).click();
	await expect(full.getByRole('region', { name: 'Right' })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(full);
});

test('a saved attempt that cannot be read is reported and a fresh quiz starts', async ({ page }) => {
	const key = `footnote:attempt:${PACK}:corrupt`;
	await page.goto(quizUrl({ count: '3', seed: 'corrupt' }));
	// The machine starts, and saves the attempt, at the learner's first press. It saves again with
	// every tick of its clock, so the damage is done while the page is away: on the reload, before
	// the app runs.
	await page.getByRole('button', { name: 'Flag for review' }).click();
	await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) !== null, key)).toBe(true);
	await page.addInitScript((k) => localStorage.setItem(k, '{"formatVersion": 99, "nonsense": true'), key);
	await page.reload();
	await expect(page.getByRole('note')).toContainText('a new attempt has been started');
	await expect(page.getByText('Question 1 of 3 · 0 answered')).toBeVisible();
});

test('the same seed gives the same questions in the same order', async ({ browser }) => {
	const url = quizUrl({ count: '5', seed: 'same-seed', topics: 'timeline' });
	const prompts: string[][] = [];
	for (let run = 0; run < 2; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(url);
		const seen: string[] = [];
		for (let i = 0; i < 5; i++) {
			seen.push((await page.locator('#prompt').textContent()) ?? '');
			if (i === 4) break;
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(page.locator('#progress-text')).toHaveText(new RegExp(`^Question ${i + 2} of 5`));
		}
		prompts.push(seen);
		await context.close();
	}
	expect(prompts[0]).toEqual(prompts[1]);
	expect(new Set(prompts[0]).size).toBe(5);
});

test('a citation opens the reader at the quote, and the way back returns to the same question', async ({
	page,
	request
}) => {
	const pack = await loadPack(request);
	const q = pack.questions.find((x) => x.type === 'single-choice')!;
	const other = pack.questions.find((x) => x.type === 'true-false')!;
	await page.goto(quizUrl({ ids: `${other.id},${q.id}`, shuffle: '0', seed: 'reader-link' }));
	await page.getByRole('button', { name: 'Next' }).click();
	await answer(page, q, true);
	await checkAndExpectFeedback(page, q, true);
	await page.getByRole('link', { name: 'Read in the article' }).first().click();
	await expect(page).toHaveURL(new RegExp(`/packs/${PACK}/article\\?quote=.*#${q.sources[0].passage}$`));
	await expect(page.locator(`#${q.sources[0].passage} mark`)).toHaveText(q.sources[0].quote);
	await page.getByRole('link', { name: 'Back to the quiz' }).click();
	await expect(page.getByText('Question 2 of 2')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Right' })).toBeVisible();
});

test('a whole quiz can be taken by keyboard alone', async ({ page, request }) => {
	const pack = await loadPack(request);
	const tf = pack.questions.find((q) => q.type === 'true-false')!;
	const sc = pack.questions.find((q) => q.type === 'single-choice')!;
	await page.goto(quizUrl({ ids: `${tf.id},${sc.id}`, shuffle: '0', shuffleOptions: '0', seed: 'keyboard' }));
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	// Tab to the first radio, arrow to the right value, Enter checks the answer.
	await page.locator('body').focus();
	const trueRadio = page.getByRole('radio', { name: 'True', exact: true });
	for (let i = 0; i < 20 && !(await trueRadio.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await page.keyboard.press('Space');
	if (tf.type === 'true-false' && !tf.answer) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page.locator('#feedback-heading')).toBeFocused();
	await expect(page.getByRole('region', { name: 'Right' })).toBeVisible();
	// Next is reachable from the feedback with Shift+Tab; Enter moves on and focus lands on the prompt.
	const next = page.getByRole('button', { name: 'Next' });
	for (let i = 0; i < 10 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Shift+Tab');
	}
	await page.keyboard.press('Enter');
	await expect(page.locator('#prompt')).toBeFocused();
	await page.keyboard.press('Tab');
	const right = sc.type === 'single-choice' ? sc.options.findIndex((o) => o.correct) : 0;
	await page.keyboard.press('Space');
	for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page.locator('#feedback-heading')).toBeFocused();
	await expect(page.getByRole('status')).toHaveText('Right.');
});

test('results download as JSON and CSV, and "retry the missed ones" asks exactly those again', async ({
	page,
	request
}) => {
	const pack = await loadPack(request);
	const picked = oneOfEachType(pack).slice(0, 3);
	await page.goto(quizUrl({ ids: picked.map((q) => q.id).join(','), shuffle: '0', seed: 'downloads' }));
	for (const [i, q] of picked.entries()) {
		await answer(page, q, i !== 1);
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: i < picked.length - 1 ? 'Next' : 'See results' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();

	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download JSON' }).click()
	]);
	expect(json.suggestedFilename()).toBe(`footnote-${PACK}-downloads.json`);
	const result = JSON.parse(await (await json.createReadStream()).toArray().then((b) => Buffer.concat(b).toString()));
	expect(result.questions.map((q: { id: string; status: string }) => [q.id, q.status])).toEqual([
		[picked[0].id, 'correct'],
		[picked[1].id, expect.stringMatching(/wrong|partial/)],
		[picked[2].id, 'correct']
	]);

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const lines = (await (await csv.createReadStream()).toArray().then((b) => Buffer.concat(b).toString()))
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe('"question","topic","difficulty","status","points","max","certainty","response","key"');
	expect(lines).toHaveLength(4);
	expect(lines[2]).toContain(`"${picked[1].id}"`);

	await page.getByRole('link', { name: 'Retry the missed ones' }).click();
	await expect(page.getByText('Question 1 of 1')).toBeVisible();
	expect((await currentQuestion(page, pack)).id).toBe(picked[1].id);
});

test('a link with a wrong setting says which and why, and one that matches no question says so', async ({
	page,
	request
}) => {
	const pack = await loadPack(request);
	await page.goto(quizUrl({ seed: 'links', count: '-5', mode: '<b>exam</b>' }));
	const notes = page.getByRole('note');
	await expect(
		notes.filter({ hasText: 'link parameter "count": "-5" is not a whole number from 1 to 500' })
	).toBeVisible();
	// The hostile value is shown as the text it is, not as markup.
	await expect(
		notes.filter({ hasText: 'link parameter "mode": "<b>exam</b>" is not "practice" or "exam"' })
	).toBeVisible();
	await expect(page.locator('main b')).toHaveCount(0);
	// The quiz goes on with the defaults: every question, in practice mode.
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Practice');
	await expect(page.locator('#progress-text')).toHaveText(`Question 1 of ${pack.questions.length} · 0 answered`);
	await expect(page.getByRole('button', { name: 'Check' })).toBeVisible();

	await page.goto(quizUrl({ seed: 'links', topics: 'no-such-topic' }));
	await expect(page.getByText('No question matches these settings.')).toBeVisible();
	await expect(notes.filter({ hasText: 'no-such-topic' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Choose others' })).toBeVisible();
	// No "Question 1 of 0", and no progress bar for a quiz with nothing in it.
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	await expect(page.getByText(/Question \d+ of 0/)).toHaveCount(0);
	await expectNoAxeViolationsInBothSchemes(page, 'a quiz that matches no question');
});

test('with a retry allowed, a wrong check says try again and keeps the key back until the last try', async ({
	page
}) => {
	await page.goto(quizUrl({ ids: 'delisting-ruling-date', retries: '1', shuffleOptions: '0', seed: 'retry' }));
	await page.getByLabel('April 23').check();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('status')).toHaveText('Not quite. 1 try left.');
	await expect(page.getByRole('heading', { name: /Not quite: try again/ })).toBeFocused();
	await expect(page.getByText('April 23 is when the Foreign Ministry announced the diplomatic upgrade')).toBeVisible();
	await expect(page.getByText('The right answer')).toHaveCount(0);

	await page.getByLabel('March 2025').check();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('status')).toHaveText('Not right.');
	await expect(page.getByRole('button', { name: 'Check' })).toHaveCount(0);
	await expect(page.getByText('The right answer')).toBeVisible();
	await expect(page.getByLabel('April 17')).toBeDisabled();
});
