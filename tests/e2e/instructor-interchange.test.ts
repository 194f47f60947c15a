import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPackDir } from '../../src/lib/content/disk';
import { parseQuestion } from '../../src/lib/content/load';
import { normaliseQuestion } from '../../src/lib/content/normalise';
import { importGift, MANIFEST } from '../../src/lib/formats';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { addUser, logInRequest, PACK, setBody, uniqueName, visit, type Account } from './instructor-helpers';

// Each test logs in and runs axe on a shared two-core machine: give it room.
test.describe.configure({ timeout: 120_000 });

const MOODLE_GIFT = path.resolve('../shared/fixtures/moodle-examples.gift.txt');
const MOODLE_AIKEN = path.resolve('../shared/fixtures/aiken/moodle-questions.aiken.txt');

let ada: Account;

test.beforeAll(async () => {
	ada = await addUser('ic-ada');
});

/** Signs the page's context in with a form post: the login page has tests of its own. */
const logInAs = (page: Page, account: Account) => logInRequest(page.request, test.info().project.use.baseURL!, account);

/** A set made through the JSON API, with the page's session. */
async function createSet(page: Page, over: Record<string, unknown>) {
	const res = await page.request.post('/api/sets', { data: setBody(over) });
	expect(res.status(), await res.text()).toBe(201);
	return (await res.json()) as { id: string };
}

test('the Moodle GIFT examples become a set of their questions, with what could not be carried listed by line', async ({
	page
}) => {
	await logInAs(page, ada);
	await visit(page, '/sets');
	await page.getByRole('link', { name: 'Import questions (GIFT or Aiken)' }).click();
	await expect(page.getByRole('heading', { name: 'Import questions (GIFT or Aiken)', level: 1 })).toBeVisible();

	await page.getByLabel('Article the questions are about').selectOption(PACK);
	await page.getByLabel('File', { exact: true }).setInputFiles(MOODLE_GIFT);
	await page.getByRole('button', { name: 'Import' }).click();

	// 43 questions are read; one of them has options the validator takes for duplicates.
	await expect(page.getByRole('heading', { name: 'Imported 42 questions' })).toBeVisible();
	await expect(page.getByRole('region', { name: /^Imported/ }).getByRole('status')).toContainText(
		'From moodle-examples.gift.txt (GIFT, detected from the content) into the new set Imported from moodle-examples.gift.txt.'
	);
	const report = page.getByRole('table', { name: /What could not be carried/ });
	const row = (question: string, words: string) =>
		report.getByRole('row').filter({ hasText: question }).filter({ hasText: words });
	await expect(row('when-was-ulysses-s-grant-born-3', '1822:2 earns 50% in Moodle')).toContainText('line 76');
	await expect(row('gift-control-characters', 'not saved: options[1].text')).toContainText('line 148');
	await expect(row('whole file', '42 of 42 questions have no citations yet')).toBeVisible();

	await page.getByRole('link', { name: 'Open the set' }).click();
	await expect(page.getByRole('heading', { name: 'Edit “Imported from moodle-examples.gift.txt”' })).toBeVisible();
	const needs = page.getByRole('region', { name: 'Needs a citation (42)' });
	await expect(needs.getByRole('link', { name: /^Cite question / })).toHaveCount(42);
});

