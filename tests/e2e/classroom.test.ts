import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expectNoAxeViolationsInBothSchemes } from './axe';
import { addUser, logIn, logInRequest, PACK, visit, type Account } from './instructor-helpers';

// Several browsers, the instructor's and three students', on a shared two-core machine.
test.describe.configure({ timeout: 240_000 });

const QUESTIONS = ['delisting-ruling-date', 'days-ruling-to-upgrade'];
const examSet = (title: string) => ({
	id: 'class-set',
	title,
	pack: PACK,
	questions: QUESTIONS,
	settings: { mode: 'exam', feedback: 'end', shuffleQuestions: false }
});

let ada: Account;

test.beforeAll(async () => {
	ada = await addUser('class-ada');
});

async function createSet(page: Page, title: string): Promise<string> {
	const res = await page.request.post('/api/sets', { data: examSet(title) });
	expect(res.status(), await res.text()).toBe(201);
	return ((await res.json()) as { id: string }).id;
}

/**
 * Resolves once the page has opened its live stream, i.e. its scripts run: a control pressed
 * before then does nothing, as for a person pressing it while the page still loads.
 */
const live = (page: Page, stream: RegExp) => page.waitForResponse((r) => stream.test(new URL(r.url()).pathname));
const DASHBOARD_STREAM = /^\/api\/classroom\/sessions\/[^/]+\/stream$/;
const STUDENT_STREAM = /^\/api\/classroom\/student\/stream$/;

/** Starts a session from the page, as an instructor does, and returns its id and join code. */
async function startSession(page: Page, setId: string, pace: 'Self-paced' | 'Instructor-paced') {
	await page.goto(`/classroom/new?set=${setId}`);
	await page.getByRole('radio', { name: new RegExp(pace) }).check();
	const dashboard = live(page, DASHBOARD_STREAM);
	await page.getByRole('button', { name: 'Start the session' }).click();
	await expect(page).toHaveURL(/\/classroom\/[0-9a-f-]{36}$/);
	await dashboard;
	const id = page.url().split('/').pop() as string;
	const code = ((await page.locator('.code').textContent()) ?? '').replace('Join code:', '').replace(/\s/g, '');
	expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
	return { id, code };
}

async function student(browser: Browser, code: string, name: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	// The class is set up with the page's scripts loaded; on a busy machine three students joining at
	// once can take a while.
	await visit(page, '/join');
	await page.getByLabel('Code').fill(code);
	await page.getByLabel('Your name').fill(name);
	const quiz = live(page, STUDENT_STREAM);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page).toHaveURL(new RegExp(`/join/${code}$`), { timeout: 15_000 });
	await quiz;
	return { context, page };
}

