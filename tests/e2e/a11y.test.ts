import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { answer, currentQuestion, loadPack, oneOfEachType, quizUrl } from './quiz-helpers';

test('the home page passes axe and starts a quiz from its form without JavaScript', async ({ page }) => {
	await page.goto('/');
	await expectNoAxeViolationsInBothSchemes(page, 'home');
	await page.getByLabel('Topic').selectOption('timeline');
	await page.getByLabel('Number of questions').fill('3');
	await page.getByRole('radio', { name: /Exam/ }).check();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page).toHaveURL(/seed=/);
	const params = new URL(page.url()).searchParams;
	expect([params.get('topics'), params.get('count'), params.get('mode')]).toEqual(['timeline', '3', 'exam']);
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await expect(page.getByText('Exam', { exact: false }).first()).toBeVisible();
});

test('every question type, its feedback and the overview pass axe in light and dark schemes', async ({
	page,
	request
}) => {
	test.setTimeout(180_000);
	const pack = await loadPack(request);
	const questions = oneOfEachType(pack);
	await page.goto(quizUrl({ ids: questions.map((q) => q.id).join(','), shuffle: '0', seed: 'axe', cbm: '1' }));
	for (const [i] of questions.entries()) {
		const q = await currentQuestion(page, pack);
		await expectNoAxeViolationsInBothSchemes(page, `${q.type} question`);
		await answer(page, q, i % 2 === 0);
		await page.getByRole('radio', { name: /Medium/ }).check();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('#feedback-heading')).toBeFocused();
		await expectNoAxeViolationsInBothSchemes(page, `${q.type} feedback`);
		if (i < questions.length - 1) await page.getByRole('button', { name: 'Next' }).click();
	}
	await page.getByRole('button', { name: 'Show all questions' }).click();
	await expectNoAxeViolationsInBothSchemes(page, 'overview');
	await page.getByRole('button', { name: 'See results' }).click();
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
	await expect(page.getByText(/With certainty-based marking/)).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'results');
});

test('an exam with a time limit, its warning and its submit warning pass axe', async ({ page }) => {
	await page.clock.install();
	await page.goto(quizUrl({ mode: 'exam', count: '3', seed: 'axe-exam', time: '60' }));
	await expect(page.getByText('Time left')).toBeVisible();
	await page.clock.runFor(45_000);
	await expect(page.getByRole('button', { name: 'More time' })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Less than 1 minute left.');
	await expectNoAxeViolationsInBothSchemes(page, 'timer warning');
	await page.getByRole('button', { name: 'More time' }).click();
	await page.getByRole('button', { name: 'No time limit' }).click();
	await expect(page.getByText('Time left')).toHaveCount(0);
	await page.getByRole('button', { name: 'Submit' }).first().click();
	await expect(page.getByRole('heading', { name: /unanswered/ })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'submit warning');
});

test('a quiz is usable at 320 px wide, and feedback appearing shifts nothing above it', async ({ page, request }) => {
	const pack = await loadPack(request);
	const questions = oneOfEachType(pack);
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(quizUrl({ ids: questions.map((q) => q.id).join(','), shuffle: '0', seed: 'narrow' }));
	await page.evaluate(() => {
		(window as unknown as { shifts: number }).shifts = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
			}
		}).observe({ type: 'layout-shift', buffered: false });
	});
	for (const [i] of questions.entries()) {
		const q = await currentQuestion(page, pack);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, `${q.type} fits 320 px`).toBeLessThanOrEqual(0);
		await answer(page, q, true);
		// Positions in the document, not the viewport: moving focus to the feedback may scroll.
		const top = () =>
			page.locator('form.question .actions').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
		const before = await top();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.locator('#feedback-heading')).toBeVisible();
		expect(await top(), `${q.type}: the question and its buttons stay where they were`).toBe(before);
		if (i < questions.length - 1) await page.getByRole('button', { name: 'Next' }).click();
	}
	expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test('motion is reduced when the learner asks for it', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(
		'/packs/russia-taliban-delisting/article?quote=claimed%20nearly%20150%20lives#security-daesh-khorasan'
	);
	await expect(page.locator('#security-daesh-khorasan')).toBeFocused();
	const behavior = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
	expect(behavior).toBe('auto');
});

test('an unknown address or pack gets a titled page that says what was not found, under the site navigation', async ({
	page
}) => {
	const unknown = await page.goto('/no-such-page');
	expect(unknown?.status()).toBe(404);
	await expect(page).toHaveTitle('Not found · Footnote');
	await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'unknown address');

	const pack = await page.goto('/packs/no-such-pack/quiz');
	expect(pack?.status()).toBe(404);
	await expect(page).toHaveTitle('Not found · Footnote');
	await expect(page.getByText('There is no pack "no-such-pack".')).toBeVisible();
	await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Quizzes' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Footnote' })).toBeVisible();
});