test('a file with nothing to import, text in neither format, a binary file and a file over 2 MB are refused; an Aiken file is imported', async ({
	page,
	baseURL
}) => {
	const carol = await addUser('ic-carol');
	await logInAs(page, carol);
	await visit(page, '/sets/import');
	const alert = page.getByRole('alert');

	await page.getByText('Or paste the text').click();
	const pasted = '::Essay::Discuss the ruling. {}\n\nA description, with no answers.';
	await page.getByLabel('Questions in GIFT or Aiken').fill(pasted);
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(alert).toContainText('Nothing was imported');
	await expect(alert).toContainText('No question could be imported from the pasted text (GIFT).');
	const refused = page.getByRole('table', { name: /could not be imported/ });
	await expect(refused.getByRole('row').filter({ hasText: 'essay' })).toContainText(
		'an essay question (empty answers {}) is not supported: not imported'
	);
	await expect(refused.getByRole('row').filter({ hasText: 'description' })).toContainText('line 3');
	// What was typed is still there to be corrected.
	await expect(page.getByLabel('Questions in GIFT or Aiken')).toHaveValue(pasted);

	await page.getByLabel('Questions in GIFT or Aiken').fill('Some notes.\nNothing to answer here.');
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(alert).toContainText('The pasted text is neither GIFT');

	const file = page.getByLabel('File', { exact: true });
	await file.setInputFiles({
		name: 'quiz.docx',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])
	});
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(alert).toContainText('The file quiz.docx is not a text file (it holds binary data');

	const big = Buffer.alloc(2 * 1024 * 1024 + 1, 'a');
	await file.setInputFiles({ name: 'big.gift.txt', mimeType: 'text/plain', buffer: big });
	await expect(alert.filter({ hasText: 'big.gift.txt' })).toContainText(
		'The file big.gift.txt is 2.0 MB; a file to import may be at most 2 MB'
	);
	// Posted without the page's check, the server refuses it too.
	const posted = await page.request.post('/sets/import', {
		multipart: { pack: PACK, format: 'auto', file: { name: 'big.gift.txt', mimeType: 'text/plain', buffer: big } },
		headers: { origin: baseURL!, accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	const answer = await posted.text();
	expect(answer).toContain('"type":"failure"');
	// The test server accepts bodies of 3 MB, as `npm start` does, so the refusal is the page's own.
	expect(answer).toContain('may be at most 2 MB');
	const titles = async () =>
		((await (await page.request.get('/api/sets')).json()).sets as { title: string }[]).map((s) => s.title);
	expect(await titles()).toEqual([]);

	await file.setInputFiles(MOODLE_AIKEN);
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 2 questions' })).toBeVisible();
	await expect(page.getByRole('region', { name: /^Imported/ }).getByRole('status')).toContainText(
		'From moodle-questions.aiken.txt (Aiken, detected from the content)'
	);
	const report = page.getByRole('table', { name: /What could not be carried/ });
	await expect(report.getByRole('row').filter({ hasText: 'Aiken has no feedback' })).toHaveCount(2);
	await expect(report).toContainText('the-moodle-project-was-started-by');
	await expectNoAxeViolationsInBothSchemes(page, 'import result');

	await page.getByRole('link', { name: 'Open the set' }).click();
	// Markup in a question is its text, shown as written.
	await expect(page.getByRole('region', { name: 'Needs a citation (2)' })).toContainText(
		'input that includes <html class="cool"> & images:'
	);
	expect(await titles()).toEqual(['Imported from moodle-questions.aiken.txt']);
});

test('imported questions are listed as needing a citation until one is cited in the authoring page', async ({
	page
}) => {
	await logInAs(page, ada);
	await visit(page, '/sets/import');
	const first = uniqueName('upgrade');
	const second = uniqueName('envoy');
	const gift = [
		`::${first}::Russia upgraded diplomatic relations six days after the ruling. {T}`,
		'',
		`::${second}::Kabulov is Russia’s envoy to Afghanistan. {T}`
	].join('\n');
	await page.getByText('Or paste the text').click();
	await page.getByLabel('Questions in GIFT or Aiken').fill(gift);
	await page.getByRole('radio', { name: 'GIFT' }).check();
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 2 questions' })).toBeVisible();
	await expect(page.getByRole('region', { name: /^Imported/ }).getByRole('status')).toContainText('(GIFT)');
	// The form is cleared for the next file, the choices made kept.
	await expect(page.getByLabel('Questions in GIFT or Aiken')).toHaveValue('');
	await expect(page.getByRole('radio', { name: 'GIFT' })).toBeChecked();
	await page.getByRole('link', { name: 'Open the set' }).click();

	const needs = page.getByRole('region', { name: 'Needs a citation (2)' });
	await expect(needs).toContainText('Russia upgraded diplomatic relations six days after the ruling.');
	const setPage = page.url();
	// The set page is the builder's, checked by its own tests; here only the part this feature adds.
	await expectNoAxeViolationsInBothSchemes(page, 'needs-citation list', '#needs-citation');
	await needs.getByRole('link', { name: `Cite question ${first}` }).click();

	await expect(page.getByRole('heading', { name: `Edit “${first}”` })).toBeVisible();
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('region', { name: 'Checks' })).toContainText('sources: needs at least one citation');
	await page.getByRole('button', { name: 'Cite from this passage diplomatic-upgrade' }).click();
	await page.getByLabel(/^Words to cite/).fill('Just six days after the ruling, on April 23');
	await page.getByRole('button', { name: 'Add citation' }).click();
	await expect(page.getByRole('region', { name: 'Checks' })).toContainText('Ready to save');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Saved question “${first}”.` })).toBeVisible();

	await visit(page, setPage);
	const left = page.getByRole('region', { name: 'Needs a citation (1)' });
	await expect(left.getByRole('link', { name: `Cite question ${second}` })).toBeVisible();
	await expect(left.getByRole('link', { name: `Cite question ${first}` })).toHaveCount(0);

	// A set that draws at random lists the uncited questions its draw may take.
	const drawing = await createSet(page, {
		id: 'draws-true-false',
		title: 'Draws true-false',
		questions: [],
		draw: { count: 2, types: ['true-false'] }
	});
	await visit(page, `/sets/${drawing.id}`);
	const mayTake = page.getByRole('region', { name: /^Needs a citation/ });
	await expect(mayTake).toContainText('The random draw may also take:');
	await expect(mayTake.getByRole('link', { name: `Cite question ${second}` })).toBeVisible();
	await expect(mayTake.getByRole('link', { name: `Cite question ${first}` })).toHaveCount(0);
});

test('a set exports as GIFT that reads back to its questions, and as a QTI package, each with its report', async ({
	page
}) => {
	await logInAs(page, ada);
	const picked = ['delisting-ruling-date', 'days-ruling-to-upgrade', 'legal-steps-order'];
	const title = '<b>Export</b> week';
	const { id } = await createSet(page, { id: 'export-week', title, questions: picked });
	await visit(page, '/sets');
	await page.getByRole('link', { name: `Export ${title} as GIFT or QTI` }).click();
	await expect(page.getByRole('heading', { name: `Export “${title}”`, level: 1 })).toBeVisible();

	const gift = page.getByRole('region', { name: 'GIFT' });
	await expect(gift.getByRole('table', { name: /What GIFT cannot carry/ })).toContainText('legal-steps-order');
	const qti = page.getByRole('region', { name: 'QTI 2.1' });
	await expect(qti.getByRole('table', { name: /What QTI 2.1 cannot carry/ })).toContainText(
		'topic, difficulty and tags are not carried to QTI items'
	);
	await expectNoAxeViolationsInBothSchemes(page, 'export page');

	const giftDownload = page.waitForEvent('download');
	await gift.getByRole('link', { name: 'Export as GIFT' }).click();
	const giftFile = await giftDownload;
	expect(giftFile.suggestedFilename()).toBe('export-week.gift.txt');
	const text = readFileSync(await giftFile.path(), 'utf8');
	const { pack } = loadPackDir(`questions/${PACK}`);
	const topic = pack!.topics[0].id;
	const back = importGift(text).questions.map((raw) => normaliseQuestion(parseQuestion(raw).question!, topic));
	// GIFT has no ordering question: the report above names the one left out.
	const expressible = pack!.questions.filter((q) => picked.includes(q.id) && q.type !== 'ordering');
	expect(back).toEqual(expressible);

	const qtiDownload = page.waitForEvent('download');
	await qti.getByRole('link', { name: 'Export as QTI 2.1 (zip)' }).click();
	const qtiFile = await qtiDownload;
	expect(qtiFile.suggestedFilename()).toBe('export-week.qti21.zip');
	const files = unzipSync(readFileSync(await qtiFile.path()));
	expect(Object.keys(files)).toContain(MANIFEST);
	expect(Object.keys(files).filter((f) => f.startsWith('items/'))).toHaveLength(3);
	expect(strFromU8(files[MANIFEST])).toContain('<manifest');

	// The JSON API gives the same file and report.
	const api = await page.request.get(`/api/sets/${id}/export?format=gift`);
	expect(api.headers()['content-disposition']).toBe('attachment; filename="export-week.gift.txt"');
	expect(await api.text()).toBe(text);
	const apiReport = await (await page.request.get(`/api/sets/${id}/export?format=qti&report`)).json();
	expect(apiReport).toMatchObject({ format: 'qti', fileName: 'export-week.qti21.zip', questions: 3 });
});

test('another instructor’s set is refused with 403, an unknown one with 404, and a visitor is sent to log in', async ({
	page,
	browser,
	baseURL
}) => {
	const grace = addUser('ic-grace');
	await logInAs(page, ada);
	const { id } = await createSet(page, { id: 'not-yours', title: 'Not yours' });

	const context = await browser.newContext({ baseURL });
	const other = await context.newPage();
	await logInAs(other, await grace);
	for (const p of [
		`/sets/${id}/export`,
		`/sets/${id}/export/gift`,
		`/sets/${id}/export/qti`,
		`/api/sets/${id}/export?format=gift`
	]) {
		expect((await other.request.get(p)).status(), p).toBe(403);
	}
	const cite = await other.request.get(`/sets/import/cite?set=${id}&question=delisting-ruling-date`, {
		maxRedirects: 0
	});
	expect(cite.status()).toBe(403);
	const forbidden = await other.goto(`/sets/${id}/export`);
	expect(forbidden?.status()).toBe(403);
	await expect(other.getByRole('heading', { name: 'Not yours', level: 1 })).toBeVisible();
	await context.close();

	expect((await page.request.get('/sets/00000000-0000-0000-0000-000000000000/export')).status()).toBe(404);
	expect((await page.request.get(`/sets/${id}/export/docx`)).status()).toBe(404);
	expect((await page.request.get(`/api/sets/${id}/export?format=docx`)).status()).toBe(400);

	const visitor = await browser.newContext({ baseURL });
	for (const p of [`/sets/${id}/export`, `/sets/${id}/export/gift`, '/sets/import']) {
		const res = await visitor.request.get(p, { maxRedirects: 0 });
		expect(res.status(), p).toBe(303);
		expect(res.headers().location).toBe(`/login?next=${encodeURIComponent(p)}`);
	}
	expect((await visitor.request.get(`/api/sets/${id}/export?format=gift`)).status()).toBe(401);
	await visitor.close();
});
