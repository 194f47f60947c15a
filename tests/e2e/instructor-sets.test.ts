import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { addUser, logIn, visit, type Account } from './instructor-helpers';

// Each test logs in and runs axe twice on a shared two-core machine: give it room.
test.describe.configure({ timeout: 120_000 });

let ada: Account;

test.beforeAll(async () => {
	ada = await addUser('sets-ada');
});

/** The picked question ids, in order, as the form would post them. */
const pickedIds = (page: Page) =>
	page.locator('ol.picked input[name="questions"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

/** Tabs to a control, as a keyboard user reaches it, and checks that it has the focus. */
async function focus(page: Page, locator: ReturnType<Page['getByRole']>) {
	await locator.focus();
	await expect(locator).toBeFocused();
}

test('a set is built by keyboard alone, previewed, saved, and taken from its link without an account', async ({
	page,
	browser
}) => {
	await logIn(page, ada, '/sets/new');
	await expect(page.getByRole('heading', { name: 'Build a question set', level: 1 })).toBeVisible();

	await page.getByLabel('Title').focus();
	await page.keyboard.type('Keyboard set');
	// Filter by topic and a word, with Space on the checkbox and typing in the search.
	await focus(page, page.getByRole('checkbox', { name: 'Timeline' }));
	await page.keyboard.press('Space');
	await page.getByLabel('Words in the question').focus();
	await page.keyboard.type('Supreme Court');
	await expect(page.getByText(/^\d+ of \d+ questions match\.$/)).toBeVisible();

	await focus(page, page.getByRole('button', { name: 'Add delisting-ruling-date' }));
	await page.keyboard.press('Enter');
	await page.getByLabel('Words in the question').fill('');
	await focus(page, page.getByRole('button', { name: 'Add days-ruling-to-upgrade' }));
	await page.keyboard.press('Enter');
	await focus(page, page.getByRole('button', { name: 'Add legal-steps-order' }));
	await page.keyboard.press('Enter');

	await expect
		.poll(() => pickedIds(page))
		.toEqual(['delisting-ruling-date', 'days-ruling-to-upgrade', 'legal-steps-order']);
	await focus(page, page.getByRole('button', { name: 'Up legal-steps-order' }));
	await page.keyboard.press('Enter');
	// Focus stays on the moved question's button, so it can be moved again at once.
	await expect(page.getByRole('button', { name: 'Up legal-steps-order' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect
		.poll(() => pickedIds(page))
		.toEqual(['legal-steps-order', 'delisting-ruling-date', 'days-ruling-to-upgrade']);
	await expect(page.getByRole('status').filter({ hasText: 'Moved to position 1 of 3.' })).toBeAttached();

	await focus(page, page.getByRole('radio', { name: 'Exam' }));
	await page.keyboard.press('Space');
	await focus(page, page.getByRole('checkbox', { name: 'Shuffle the questions' }));
	await page.keyboard.press('Space');
	await page.getByLabel('Time limit in minutes').fill('10');
	await page.getByLabel('Attempts allowed').fill('2');

	await focus(page, page.getByRole('button', { name: 'Preview as a learner' }));
	await page.keyboard.press('Enter');
	const preview = page.getByRole('region', { name: 'Preview: as a learner sees it' });
	await expect(preview.getByText('Question 1 of 3')).toBeVisible();
	await expect(preview.locator('form[data-question-id]')).toHaveAttribute('data-question-id', 'legal-steps-order');
	await expect(preview.getByText('Time left')).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'set builder with preview');

	await focus(page, page.getByRole('button', { name: 'Save the set' }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sets\/[0-9a-f-]{36}\?saved$/);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	const link = await page.getByLabel('Share link').inputValue();
	expect(link).toMatch(/\/s\/[2-9A-HJKMNP-Z]{7}$/);
	await expectNoAxeViolationsInBothSchemes(page, 'saved set');

	// A learner with no account and no cookies opens the link.
	const learner = await browser.newContext();
	const lp = await learner.newPage();
	await visit(lp, link);
	await expect(lp.getByRole('heading', { name: 'Keyboard set', level: 1 })).toBeVisible();
	await expect(lp.getByText('Attempts: 2 (2 left on this device)')).toBeVisible();
	await expect(lp.getByText('Time limit: 10 minutes')).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(lp, 'shared set intro');
	await lp.getByRole('button', { name: 'Start' }).click();
	await expect(lp.getByText('Question 1 of 3')).toBeVisible();
	await expect(lp.locator('form[data-question-id]')).toHaveAttribute('data-question-id', 'legal-steps-order');
	await expect(lp.getByRole('button', { name: 'Check' })).toHaveCount(0);
	for (let i = 0; i < 2; i++) await lp.getByRole('button', { name: 'Next' }).click();
	// The link opened in a second tab takes the attempt over, and the first tab can take it back.
	const other = await learner.newPage();
	await visit(other, link);
	await expect(other.getByText('Question 3 of 3')).toBeVisible();
	const taken = (page: Page) => page.getByRole('heading', { name: 'This quiz is open in another tab' });
	await expect(taken(lp)).toBeVisible();
	await lp.getByRole('button', { name: 'Continue here' }).click();
	await expect(lp.getByText('Question 3 of 3')).toBeVisible();
	await expect(taken(other)).toBeVisible();
	await other.close();
	// Where the browser keeps no site data, the set is still taken, and says a reload starts again.
	const blocked = await browser.newContext();
	await blocked.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get: () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	const bp = await blocked.newPage();
	await visit(bp, link);
	await bp.getByRole('button', { name: 'Start' }).click();
	await expect(bp.getByText('Question 1 of 3')).toBeVisible();
	await expect(bp.getByRole('alert')).toHaveText(
		'This browser keeps nothing for Footnote on this device: reloading or closing this tab starts the quiz again.'
	);
	await blocked.close();
	await lp.getByRole('button', { name: 'Submit' }).first().click();
	await lp.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(lp.getByRole('heading', { name: 'Results', level: 1 })).toBeVisible();
	await expect(lp.getByRole('button', { name: 'Take it again' })).toBeVisible();
	await lp.reload();
	await expect(lp.getByText('Attempts: 2 (1 left on this device)')).toBeVisible();
	await learner.close();
});

test('the builder works with plain form posts when JavaScript is off', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await logIn(page, ada, '/sets/new');
	await page.getByLabel('Title').fill('No script set');
	await page.getByLabel('Words in the question').fill('envoy');
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page.getByText(/^[1-9]\d* of \d+ questions match\.$/)).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('No script set');
	const adds = page.getByRole('button', { name: /^Add (?!all)/ });
	const first = (await adds.first().textContent())!.replace(/^Add\s*/, '').trim();
	await adds.first().click();
	await page
		.getByRole('button', { name: `Add ${(await adds.first().textContent())!.replace(/^Add\s*/, '').trim()}` })
		.click();
	const picked = page.locator('ol.picked input[name="questions"]');
	await expect(picked).toHaveCount(2);
	await page.getByRole('button', { name: `Down ${first}` }).click();
	await expect(picked.nth(1)).toHaveValue(first);
	await page.getByRole('button', { name: 'Save the set' }).click();
	await expect(page).toHaveURL(/\/sets\/[0-9a-f-]{36}\?saved$/);
	await expect(page.locator('ol.picked input[name="questions"]').nth(1)).toHaveValue(first);
	await context.close();
});

test('saving an invalid set shows every problem and keeps what was typed', async ({ page }) => {
	await logIn(page, ada, '/sets/new');
	await page.getByLabel('Title').fill('Broken');
	await page.getByLabel('Time limit in minutes').fill('ten');
	await page.getByLabel('Retries per question').fill('-1');
	await page.getByRole('button', { name: 'Save the set' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('settings.timeLimitMinutes: expected a number, got the text "ten"');
	await expect(summary).toContainText('settings.retries: Too small: expected number to be >=0');
	await summary.getByRole('link', { name: 'settings.retries' }).click();
	await expect(page.getByLabel('Retries per question')).toBeFocused();
	await expect(page.getByLabel('Title')).toHaveValue('Broken');
});

test('the print page gives a student sheet and a teacher copy with key and citations, on A4 and Letter', async ({
	page
}) => {
	await logIn(page, ada, '/sets/new');
	await page.getByLabel('Title').fill('Print me');
	await page.getByRole('button', { name: 'Add delisting-ruling-date' }).click();
	await page.getByRole('button', { name: 'Add days-ruling-to-upgrade' }).click();
	await page.getByRole('button', { name: 'Save the set' }).click();
	await expect(page).toHaveURL(/\?saved$/);
	const setUrl = new URL(page.url());

	await page.getByRole('link', { name: 'Print (student)' }).click();
	await expect(page.getByRole('heading', { name: 'Print me', level: 1 })).toBeVisible();
	await expect(page.getByText('Name:')).toBeVisible();
	await expect(page.getByText('Key:')).toHaveCount(0);
	await expectNoAxeViolationsInBothSchemes(page, 'student sheet');

	await page.goto(`${setUrl.pathname}/print?version=teacher`);
	await expect(page.getByText('Key:')).toHaveCount(2);
	await expect(page.locator('.key').first()).toContainText('April 17');
	await expect(page.locator('.key blockquote mark').first()).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'teacher sheet');

	// On paper: no site navigation or controls, only the sheet.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Sheet' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Print me' })).toBeVisible();
	for (const paper of ['a4', 'letter'] as const) {
		await page.goto(`${setUrl.pathname}/print?version=teacher&paper=${paper}`);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// The page size the sheet asks for: 595×842 points is A4, 612×792 Letter.
		const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
		expect(box?.slice(1).map((n) => Math.round(Number(n)))).toEqual(paper === 'a4' ? [595, 842] : [612, 792]);
	}
});

test('a set downloads as YAML and uploads again; a broken file is refused with the validator’s lines', async ({
	page
}) => {
	await logIn(page, ada, '/sets/new');
	await page.getByLabel('Title').fill('Round trip');
	await page.getByRole('button', { name: 'Add delisting-ruling-date' }).click();
	await page.getByRole('button', { name: 'Save the set' }).click();
	await expect(page).toHaveURL(/\?saved$/);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download YAML' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('round-trip.yaml');
	const path = await file.path();

	await page.goto('/sets');
	await page.getByLabel('Set file', { exact: true }).setInputFiles(path);
	await page.getByRole('button', { name: 'Upload' }).click();
	await expect(page).toHaveURL(/\/sets\/[0-9a-f-]{36}\?imported$/);
	await expect(page.getByRole('heading', { name: 'Edit “Round trip”' })).toBeVisible();

	// Edited: renamed, and five more drawn at random from the motivations questions for each learner.
	await page.waitForLoadState('networkidle');
	await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Round trip, drawn');
	await page.getByRole('checkbox', { name: 'Motivations' }).check();
	await page.getByRole('checkbox', { name: 'Also draw questions at random' }).check();
	await page.getByLabel('How many').fill('5');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('heading', { name: 'Edit “Round trip, drawn”' })).toBeVisible();
	await visit(page, await page.getByLabel('Share link').inputValue());
	await expect(page.getByText('1 question and 5 drawn at random')).toBeVisible();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Question 1 of 6')).toBeVisible();

	await page.goto('/sets');
	await page.getByLabel('Set file', { exact: true }).setInputFiles({
		name: 'broken.yaml',
		mimeType: 'application/yaml',
		buffer: Buffer.from('id: broken\ntitle: Broken\npack: russia-taliban-delisting\nquestions: [nope]\n')
	});
	await page.getByRole('button', { name: 'Upload' }).click();
	const refused = page.getByRole('alert');
	await expect(refused).toContainText('the set file is not valid (1 problem)');
	await expect(refused).toContainText(
		'broken.yaml:4:13  nope  questions[0]  question "nope" is not in pack "russia-taliban-delisting"'
	);
	await expectNoAxeViolationsInBothSchemes(page, 'my sets with a refused upload');
});
