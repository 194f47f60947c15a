// A quiz taken on the quiz page goes into the history on this device: a practice answer once it is
// checked, an exam's answers when it is submitted, and the attempt with its score.
import { expect, test } from '@playwright/test';
import { answerByKeyboard, PACK, press, readHistory } from './study-helpers';

test.describe.configure({ timeout: 60_000 });

test('a practice quiz keeps each checked answer, and the finished attempt, in the history', async ({ page }) => {
	await page.goto(`/packs/${PACK}/quiz?count=2&seed=history-practice`);
	const form = page.locator('form.question');
	await answerByKeyboard(page);
	await press(form.getByRole('button', { name: 'Check' }));
	await expect.poll(async () => (await readHistory(page)).answers.length).toBe(1);
	await press(form.getByRole('button', { name: 'Next' }));
	await answerByKeyboard(page);
	await press(form.getByRole('button', { name: 'Check' }));
	await press(form.getByRole('button', { name: 'See results' }));
	await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
	await expect
		.poll(async () => (await readHistory(page)).attempts)
		.toMatchObject([{ packId: PACK, mode: 'practice', finishedAt: expect.any(String), score: { max: 2 } }]);

	await page.reload();
	await page.goto(`/packs/${PACK}/quiz?count=2&seed=history-practice`);
	await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
	const history = await readHistory(page);
	expect(history.attempts).toHaveLength(1);
	expect(history.answers).toHaveLength(2);

	await press(page.getByRole('link', { name: 'Progress' }));
	await expect(page.getByRole('table', { name: /Mastery by topic/ })).toContainText('2');
});

test('an exam keeps nothing until it is submitted, then every answer', async ({ page }) => {
	await page.goto(`/packs/${PACK}/quiz?count=2&mode=exam&seed=history-exam`);
	const form = page.locator('form.question');
	await answerByKeyboard(page);
	await press(form.getByRole('button', { name: 'Next' }));
	await answerByKeyboard(page);
	await expect.poll(async () => (await readHistory(page)).attempts.length).toBe(1);
	expect((await readHistory(page)).answers).toEqual([]);
	await press(form.getByRole('button', { name: 'Submit' }));
	await expect(page.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
	await expect.poll(async () => (await readHistory(page)).answers.length).toBe(2);
	expect((await readHistory(page)).attempts).toMatchObject([{ mode: 'exam', finishedAt: expect.any(String) }]);
});