test('a self-paced class: students join and answer, the dashboard follows live, the end submits, results come on release', async ({
	page,
	browser
}) => {
	await logIn(page, ada, '/classroom');
	await expectNoAxeViolationsInBothSchemes(page, 'class sessions');
	const setId = await createSet(page, 'Self-paced class');
	await page.goto(`/classroom/new?set=${setId}`);
	await expectNoAxeViolationsInBothSchemes(page, 'start a session');
	const { id, code } = await startSession(page, setId, 'Self-paced');
	await expect(page.getByText('Nobody has joined yet.')).toBeVisible();
	await expect(page.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();

	// The first student joins by keyboard alone.
	const first = await browser.newContext();
	const amal = await first.newPage();
	await amal.goto('/join');
	await expectNoAxeViolationsInBothSchemes(amal, 'join page');
	await amal.getByLabel('Code').focus();
	await amal.keyboard.type(code.toLowerCase());
	await amal.keyboard.press('Tab');
	await expect(amal.getByLabel('Your name')).toBeFocused();
	await amal.keyboard.type('Amal');
	const amalLive = live(amal, STUDENT_STREAM);
	await amal.keyboard.press('Enter');
	await expect(amal).toHaveURL(new RegExp(`/join/${code}$`));
	await amalLive;
	await expect(amal.getByText('Question 1 of 2 · 0 answered')).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(amal, 'a student answering');

	// The others join from the link on the projector, where only their name is asked.
	const bilal = await browser.newContext();
	const bilalPage = await bilal.newPage();
	await bilalPage.goto(`/join/${code}`);
	await expect(bilalPage.getByRole('heading', { name: 'Join “Self-paced class”' })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(bilalPage, 'join link');
	await bilalPage.getByLabel('Your name').fill('Bilal');
	const bilalLive = live(bilalPage, STUDENT_STREAM);
	await bilalPage.getByRole('button', { name: 'Join' }).click();
	await bilalLive;
	await expect(bilalPage.getByText('Question 1 of 2 · 0 answered')).toBeVisible();
	const others = [{ context: bilal, page: bilalPage }, await student(browser, code, 'Chen')];
	await expect(page.getByRole('row', { name: /Amal/ })).toBeVisible();
	await expect(page.getByRole('row', { name: /Chen/ })).toBeVisible();
	await expect(page.getByText('3 joined · 0 submitted')).toBeVisible();

	// Amal answers right by keyboard; Bilal and Chen pick the same wrong option.
	await amal.getByRole('radio', { name: 'April 17' }).focus();
	await amal.keyboard.press('Space');
	await expect(amal.getByText('Question 1 of 2 · 1 answered')).toBeVisible();
	for (const { page: p } of others) await p.getByRole('radio', { name: 'April 23' }).check();
	const q1 = page.locator('li', { has: page.getByRole('heading', { name: /Question 1:/ }) });
	await expect(q1.getByText('3 answered')).toBeVisible();
	await expect(q1.getByRole('listitem').filter({ hasText: 'April 23' })).toContainText('2 (67%)');
	// Which distractor drew whom, for the instructor.
	await expect(q1.getByRole('listitem').filter({ hasText: 'April 23' })).toContainText('Bilal, Chen');
	await expect(q1.getByRole('listitem').filter({ hasText: 'April 17' })).toContainText('right answer');
	await expect(page.getByRole('region', { name: 'Passages the class is misreading' })).toContainText('of marks lost');
	await expectNoAxeViolationsInBothSchemes(page, 'dashboard during the session');

	// Amal answers the second question and submits; the others are submitted by the end of the session.
	await amal.getByRole('button', { name: 'Next' }).click();
	await amal.getByLabel('Your answer').fill('6');
	await expect(amal.getByText('Question 2 of 2 · 2 answered')).toBeVisible();
	await amal.getByRole('button', { name: 'Submit', exact: true }).first().click();
	await expect(amal.getByRole('heading', { name: 'Your answers are in' })).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(amal, 'a student who submitted');
	await expect(page.getByText('3 joined · 1 submitted')).toBeVisible();

	await page.getByRole('button', { name: 'End the session' }).focus();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Yes, end it now' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The session has ended' })).toBeVisible();
	for (const { page: p } of others) await expect(p.getByRole('heading', { name: 'Your answers are in' })).toBeVisible();
	await page.getByRole('button', { name: 'Release results' }).click();
	await expect(amal.getByRole('heading', { name: 'Your results' })).toBeVisible();
	await expect(amal.getByText('2 of 2 points')).toBeVisible();
	await expect(others[0].page.getByText('0 of 2 points')).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(amal, 'a student reading results');
	// A citation in the review opens the session's article at the quoted words.
	await amal.getByRole('link', { name: 'Read in the article' }).first().click();
	await expect(amal).toHaveURL(new RegExp(`/join/${code}/article\\?quote=`));
	await expect(amal.locator('mark').first()).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(amal, 'the article');

	// The code no longer lets anyone in.
	const late = await browser.newContext();
	const latePage = await late.newPage();
	const res = await latePage.goto(`/join/${code}`);
	expect(res?.status()).toBe(404);

	// Every response, one row per student and question.
	const csv = await page.request.get(`/api/classroom/sessions/${id}/responses.csv`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const lines = (await csv.text())
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines).toHaveLength(1 + 3 * QUESTIONS.length);
	for (const name of ['Amal', 'Bilal', 'Chen']) {
		expect(lines.filter((l) => l.startsWith(`"${name}",`))).toHaveLength(QUESTIONS.length);
	}
	expect(lines.find((l) => l.startsWith('"Amal",') && l.includes('"delisting-ruling-date"'))).toContain(
		'"April 17","correct","1","1"'
	);
	expect(lines.find((l) => l.startsWith('"Chen",') && l.includes('"days-ruling-to-upgrade"'))).toContain(
		'"","unanswered","0","1"'
	);

	await page.getByRole('link', { name: 'Report' }).click();
	await expect(page.getByRole('heading', { name: 'Report: Self-paced class' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Item analysis: one row per question' })).toBeVisible();
	await expect(page.getByText('Only 3 attempts')).toBeVisible();
	await expectNoAxeViolationsInBothSchemes(page, 'report');
	await Promise.all([first.close(), late.close(), ...others.map((o) => o.context.close())]);
});

test('an instructor-paced round: closed until opened, one question for everyone, its distribution on the projector', async ({
	page,
	browser
}) => {
	await logIn(page, ada, '/classroom');
	const setId = await createSet(page, 'Paced class');
	const { id, code } = await startSession(page, setId, 'Instructor-paced');
	const students = await Promise.all(['Dana', 'Eli', 'Femi'].map((n) => student(browser, code, n)));
	for (const { page: p } of students) {
		await expect(p.getByRole('heading', { name: 'Waiting for the first question' })).toBeVisible();
	}
	await expectNoAxeViolationsInBothSchemes(students[0].page, 'a student waiting');

	const projector = await page.context().newPage();
	const projectorLive = live(projector, DASHBOARD_STREAM);
	await projector.goto(`/classroom/${id}/projector`);
	await projectorLive;
	await expect(projector.getByText('3 students joined')).toBeVisible();

	await projector.getByRole('button', { name: 'Open question 1 of 2' }).click();
	for (const { page: p } of students) {
		await expect(p.getByRole('heading', { name: /On what date did Russia's Supreme Court rule/ })).toBeVisible();
	}
	await expectNoAxeViolationsInBothSchemes(students[1].page, 'a student in an open round');
	// No way on to the next question: the instructor moves the class.
	await expect(students[0].page.getByRole('button', { name: 'Next' })).toHaveCount(0);
	await students[0].page.getByRole('radio', { name: 'April 17' }).check();
	await students[1].page.getByRole('radio', { name: 'April 17' }).check();
	await students[2].page.getByRole('radio', { name: 'March 2025' }).check();
	await expect(projector.getByText('3 of 3 answered')).toBeVisible();

	await projector.getByRole('button', { name: 'Close question 1' }).click();
	const bars = projector.getByRole('list', { name: 'How the class answered question 1' });
	await expect(bars.getByRole('listitem').filter({ hasText: 'April 17' })).toContainText('2 (67%)');
	await expect(bars.getByRole('listitem').filter({ hasText: 'March 2025' })).toContainText('1 (33%)');
	// An exam's key stays off the wall until students have submitted, and names never go on it.
	await expect(bars).not.toContainText('right answer');
	await expect(bars).not.toContainText('Femi');
	await expect(students[2].page.getByText('This question is closed. Wait for the next one.')).toBeVisible();
	await expect(students[2].page.getByRole('radio', { name: 'April 17' })).toBeDisabled();
	await expectNoAxeViolationsInBothSchemes(projector, 'projector with a distribution');

	await projector.getByRole('button', { name: 'Open question 2 of 2' }).click();
	await expect(students[0].page.getByLabel('Your answer')).toBeVisible();
	await projector.getByRole('button', { name: 'End the session' }).click();
	await projector.getByRole('button', { name: 'Yes, end it now' }).click();
	await projector.getByRole('button', { name: 'Release results' }).click();
	await expect(students[0].page.getByText('1 of 2 points')).toBeVisible();
	await expect(students[2].page.getByText('0 of 2 points')).toBeVisible();
	await Promise.all(students.map((s) => s.context.close()));
});

test('a student who reloads, or opens their rejoin link on another device, carries on where they were, until removed', async ({
	page,
	browser
}) => {
	await logIn(page, ada, '/classroom');
	const setId = await createSet(page, 'Rejoin class');
	const { code } = await startSession(page, setId, 'Self-paced');
	const { context, page: gil } = await student(browser, code, 'Gil');
	await gil.getByRole('radio', { name: 'December 28, 2024' }).check();
	await gil.getByRole('button', { name: 'Next' }).click();
	await expect(gil.getByText('Question 2 of 2 · 1 answered')).toBeVisible();
	await gil.reload();
	await expect(gil.getByText('Question 2 of 2 · 1 answered')).toBeVisible();

	await gil.getByText('Carry on from another device').click();
	const link = await gil.getByLabel('Your rejoin link').inputValue();
	expect(link).toContain(`/join/${code}?rejoin=`);
	const phone = await browser.newContext();
	const other = await phone.newPage();
	const otherLive = live(other, STUDENT_STREAM);
	await other.goto(link);
	await otherLive;
	await expect(other).toHaveURL(new RegExp(`/join/${code}$`));
	await expect(other.getByText('joined as Gil')).toBeVisible();
	await expect(other.getByText('Question 2 of 2 · 1 answered')).toBeVisible();
	await other.getByRole('button', { name: 'Previous' }).click();
	await expect(other.getByRole('radio', { name: 'December 28, 2024' })).toBeChecked();

	// The instructor removes Gil: every device of Gil's is told at once.
	await page.getByRole('button', { name: 'Remove Gil' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Gil was removed.' })).toBeVisible();
	await expect(page.getByText('Nobody has joined yet.')).toBeVisible();
	await expect(other.getByRole('heading', { name: 'You were removed from this session' })).toBeVisible();
	await expect(gil.getByRole('heading', { name: 'You were removed from this session' })).toBeVisible();
	await Promise.all([context.close(), phone.close()]);
});

// ——— two app instances on one PostgreSQL database ———

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

async function startInstance(databaseUrl: string): Promise<{ origin: string; child: ChildProcess }> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [process.env.FOOTNOTE_BUILD_DIR ?? 'build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATABASE_URL: databaseUrl },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let log = '';
	child.stderr?.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-2000)));
	for (let i = 0; i < 200; i++) {
		if (child.exitCode !== null) throw new Error(`the instance on ${origin} stopped: ${log}`);
		try {
			if ((await fetch(`${origin}/join`)).ok) return { origin, child };
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	child.kill();
	throw new Error(`the instance on ${origin} did not answer: ${log}`);
}

/**
 * Stops an instance as a process manager does, and outright if it has not gone within a few
 * seconds; says whether it went by itself.
 */
async function stop(child: ChildProcess): Promise<boolean> {
	if (child.exitCode !== null || child.signalCode !== null) return true;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	let forced = false;
	const timer = setTimeout(() => {
		forced = true;
		child.kill('SIGKILL');
	}, 5000);
	await exited;
	clearTimeout(timer);
	return !forced;
}

const sharedDatabase = process.env.TEST_DATABASE_URL?.trim();

/**
 * A database of the test's own on TEST_DATABASE_URL's server: the instances migrate it as an app
 * does, and the unit tests' database is left as they expect it.
 */
async function ownDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
	const { default: pg } = await import('pg');
	const name = `footnote_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const own = new URL(url);
	own.pathname = `/${name}`;
	return {
		url: own.toString(),
		async drop() {
			const c = new pg.Client({ connectionString: url });
			await c.connect();
			await c.query(`drop database if exists ${name} with (force)`);
			await c.end();
		}
	};
}

test('two app instances on one PostgreSQL database: an answer given to one shows on a dashboard served by the other', async ({
	browser,
	playwright
}) => {
	test.skip(!sharedDatabase, 'needs TEST_DATABASE_URL (PostgreSQL); .ci/run sets it');
	const database = await ownDatabase(sharedDatabase as string);
	const url = database.url;
	// The first instance migrates the database; the second starts on it ready.
	const a = await startInstance(url);
	const b = await startInstance(url);
	try {
		const grace = await addUser('class-grace', url);
		const instructor = await playwright.request.newContext({ baseURL: a.origin });
		await logInRequest(instructor, a.origin, grace);
		const set = await instructor.post('/api/sets', { data: examSet('Two instances') });
		expect(set.status(), await set.text()).toBe(201);
		const started = await instructor.post('/api/classroom/sessions', {
			data: { setId: ((await set.json()) as { id: string }).id, pace: 'self' }
		});
		expect(started.status(), await started.text()).toBe(201);
		const session = (await started.json()) as { id: string; code: string };

		// The dashboard is served by instance B (the session cookie is the same database's).
		const context = await browser.newContext({ storageState: await instructor.storageState() });
		const dashboard = await context.newPage();
		const dashboardLive = live(dashboard, DASHBOARD_STREAM);
		await dashboard.goto(`${b.origin}/classroom/${session.id}`);
		await dashboardLive;
		await expect(dashboard.getByText('Nobody has joined yet.')).toBeVisible();

		// The student joins and answers on instance A.
		const pupil = await playwright.request.newContext({ baseURL: a.origin });
		const joined = await pupil.post('/api/classroom/join', { data: { code: session.code, name: 'Hana' } });
		expect(joined.status(), await joined.text()).toBe(201);
		const state = await (await pupil.get('/api/classroom/student')).json();
		const option = state.view.question.question.options.find((o: { text: string }) => o.text === 'April 17');
		const answered = await pupil.post('/api/classroom/student', {
			data: {
				key: 'two-instances-1',
				event: {
					type: 'answer.change',
					questionId: 'delisting-ruling-date',
					response: { type: 'single-choice', optionId: option.id }
				}
			}
		});
		expect(answered.status(), await answered.text()).toBe(200);

		await expect(dashboard.getByRole('row', { name: /Hana/ })).toBeVisible();
		const q1 = dashboard.locator('li', { has: dashboard.getByRole('heading', { name: /Question 1:/ }) });
		await expect(q1.getByText('1 answered')).toBeVisible();
		await expect(q1.getByRole('listitem').filter({ hasText: 'April 17' })).toContainText('1 (100%)');
		await Promise.all([context.close(), instructor.dispose(), pupil.dispose()]);
		// Neither the pool nor the listening connection keeps an instance alive once asked to stop.
		expect(await Promise.all([stop(a.child), stop(b.child)])).toEqual([true, true]);
	} finally {
		await Promise.all([stop(a.child), stop(b.child)]);
		await database.drop();
	}
});
