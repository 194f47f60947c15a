import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from './axe';

const ARTICLE = '/packs/russia-taliban-delisting/article';

test('the reader shows the article by sections, each passage at its own anchor', async ({ page }) => {
	await page.goto(ARTICLE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Russia removes the Taliban from its terrorist list'
	);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		'A Gradual Transformation',
		'Multiple Motivations',
		'A Milestone on the Path to Legitimacy'
	]);
	await expect(page.locator('#doha-meeting')).toContainText('third Doha meeting of special envoys');
});

test('a quote link scrolls to its passage, marks exactly the quoted words and moves focus there', async ({ page }) => {
	const quote = 'claimed nearly 150 lives';
	await page.goto(`${ARTICLE}?quote=${encodeURIComponent(quote)}#security-daesh-khorasan`);
	const passage = page.locator('#security-daesh-khorasan');
	await expect(passage.locator('mark')).toHaveText(quote);
	await expect(page.locator('mark')).toHaveCount(1);
	await expect(passage).toBeFocused();
	await expect(passage).toBeInViewport();
});

test('a quote typed with straight quotes still finds the curly-quoted words', async ({ page }) => {
	await page.goto(`${ARTICLE}?quote=${encodeURIComponent("Russia's envoy to Afghanistan")}#diplomatic-upgrade`);
	await expect(page.locator('#diplomatic-upgrade mark')).toHaveText('Russia’s envoy to Afghanistan');
});

test('a way back is offered only to a path on this site', async ({ page }) => {
	await page.goto(`${ARTICLE}?from=${encodeURIComponent('/somewhere?q=1')}#doha-meeting`);
	await expect(page.getByRole('link', { name: 'Back to the quiz' })).toHaveAttribute('href', '/somewhere?q=1');
	await page.goto(`${ARTICLE}?from=${encodeURIComponent('//evil.example/')}#doha-meeting`);
	await expect(page.locator('#doha-meeting')).toBeFocused();
	await expect(page.getByRole('link', { name: 'Back to the quiz' })).toHaveCount(0);
});

test('the reader with a highlighted quote passes axe in light and dark schemes', async ({ page }) => {
	await page.goto(`${ARTICLE}?quote=${encodeURIComponent('41 countries worldwide')}#legitimacy-precedent`);
	await expect(page.locator('mark')).toHaveText('41 countries worldwide');
	await expectNoAxeViolationsInBothSchemes(page);
});

test('a quote that is not in the article is named as text, by the passage the link names or at the top', async ({
	page
}) => {
	const hostile = '<img src=x onerror="document.title=1">not in the article';
	await page.goto(`${ARTICLE}?quote=${encodeURIComponent(hostile)}#security-daesh-khorasan`);
	const passage = page.locator('#security-daesh-khorasan');
	await expect(passage).toBeFocused();
	await expect(passage).toHaveAccessibleDescription(
		`The words this link quotes are not in the article: “${hostile}”. The passage it names is the one marked below.`
	);
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(page.locator('mark')).toHaveCount(0);
	await expectNoAxeViolationsInBothSchemes(page);

	await page.goto(`${ARTICLE}?quote=${'word '.repeat(100)}`);
	await expect(page.getByRole('note')).toHaveText(
		`The words this link quotes are not in the article: “${'word '.repeat(32)}…”.`
	);
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});
