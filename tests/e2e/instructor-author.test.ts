import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { loadPack } from '../../src/lib/content/load';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { addUser, logIn, PACK, uniqueName, visit, type Account } from './instructor-helpers';

// Each test logs in and runs axe twice on a shared two-core machine: give it room.
test.describe.configure({ timeout: 120_000 });

let ada: Account;

test.beforeAll(async () => {
	ada = await addUser('author-ada');
});

/** Selects `words` inside `passage` by dragging the mouse across them, as a person does. */
async function selectWithMouse(page: Page, passage: Locator, words: string) {
	const box = await passage.evaluate((el, words) => {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(words);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + words.length);
			const rects = range.getClientRects();
			const first = rects[0];
			const last = rects[rects.length - 1];
			return {
				x1: first.left + 1,
				y1: first.top + first.height / 2,
				x2: last.right - 1,
				y2: last.top + last.height / 2
			};
		}
		throw new Error(`"${words}" is not in the passage`);
	}, words);
	await page.mouse.move(box.x1, box.y1);
	await page.mouse.down();
	await page.mouse.move(box.x2, box.y2, { steps: 8 });
	await page.mouse.up();
}

async function fillTrueFalse(page: Page, id: string, prompt: string) {
	await page.getByLabel('Type').selectOption('true-false');
	await page.getByLabel('Prompt').fill(prompt);
	await page.getByLabel('Id', { exact: true }).fill(id);
	await page.getByRole('radio', { name: 'True' }).check();
	await page.getByLabel('Explanation').fill('The article says so.');
}

