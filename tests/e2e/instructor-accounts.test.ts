import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { addUser, logIn, visit, type Account } from './instructor-helpers';

// Each test logs in and runs axe twice on a shared two-core machine: give it room.
test.describe.configure({ timeout: 120_000 });

test('pages that need an account send you to log in, and back to where you were going', async ({ page }) => {
	const ada = await addUser('acct-ada');
	for (const path of ['/sets', '/sets/new?pack=russia-taliban-delisting', '/account', '/packs/new']) {
		await page.goto(path);
		await expect(page).toHaveURL(`/login?next=${encodeURIComponent(path)}`);
	}
	await expectNoAxeViolationsInBothSchemes(page, 'login');
	await logIn(page, ada, '/packs/new');
	await expect(page.getByRole('heading', { name: 'Add your own article' })).toBeVisible();
});

test('a "next" that leads off the site is ignored', async ({ page }) => {
	const ada = await addUser('acct-next');
	for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
		await page.context().clearCookies();
		await page.goto(`/login?next=${encodeURIComponent(next)}`);
		await page.getByLabel('Username').fill(ada.username);
		await page.getByLabel('Password').fill(ada.password);
		await page.getByRole('button', { name: 'Log in' }).click();
		await expect(page).toHaveURL('/sets');
	}
});

test('the session cookie is httpOnly and SameSite, and the first-run page is gone once an account exists', async ({
	page
}) => {
	const ada = await addUser('acct-cookie');
	await logIn(page, ada);
	const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'footnote_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
	const setup = await page.goto('/setup');
	expect(setup?.status()).toBe(404);
});

test('the account page changes the password, logs out, and deletes the account with everything in it', async ({
	page,
	browser
}) => {
	const ada: Account = await addUser('acct-delete');
	await logIn(page, ada, '/account');
	await expectNoAxeViolationsInBothSchemes(page, 'account');

	const next = `${ada.password}-new`;
	await page.getByLabel('Current password').fill(ada.password);
	await page.getByLabel('New password', { exact: true }).fill(next);
	await page.getByLabel('New password again').fill(`${next}-typo`);
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('alert')).toContainText('the two new passwords differ');
	await page.getByLabel('Current password').fill('not my password');
	await page.getByLabel('New password', { exact: true }).fill(next);
	await page.getByLabel('New password again').fill(next);
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('alert')).toContainText('the current password is not correct');
	await page.getByLabel('Current password').fill(ada.password);
	await page.getByLabel('New password', { exact: true }).fill(next);
	await page.getByLabel('New password again').fill(next);
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('Your password has been changed.')).toBeVisible();

	await page.getByRole('button', { name: 'Log out of this browser' }).click();
	await expect(page).toHaveURL('/login');
	await page.goto('/account');
	await expect(page).toHaveURL('/login?next=%2Faccount');
	await logIn(page, { ...ada, password: next }, '/sets/new');

	await page.getByLabel('Title').fill('Goes with the account');
	await page.getByRole('button', { name: 'Add delisting-ruling-date' }).click();
	await page.getByRole('button', { name: 'Save the set' }).click();
	await expect(page).toHaveURL(/\?saved$/);
	const link = await page.getByLabel('Share link').inputValue();

	await visit(page, '/account');
	await page.getByRole('button', { name: 'Delete my account…' }).click();
	await page.getByLabel(/Type your username/).fill('someone-else');
	await page.getByLabel('Your password', { exact: true }).fill(next);
	await page.getByRole('button', { name: 'Delete my account and all its data' }).click();
	await expect(page.getByRole('alert')).toContainText(`type your username, ${ada.username}, to confirm`);
	await page.getByLabel(/Type your username/).fill(ada.username);
	await page.getByLabel('Your password', { exact: true }).fill(next);
	await page.getByRole('button', { name: 'Delete my account and all its data' }).click();
	await expect(page).toHaveURL('/login?deleted');
	await expect(page.getByText('Your account and everything in it have been deleted.')).toBeVisible();

	const learner = await browser.newPage();
	const res = await learner.goto(link);
	expect(res?.status()).toBe(404);
	await expect(learner.getByRole('heading', { name: 'No such set' })).toBeVisible();
	await learner.close();
});

test('the top bar logs out with a POST, and GET /logout only offers the button', async ({ page }) => {
	const ada = await addUser('acct-logout');
	await logIn(page, ada);
	await page.goto('/logout');
	await expect(page.getByRole('heading', { name: 'Log out' })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'log out');
	await page.goto('/sets');
	await expect(page).toHaveURL('/sets');
	await page.getByRole('navigation', { name: 'Instructor' }).getByRole('button', { name: 'Log out' }).click();
	await expect(page).toHaveURL('/login');
});
