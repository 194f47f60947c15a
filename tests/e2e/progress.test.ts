import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { historyFile, importFile, PACK, packQuestions, press, readHistory, type PackQuestion } from './study-helpers';

test.describe.configure({ timeout: 60_000 });

/**
 * Two timeline questions: the first missed three days ago and right yesterday, the second missed
 * two days ago and again yesterday.
 */
function twoQuestions(questions: PackQuestion[]) {
	const [first, second] = questions.filter((q) => q.topic === 'timeline');
	const file = historyFile(
		[
			{ question: first, fraction: 0, daysAgo: 3 },
			{ question: second, fraction: 0, daysAgo: 2 },
			{ question: first, fraction: 1, daysAgo: 1 },
			{ question: second, fraction: 0, daysAgo: 1 }
		],
		{ dueInDays: 3 }
	);
	return { first, second, file };
}

const region = (page: Page, name: string) => page.getByRole('region', { name });

test('the progress page shows what is due, mastery over time, the passages to reread and the questions most missed', async ({
	page,
	request
}) => {
	const { first, second, file } = twoQuestions(await packQuestions(request));
	await page.goto('/progress');
	await expect(region(page, 'Mastery over time')).toContainText('No answers on this device yet.');
	await importFile(page, 'history.json', file);
	await expect(page.getByText(/^Imported: 1 attempt, 4 answers, 2 schedules added/)).toBeVisible();

	const due = region(page, 'Coming due');
	await expect(due).toContainText('0 questions are due today.');
	const rows = due.getByRole('row');
	await expect(rows).toHaveCount(9);
	await expect(rows.nth(1)).toContainText('Today');
	await expect(rows.nth(4).getByRole('cell').first()).toHaveText('2');

	const byTopic = page.getByRole('table', { name: 'Mastery by topic, day by day' });
	await expect(byTopic.getByRole('row', { name: /Timeline/ }).getByRole('cell')).toHaveText(['0%', '0%', '50%', '4']);
	await expect(
		page.getByRole('img', { name: /Mastery by topic over the last 3 days with answers; latest: Timeline 50%/ })
	).toBeVisible();

	await press(page.getByRole('radio', { name: 'Passage' }), 'Space');
	await expect(page.getByRole('table', { name: 'Mastery by passage, day by day' })).toBeVisible();

	const missed = region(page, 'Questions most often missed').getByRole('listitem');
	await expect(missed).toHaveCount(2);
	await expect(missed.nth(0)).toContainText(second.prompt.trim().slice(0, 40));
	await expect(missed.nth(0)).toContainText('Missed 2 of 2 times · Timeline');
	await expect(missed.nth(1)).toContainText(first.prompt.trim().slice(0, 40));
	await expect(missed.nth(1)).toContainText('Missed 1 of 2 times');

	const reread = region(page, 'Passages to reread').getByRole('link');
	await expect(reread.first()).toHaveAttribute('href', `/packs/${PACK}/article#${second.sources[0].passage}`);
	await press(reread.first());
	await expect(page).toHaveURL(new RegExp(`/packs/${PACK}/article#${second.sources[0].passage}$`));
	await expect(page.locator(`[id="${second.sources[0].passage}"]`)).toBeFocused();
});

