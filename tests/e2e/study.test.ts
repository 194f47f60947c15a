import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { answerByKeyboard, historyFile, importFile, packQuestions, press, readHistory } from './study-helpers';

test.describe.configure({ timeout: 60_000 });

const today = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Today' });

test('a study session asks the new questions by keyboard alone, keeps each answer, and the progress page shows them', async ({
	page
}) => {
	await page.goto('/study');
	await expect(today(page)).toContainText('10 questions to study today: 0 to review, 10 new.');

	const perDay = page.getByLabel('New questions a day');
	await perDay.fill('2');
	await perDay.press('Enter');
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await expect(today(page)).toContainText('2 questions to study today: 0 to review, 2 new.');

	await press(page.getByRole('button', { name: 'Start studying' }));
	await expect(page.getByText('New question')).toBeVisible();
	await expect(page.locator('#prompt')).toBeFocused();
	const form = page.locator('form.question');
	for (let i = 0; i < 2; i++) {
		await answerByKeyboard(page);
		await press(form.getByRole('button', { name: 'Check' }));
		await expect(page.getByText(/^Saved, rated (Again|Hard|Good|Easy): this question comes back/)).toBeVisible();
		if (i === 0) await press(form.getByRole('button', { name: 'Next' }));
	}
	await press(form.getByRole('button', { name: 'See results' }));
	await expect(page.getByRole('heading', { name: 'Session finished' })).toBeFocused();
	await expect(page.getByRole('region', { name: 'Session finished' })).toContainText('You answered 2 of 2 questions');

	const history = await readHistory(page);
	expect(history.answers).toHaveLength(2);
	expect(history.cards).toHaveLength(2);
	expect(history.attempts).toMatchObject([{ mode: 'study', finishedAt: expect.any(String) }]);

	// Both questions are in their first learning steps, due again within minutes.
	await press(page.getByRole('button', { name: 'Back to today’s study' }));
	await expect(today(page)).toContainText('2 questions to study today: 2 to review, 0 new.');

	await press(page.getByRole('link', { name: 'Progress' }));
	await expect(page.getByRole('region', { name: 'Coming due' })).toContainText('2 questions are due today.');
	const timeline = page.getByRole('table', { name: /Mastery by topic/ }).getByRole('row', { name: /Timeline/ });
	await expect(timeline.getByRole('cell').last()).toHaveText('2');
});

test('the study page says when nothing is due, and when the next question comes back', async ({ page, request }) => {
	const questions = (await packQuestions(request)).filter((q) => q.topic === 'timeline');
	await page.goto('/progress');
	await importFile(
		page,
		'history.json',
		historyFile(
			[
				{ question: questions[0], fraction: 1, daysAgo: 2 },
				{ question: questions[1], fraction: 1, daysAgo: 2 }
			],
			{ dueInDays: 3, settings: { newPerDay: 0 } }
		)
	);
	await expect(page.getByText(/^Imported: 1 attempt, 2 answers, 2 schedules added/)).toBeVisible();

	await page.goto('/study');
	await expect(today(page)).toContainText('Nothing due today.');
	await expect(today(page)).toContainText('The next question comes back in 3 days');
	await expect(today(page)).toContainText('questions wait for the coming days');
	await expect(page.getByRole('button', { name: 'Start studying' })).toHaveCount(0);
});

test('a question edited since it was studied says so, and starts again', async ({ page, request }) => {
	const [first] = (await packQuestions(request)).filter((q) => q.topic === 'timeline');
	await page.goto('/progress');
	await importFile(
		page,
		'history.json',
		historyFile([{ question: first, fraction: 1, daysAgo: 5 }], {
			dueInDays: 20,
			versions: { [first.id]: 'an-older-version' },
			settings: { newPerDay: 0 }
		})
	);
	await expect(page.getByText(/^Imported:/)).toBeVisible();

	await page.goto('/study');
	await expect(today(page)).toContainText(
		'1 question to study today: 0 to review, 0 new, 1 changed since you studied it.'
	);
	await press(page.getByRole('button', { name: 'Start studying' }));
	await expect(
		page.getByRole('status').filter({ hasText: 'This question changed since you last studied it' })
	).toHaveText('This question changed since you last studied it; it starts again.');
	const card = (await readHistory(page)).cards[0];
	expect(card).toMatchObject({ version: first.version, changed: { previousVersion: 'an-older-version' } });
	expect(card.fsrs.state).toBe('New');
});

test('a setting out of range is refused with the reason, and nothing is saved', async ({ page }) => {
	await page.goto('/study');
	const retention = page.getByLabel('Desired retention');
	await expect(retention).toHaveValue('0.9');
	await retention.fill('1.5');
	await retention.press('Enter');
	await expect(page.getByText('Desired retention: expected a number from 0.7 to 0.97, got 1.5.')).toBeVisible();
	await expect(retention).toHaveAttribute('aria-invalid', 'true');
	await page.reload();
	await expect(page.getByLabel('Desired retention')).toHaveValue('0.9');
	await page.getByLabel('Desired retention').fill('0.85');
	await page.getByLabel('Desired retention').press('Enter');
	await expect(page.getByText('Settings saved.')).toBeVisible();
	expect((await readHistory(page)).settings).toMatchObject({ desiredRetention: 0.85, newPerDay: 10 });
});

test('the study page passes axe in light and dark, before, during and after a session', async ({ page }) => {
	await page.goto('/study');
	await expect(today(page)).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'study: today');

	await page.getByLabel('New questions a day').fill('1');
	await page.getByLabel('New questions a day').press('Enter');
	await expect(today(page)).toContainText('1 question to study today');
	await press(page.getByRole('button', { name: 'Start studying' }));
	await answerByKeyboard(page);
	await press(page.locator('form.question').getByRole('button', { name: 'Check' }));
	await expect(page.getByText(/^Saved, rated/)).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'study: answer checked');

	await press(page.getByRole('button', { name: 'See results' }));
	await expect(page.getByRole('heading', { name: 'Session finished' })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'study: finished');
});

test('the study page fits a 320 px wide screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/study');
	await expect(today(page)).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await press(page.getByRole('button', { name: 'Start studying' }));
	await expect(page.locator('#prompt')).toBeFocused();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('with site data blocked, the study and progress pages say why there is no history and how to allow it', async ({
	page
}) => {
	await page.addInitScript(() => {
		const refuse = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		Object.defineProperty(window, 'localStorage', { get: refuse });
		Object.defineProperty(window, 'indexedDB', { get: refuse });
	});
	const why =
		'This browser keeps nothing for Footnote on this device, so there is no study history here. To study and see your progress, let this site keep its data (cookies and site data) in the browser’s settings.';
	await page.goto('/study');
	await expect(page.getByRole('alert')).toHaveText(why);
	await expectNoAxeViolationsInBothSchemes(page, 'study: site data blocked');
	await page.goto('/progress');
	await expect(page.getByRole('alert')).toHaveText(why);
});
