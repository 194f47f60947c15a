import { expect, request as apiRequest, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { addUser, logIn, logInRequest, PACK, setBody, type Account } from './instructor-helpers';

// Each test makes accounts and logs in (scrypt) on a shared two-core machine: give it room.
test.describe.configure({ timeout: 120_000 });

let ada: Account;
let grace: Account;

test.beforeAll(async () => {
	[ada, grace] = await Promise.all([addUser('api-ada'), addUser('api-grace')]);
});

async function signedIn(baseURL: string, account: Account) {
	const request = await apiRequest.newContext({ baseURL });
	await logInRequest(request, baseURL, account);
	return request;
}

async function create(request: APIRequestContext, body: unknown = setBody()) {
	const res = await request.post('/api/sets', { data: body });
	expect(res.status(), await res.text()).toBe(201);
	return (await res.json()) as { id: string; code: string; link: string; set: { title: string } };
}

test('without a session every endpoint answers 401 with a message', async ({ request }) => {
	const calls = [
		request.get('/api/sets'),
		request.post('/api/sets', { data: setBody() }),
		request.get('/api/sets/some-id'),
		request.put('/api/sets/some-id', { data: setBody() }),
		request.delete('/api/sets/some-id'),
		request.post('/api/sets/import', { data: 'id: x', headers: { 'content-type': 'application/yaml' } })
	];
	for (const res of await Promise.all(calls)) {
		expect(res.status()).toBe(401);
		expect(await res.json()).toEqual({
			error: 'sign in first: this API is authenticated by the session cookie of /login',
			errors: []
		});
	}
});

test('a set is created, listed, read as JSON and YAML, replaced and deleted', async ({ baseURL }) => {
	const request = await signedIn(baseURL!, ada);
	const created = await create(request);
	expect(created.link).toBe(`${baseURL}/s/${created.code}`);
	expect(created.set).toMatchObject({ title: 'API set', settings: { mode: 'practice', feedback: 'immediate' } });

	const list = await (await request.get('/api/sets')).json();
	expect(list.sets.map((s: { id: string }) => s.id)).toContain(created.id);

	const one = await request.get(`/api/sets/${created.id}`);
	expect((await one.json()).set.questions).toEqual(['delisting-ruling-date', 'days-ruling-to-upgrade']);

	for (const path of [`/api/sets/${created.id}.yaml`, `/api/sets/${created.id}?format=yaml`]) {
		const yaml = await request.get(path);
		expect(yaml.headers()['content-type']).toContain('application/yaml');
		expect(yaml.headers()['content-disposition']).toBe('attachment; filename="api-set.yaml"');
		expect(await yaml.text()).toContain('title: API set\npack: russia-taliban-delisting\n');
	}

	const put = await request.put(`/api/sets/${created.id}`, { data: setBody({ title: 'Renamed' }) });
	expect(put.status()).toBe(200);
	expect((await put.json()).code).toBe(created.code);

	expect((await request.delete(`/api/sets/${created.id}`)).status()).toBe(204);
	expect((await request.get(`/api/sets/${created.id}`)).status()).toBe(404);
	await request.dispose();
});

test('a bad body is refused with 400 and every field’s message', async ({ baseURL }) => {
	const request = await signedIn(baseURL!, ada);
	const res = await request.post('/api/sets', {
		data: { id: 'Bad Id', pack: PACK, questions: ['no-such-question'], settings: { mode: 'quiz', retries: -1 } }
	});
	expect(res.status()).toBe(400);
	const body = await res.json();
	expect(body.error).toMatch(/^the set is not valid: /);
	expect(body.errors).toEqual([
		{ path: 'id', message: 'use lowercase letters, digits and hyphens (e.g. "crocus-attack")' },
		{ path: 'title', message: 'required field "title" is missing' },
		{ path: 'settings.mode', message: 'Invalid option: expected one of "practice"|"exam"' },
		{ path: 'settings.retries', message: 'Too small: expected number to be >=0' }
	]);

	const unknown = await request.post('/api/sets', { data: setBody({ questions: ['no-such-question'] }) });
	expect(unknown.status()).toBe(400);
	expect((await unknown.json()).errors).toEqual([
		{ path: 'questions[0]', message: `question "no-such-question" is not in pack "${PACK}"` }
	]);

	const notJson = await request.post('/api/sets', {
		data: Buffer.from('{oops'),
		headers: { 'content-type': 'application/json' }
	});
	expect(notJson.status()).toBe(400);
	expect((await notJson.json()).errors[0].message).toMatch(/^the body is not JSON: /);
	await request.dispose();
});

test('someone else’s set is 403 to read, change or delete; an unknown one is 404', async ({ baseURL }) => {
	const owner = await signedIn(baseURL!, ada);
	const other = await signedIn(baseURL!, grace);
	const { id } = await create(owner);
	for (const res of [
		await other.get(`/api/sets/${id}`),
		await other.get(`/api/sets/${id}.yaml`),
		await other.put(`/api/sets/${id}`, { data: setBody({ title: 'Mine now' }) }),
		await other.delete(`/api/sets/${id}`)
	]) {
		expect(res.status()).toBe(403);
		expect(await res.json()).toEqual({ error: 'this set belongs to another instructor', errors: [] });
	}
	expect((await (await owner.get(`/api/sets/${id}`)).json()).title).toBe('API set');
	for (const res of [await other.get('/api/sets/no-such-set'), await other.delete('/api/sets/no-such-set')]) {
		expect(res.status()).toBe(404);
	}
	await owner.dispose();
	await other.dispose();
});

test('a YAML upload becomes a set, and an invalid one is refused with the validator’s lines', async ({ baseURL }) => {
	const request = await signedIn(baseURL!, ada);
	const yaml = `id: uploaded\ntitle: Uploaded\npack: ${PACK}\nquestions: [delisting-ruling-date]\n`;
	const ok = await request.post('/api/sets/import?name=uploaded.yaml', {
		data: yaml,
		headers: { 'content-type': 'application/yaml' }
	});
	expect(ok.status()).toBe(201);
	expect((await ok.json()).set.title).toBe('Uploaded');

	const bad = await request.post('/api/sets/import?name=bad.yaml', {
		data: `id: bad\ntitle: Bad\npack: ${PACK}\nquestions: [delisting-ruling-date, nowhere]\nshufle: true\n`,
		headers: { 'content-type': 'text/yaml' }
	});
	expect(bad.status()).toBe(400);
	expect((await bad.json()).lines).toEqual([
		'bad.yaml:5:1  -  shufle  unknown field "shufle"; allowed here: id, title, pack, description, topic, settings, questions, draw, newQuestions'
	]);
	await request.dispose();
});

test('a cross-site form post is refused by the CSRF check', async ({ request }) => {
	const res = await request.post('/logout', { form: {}, headers: { origin: 'https://evil.example' } });
	expect(res.status()).toBe(403);
});

test('the pages refuse someone else’s set with 403, an unknown code with 404, and show a script as text', async ({
	baseURL,
	browser
}) => {
	const owner = await signedIn(baseURL!, ada);
	const title = '<script>window.pwned = 1</script> Week <b>1</b>';
	const { id, code } = await create(owner, setBody({ title, description: '<img src=x onerror="window.pwned = 2">' }));
	await owner.dispose();

	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await logIn(page, grace);
	for (const path of [`/sets/${id}`, `/sets/${id}/print`, `/sets/${id}/download`]) {
		expect((await page.request.get(path)).status()).toBe(403);
	}
	const forbidden = await page.goto(`/sets/${id}`);
	expect(forbidden?.status()).toBe(403);
	await expect(page.getByRole('heading', { name: 'Not yours', level: 1 })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, '403 page');
	const posted = await page.request.post(`/sets/${id}?/save`, {
		form: { title: 'Taken over', pack: PACK, questions: 'delisting-ruling-date' },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(posted.status()).toBe(403);

	const missing = await page.goto('/s/ZZZZZZZ');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'No such set' })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'unknown share code');

	await page.goto(`/s/${code.toLowerCase().replace(/(...)/, '$1-')}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByText('<img src=x onerror="window.pwned = 2">')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
	await context.close();
});