test('export, forget everything, then import gives the same history; importing it again adds nothing', async ({
	page,
	request
}) => {
	const { file } = twoQuestions(await packQuestions(request));
	await page.goto('/progress');
	await importFile(page, 'history.json', file);
	await expect(page.getByText(/^Imported:/)).toBeVisible();
	const before = await readHistory(page);
	const shown = await page.getByRole('table', { name: /Mastery by topic/ }).textContent();

	const download = page.waitForEvent('download');
	await press(page.getByRole('button', { name: 'Export history' }));
	const exported = await download;
	expect(exported.suggestedFilename()).toMatch(/^footnote-history-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await readFile(await exported.path(), 'utf8');

	await press(page.getByRole('button', { name: 'Forget everything…' }));
	const dialog = page.getByRole('dialog', { name: 'Forget everything?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Keep my history' })).toBeFocused();
	await press(dialog.getByRole('button', { name: 'Yes, forget everything' }));
	await expect(dialog).toBeHidden();
	await expect(page.getByText('Your history on this device is forgotten.')).toBeVisible();
	await expect(region(page, 'Mastery over time')).toContainText('No answers on this device yet.');
	expect(await readHistory(page)).toMatchObject({ attempts: [], answers: [], cards: [] });

	await importFile(page, exported.suggestedFilename(), text);
	await expect(page.getByText(/^Imported: 1 attempt, 4 answers, 2 schedules added/)).toBeVisible();
	await expect(page.getByRole('table', { name: /Mastery by topic/ })).toHaveText(shown ?? '');
	const after = await readHistory(page);
	expect({ ...after, settings: null }).toEqual({ ...before, settings: null });

	await importFile(page, 'again.json', text);
	await expect(
		page.getByText(/^Imported: 0 attempts, 0 answers, 0 schedules added; .*1 attempt and 4 answers were already here/)
	).toBeVisible();
	expect(await readHistory(page)).toEqual(after);
});

test('a file that is not a history, or from a newer Footnote, is refused with its reason and changes nothing', async ({
	page,
	request
}) => {
	const { file } = twoQuestions(await packQuestions(request));
	await page.goto('/progress');
	await importFile(page, 'history.json', file);
	await expect(page.getByText(/^Imported:/)).toBeVisible();
	const before = await readHistory(page);

	const newer = JSON.stringify({ ...JSON.parse(file), formatVersion: 2 });
	const broken = file.replace('"fraction": 1', '"fraction": 1.5');
	for (const [name, text, reason] of [
		['notes.json', '{ "attempts": [1, 2', 'notes.json was not imported. The file is not JSON'],
		[
			'other.json',
			'{ "app": "another-app", "items": [] }',
			'other.json was not imported. This is not a Footnote history file'
		],
		['newer.json', newer, 'newer.json was not imported. The file comes from a newer version of Footnote'],
		['broken.json', broken, 'broken.json was not imported. The file cannot be imported: one problem was found']
	]) {
		await importFile(page, name, text);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(reason);
		await expect(alert).toContainText('Your history has not changed.');
		expect(await readHistory(page)).toEqual(before);
	}
	await expect(page.getByRole('alert')).toContainText('answers[2].fraction: expected a number from 0 to 1, got 1.5');
});

test('forgetting asks first, and keeping the history changes nothing', async ({ page, request }) => {
	const { file } = twoQuestions(await packQuestions(request));
	await page.goto('/progress');
	await importFile(page, 'history.json', file);
	await expect(page.getByText(/^Imported:/)).toBeVisible();
	const before = await readHistory(page);

	const forget = page.getByRole('button', { name: 'Forget everything…' });
	await press(forget);
	await press(page.getByRole('dialog').getByRole('button', { name: 'Keep my history' }));
	await expect(page.getByRole('dialog')).toBeHidden();
	await press(forget);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
	expect(await readHistory(page)).toEqual(before);
});

test('the progress page passes axe in light and dark, with and without a history, and fits 320 px', async ({
	page,
	request
}) => {
	await page.goto('/progress');
	await expect(region(page, 'Your history')).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'progress: empty');

	await importFile(page, 'history.json', twoQuestions(await packQuestions(request)).file);
	await expect(page.getByText(/^Imported:/)).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'progress: with a history');

	await importFile(page, 'bad.json', 'not json');
	await expect(page.getByRole('alert')).toContainText('not imported');
	await press(page.getByRole('button', { name: 'Forget everything…' }));
	await expectNoAxeViolationsInBothSchemes(page, 'progress: refusal and confirmation');
	await page.keyboard.press('Escape');

	await page.setViewportSize({ width: 320, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