test('a question is written with a citation chosen by mouse, checked live and saved into a set', async ({ page }) => {
	await logIn(page, ada, '/sets/new');
	await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Author target');
	await page.getByRole('button', { name: 'Add delisting-ruling-date' }).click();
	await page.getByRole('button', { name: 'Save the set' }).click();
	await expect(page).toHaveURL(/\?saved$/);
	await page.getByRole('link', { name: 'Write a question for this set' }).click();
	await expect(page.getByRole('heading', { name: /^Write questions on/ })).toBeVisible();

	const id = uniqueName('upgrade');
	await fillTrueFalse(page, id, 'Russia upgraded diplomatic relations six days after the ruling.');
	const checks = page.getByRole('region', { name: 'Checks' });
	await expect(checks).toContainText(
		'sources: needs at least one citation { passage, quote } (or "uncited: true" for an imported question)'
	);

	const passage = page.locator('[data-passage="diplomatic-upgrade"]');
	await selectWithMouse(page, passage, 'Just six days after the ruling, on April 23');
	await page.getByRole('button', { name: 'Cite from this passage diplomatic-upgrade' }).click();
	const quote = page.getByLabel('Words to cite from passage “diplomatic-upgrade”');
	await expect(quote).toHaveValue('Just six days after the ruling, on April 23');
	await expect(page.getByText('These words are in the passage.')).toBeVisible();
	await page.getByRole('button', { name: 'Add citation' }).click();
	await expect(page.locator('#f-sources blockquote')).toHaveText('“Just six days after the ruling, on April 23”');
	await expect(checks).toContainText('Ready to save: the validator accepts this question.');
	await expectNoAxeViolationsInBothSchemes(page, 'authoring page');

	await page.getByLabel('Also add it to a set').selectOption({ label: 'Author target' });
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Saved question “${id}”.` })).toBeVisible();
	const mine = page.getByRole('region', { name: /My questions on this pack/ });
	await expect(mine).toContainText(id);
	await expect(mine).toContainText('in “Author target”');
});

test('a quote is cited by keyboard, refused until it is verbatim, and the server refuses what the validator would', async ({
	page
}) => {
	await logIn(page, ada, `/packs/${PACK}/author`);
	const id = uniqueName('envoy');
	await fillTrueFalse(page, id, 'Kabulov is Russia’s envoy to Afghanistan.');

	const cite = page.getByRole('button', { name: 'Cite from this passage diplomatic-upgrade' });
	await cite.focus();
	await page.keyboard.press('Enter');
	const quote = page.getByLabel('Words to cite from passage “diplomatic-upgrade”');
	await expect(quote).toBeFocused();
	await page.keyboard.type("Russia's envoy to Afghanistan");
	await expect(page.locator('#quote-check')).toHaveText(
		'Not yet: quote differs from passage "diplomatic-upgrade" only in quotation marks, dashes or spaces; the article has: "Russia’s envoy to Afghanistan"'
	);
	await expect(page.getByRole('button', { name: 'Add citation' })).toBeDisabled();
	await quote.fill('');
	await page.keyboard.type('Russia’s envoy to Afghanistan, Zamir Kabulov');
	await page.keyboard.press('Enter');
	await expect(cite).toBeFocused();
	await expect(page.locator('#f-sources blockquote')).toHaveText('“Russia’s envoy to Afghanistan, Zamir Kabulov”');

	// A prompt with markup is text: shown as typed, never run.
	await page.getByLabel('Prompt').fill('<script>window.pwned = 1</script> Is Kabulov the envoy?');
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Saved question “${id}”.` })).toBeVisible();
	await expect(page.getByRole('region', { name: /My questions/ })).toContainText('<script>window.pwned = 1</script>');
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

	// The same id again: the page says so, and so does the server when asked.
	await fillTrueFalse(page, id, 'Again.');
	await page.getByRole('button', { name: 'Cite from this passage diplomatic-upgrade' }).click();
	await page.getByLabel('Or pick a whole sentence').selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Add citation' }).click();
	const duplicate = `id "${id}" is already used in pack "${PACK}"; ids are unique in a pack`;
	await expect(page.getByRole('region', { name: 'Checks' })).toContainText(duplicate);
	await page.getByRole('button', { name: 'Save the question' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('The question was not saved.');
	await expect(summary).toContainText(duplicate);

	// Edit, then delete, the saved one.
	await visit(page, `/packs/${PACK}/author`);
	await page.getByRole('link', { name: `Edit ${id}` }).click();
	await expect(page.getByRole('heading', { name: `Edit “${id}”` })).toBeVisible();
	await expect(page.getByLabel('Id', { exact: true })).toHaveValue(id);
	await page.getByLabel('Explanation').fill('Kabulov is named as the envoy.');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Saved question “${id}”.` })).toBeVisible();
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: `Delete ${id}` }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The question has been deleted.' })).toBeVisible();
	await expect(page.getByRole('region', { name: /My questions/ })).not.toContainText(id);
});

test('a pasted article becomes a pack with stable passage ids, questions are written on it, and its files validate', async ({
	page,
	browser
}) => {
	await logIn(page, ada, '/packs/new');
	const packId = uniqueName('my-article');
	const article = [
		'# Our town’s new bridge',
		'',
		'The council voted on 3 May to build a bridge over the river.',
		'It will cost 12 million euros.',
		'',
		'## Why now',
		'',
		'Floods closed the old ferry for 40 days last winter.',
		'',
		'The council voted again in June to name it.'
	].join('\n');
	await page.getByLabel('Id', { exact: true }).fill(packId);
	await page.getByLabel('Topics, one per line').fill('Facts\nReasons');
	await page.getByLabel('Or paste it here').fill(article);
	const passages = page.getByRole('region', { name: /^Passages/ });
	await expect(passages).toContainText('#the-council-voted-on-3');
	await expect(passages).toContainText('#the-council-voted-again-in');
	await expect(passages.getByRole('heading', { name: 'Why now' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('');
	await expectNoAxeViolationsInBothSchemes(page, 'new article');
	await page.getByRole('button', { name: 'Create the pack' }).click();
	await expect(page).toHaveURL(new RegExp(`/packs/${packId}/author\\?created$`));

	await page.getByLabel('Type').selectOption('numeric');
	await page.getByLabel('Prompt').fill('How many days was the ferry closed?');
	await page.getByRole('button', { name: 'Make from the prompt' }).click();
	await expect(page.getByLabel('Id', { exact: true })).toHaveValue('how-many-days-was-the-ferry');
	await page.getByLabel('Answer', { exact: true }).fill('40');
	await page.getByLabel('Unit').fill('days');
	await page.getByLabel('Explanation').fill('The ferry was closed for 40 days.');
	await page.getByRole('button', { name: 'Cite from this passage floods-closed-the-old-ferry' }).click();
	await page.getByLabel(/^Words to cite/).fill('closed the old ferry for 40 days');
	await page.getByRole('button', { name: 'Add citation' }).click();
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved question “how-many-days-was-the-ferry”.' })
	).toBeVisible();

	// A set on the new pack, shared and taken by someone without an account.
	await visit(page, `/sets/new?pack=${packId}`);
	await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Bridge quiz');
	await page.getByRole('button', { name: 'Add how-many-days-was-the-ferry' }).click();
	await page.getByRole('button', { name: 'Save the set' }).click();
	await expect(page).toHaveURL(/\?saved$/);
	const link = await page.getByLabel('Share link').inputValue();
	const learner = await browser.newContext();
	const lp = await learner.newPage();
	await visit(lp, link);
	await lp.getByRole('button', { name: 'Start' }).click();
	await lp.getByLabel('Your answer').fill('40');
	await lp.getByRole('button', { name: 'Check' }).click();
	await expect(lp.getByRole('heading', { name: /Right/ })).toBeVisible();
	await lp.getByRole('link', { name: 'Read in the article' }).click();
	await expect(lp.locator('#floods-closed-the-old-ferry mark')).toHaveText('closed the old ferry for 40 days');
	await expectNoAxeViolationsInBothSchemes(lp, 'shared set article');
	await learner.close();

	// The pack's files, as `npm run validate` reads them.
	await visit(page, `/packs/${packId}/author`);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download the pack’s files (zip)' }).click();
	const zip = unzipSync(readFileSync(await (await download).path()));
	const files = Object.fromEntries(Object.entries(zip).map(([k, v]) => [k.replace(`${packId}/`, ''), strFromU8(v)]));
	expect(Object.keys(files).sort()).toEqual(['article.md', 'banks/facts.yaml', 'pack.yaml', 'sets/bridge-quiz.yaml']);
	expect(files['article.md']).toContain('<!-- #the-council-voted-on-3 -->\nThe council voted on 3 May');
	const loaded = loadPack({ dir: `questions/${packId}`, read: (rel) => files[rel] });
	expect(loaded.problems).toEqual([]);
	expect(loaded.pack?.questions.map((q) => q.id)).toEqual(['how-many-days-was-the-ferry']);
});

test('an article that is not text is refused with the reason', async ({ page }) => {
	await logIn(page, ada, '/packs/new');
	await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Binary');
	await page.getByLabel('Upload a text or Markdown file').setInputFiles({
		name: 'image.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from([0x50, 0x4b, 0x00, 0x03])
	});
	await page.getByRole('button', { name: 'Create the pack' }).click();
	await expect(page.getByRole('alert')).toContainText('line 1, column 1: the file is not text');
});

test('the form has the fields each type needs: options with the right one marked, wrong numbers with their feedback, and cloze blanks from the text', async ({
	page
}) => {
	await logIn(page, ada, `/packs/${PACK}/author`);
	const checks = page.getByRole('region', { name: 'Checks' });
	const cite = async (passage: string, words: string) => {
		await page.getByRole('button', { name: `Cite from this passage ${passage}` }).click();
		await page.getByLabel(/^Words to cite/).fill(words);
		await page.getByRole('button', { name: 'Add citation' }).click();
	};

	const choiceId = uniqueName('ambassador');
	await page.getByLabel('Prompt').fill('What may the Taliban now appoint to Moscow?');
	await page.getByLabel('Id', { exact: true }).fill(choiceId);
	await page.getByLabel('Explanation').fill('The upgrade allows the Taliban to appoint an ambassador.');
	await page.getByLabel('Option 1', { exact: true }).fill('An ambassador');
	await page.getByLabel('Option 2', { exact: true }).fill('A trade envoy');
	await page.getByLabel('Option 3', { exact: true }).fill('An ambassador');
	await expect(checks).toContainText(
		'has 0 correct options; a single-choice question has exactly one (mark it "correct: true")'
	);
	await expect(checks).toContainText('options[2].text: option "An ambassador" appears twice');
	await expect(page.getByLabel('Option 3', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Option 3', { exact: true })).toHaveAccessibleDescription(
		'option "An ambassador" appears twice'
	);
	await page.getByRole('button', { name: 'Remove option 3' }).click();
	await page.getByRole('radio', { name: 'Right answer: option 1' }).check();
	await page.getByLabel('Feedback if chosen', { exact: false }).nth(1).fill('No envoy is mentioned for trade.');
	await cite('diplomatic-upgrade', 'allowing the Taliban to appoint an ambassador to Moscow');
	await expect(checks).toContainText('Ready to save');
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Saved question “${choiceId}”.` })).toBeVisible();

	// A numeric question's wrong answers: added, marked when they are not numbers, removed, downloaded.
	await page.getByLabel('Type').selectOption('numeric');
	await page.getByLabel('Prompt').fill('How many days after the ruling was the upgrade announced?');
	await page.getByLabel('Id', { exact: true }).fill(uniqueName('days'));
	await page.getByLabel('Answer', { exact: true }).fill('6');
	const addWrong = page.getByRole('button', { name: 'Add feedback for a wrong answer' });
	await addWrong.click();
	await addWrong.click();
	await addWrong.click();
	await page.getByLabel('Wrong answer 1').fill('five');
	await page.getByLabel('Wrong answer 2').fill('17');
	await page.getByLabel('Feedback for it').nth(1).fill('17 April is the day of the ruling.');
	await page.getByLabel('Wrong answer 3').fill('23');
	await expect(page.getByLabel('Wrong answer 1')).toHaveAttribute('aria-invalid', 'true');
	await expect(checks).toContainText('wrongAnswers[0].value');
	await page.getByRole('button', { name: 'Remove wrong answer 1' }).click();
	await page.getByRole('button', { name: 'Remove wrong answer 2' }).click();
	await expect(page.getByLabel('Wrong answer 1')).toHaveValue('17');
	await expect(page.getByLabel('Feedback for it')).toHaveValue('17 April is the day of the ruling.');
	await expect(page.getByLabel('Wrong answer 2')).toHaveCount(0);
	await expect(checks).not.toContainText('wrongAnswers');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as YAML' }).click();
	const yaml = readFileSync(await (await download).path(), 'utf8');
	expect(yaml).toContain('wrongAnswers:\n    - value: 17\n      feedback: 17 April is the day of the ruling.\n');

	const clozeId = uniqueName('ruling-day');
	await page.getByLabel('Type').selectOption('cloze');
	await page.getByLabel('Prompt').fill('Fill in the day.');
	await page.getByLabel('Id', { exact: true }).fill(clozeId);
	await page
		.getByLabel('Text', { exact: true })
		.fill('The court ruled on {{day}}, and relations were upgraded on {{upgrade}}.');
	await expect(page.getByLabel('Text', { exact: true })).toHaveAccessibleDescription(
		'Write each blank as a name in double braces, e.g. “The court ruled on {{day}}.”'
	);
	await expect(page.getByRole('group', { name: 'Blank “day”' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Blank “upgrade”' })).toBeVisible();
	await page.getByRole('group', { name: 'Blank “day”' }).getByLabel('Accepted answers, one per line').fill('April 17');
	await page
		.getByRole('group', { name: 'Blank “day”' })
		.getByLabel(/^Choices for a drop-down/)
		.fill('April 17\nApril 23');
	await expect(checks).toContainText('blanks[1].accepted: needs at least one accepted answer');
	await page
		.getByRole('group', { name: 'Blank “upgrade”' })
		.getByLabel('Accepted answers, one per line')
		.fill('April 23');
	await page.getByLabel('Explanation').fill('The ruling came on April 17 and the upgrade on April 23.');
	await cite('diplomatic-upgrade', 'Just six days after the ruling, on April 23');
	await expect(checks).toContainText('Ready to save');
	await page.getByRole('button', { name: 'Save the question' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Saved question “${clozeId}”.` })).toBeVisible();
});
