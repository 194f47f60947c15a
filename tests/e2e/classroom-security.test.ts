import { expect, request as apiRequest, test, type APIRequestContext } from '@playwright/test';
import { addUser, logIn, logInRequest, PACK, type Account } from './instructor-helpers';

test.describe.configure({ timeout: 180_000 });

const QUESTIONS = ['delisting-ruling-date', 'days-ruling-to-upgrade'];
// What must not reach a student before they submit an exam: the explanations, an option's feedback,
// and the key in any form the engine writes it.
const SECRETS = [
	'The article opens with the Supreme Court ruling',
	'The article says the upgrade came',
	'April 23 is when the Foreign Ministry announced',
	'"key":{',
	'"correct":true',
	'"explanation"'
];

let ada: Account;
let grace: Account;

test.beforeAll(async () => {
	[ada, grace] = await Promise.all([addUser('class-sec-ada'), addUser('class-sec-grace')]);
});

async function signedIn(baseURL: string, account: Account): Promise<APIRequestContext> {
	const request = await apiRequest.newContext({ baseURL });
	await logInRequest(request, baseURL, account);
	return request;
}

async function session(
	request: APIRequestContext,
	settings: Record<string, unknown> = { mode: 'exam', feedback: 'end', shuffleQuestions: false }
) {
	const set = await request.post('/api/sets', {
		data: { id: 'sec-set', title: 'Security set', pack: PACK, questions: QUESTIONS, settings }
	});
	expect(set.status(), await set.text()).toBe(201);
	const started = await request.post('/api/classroom/sessions', {
		data: { setId: ((await set.json()) as { id: string }).id, pace: 'self' }
	});
	expect(started.status(), await started.text()).toBe(201);
	return (await started.json()) as { id: string; code: string };
}

test('every instructor endpoint answers 401 without a session, and 403 for another instructor’s session', async ({
	baseURL,
	request
}) => {
	const owner = await signedIn(baseURL!, ada);
	const { id } = await session(owner);
	const calls = (r: APIRequestContext) => [
		r.get('/api/classroom/sessions'),
		r.post('/api/classroom/sessions', { data: { setId: 'x', pace: 'self' } }),
		r.get(`/api/classroom/sessions/${id}`),
		r.post(`/api/classroom/sessions/${id}/control`, { data: { action: 'end' } }),
		r.get(`/api/classroom/sessions/${id}/stream`),
		r.get(`/api/classroom/sessions/${id}/report`),
		r.get(`/api/classroom/sessions/${id}/responses.csv`)
	];
	for (const res of await Promise.all(calls(request))) {
		expect(res.status(), res.url()).toBe(401);
		expect((await res.json()).error).toBe('sign in first: this API is authenticated by the session cookie of /login');
	}
	const other = await signedIn(baseURL!, grace);
	const [list, , ...theirs] = await Promise.all(calls(other));
	expect((await list.json()).sessions.map((s: { id: string }) => s.id)).not.toContain(id);
	for (const res of theirs) {
		expect(res.status(), res.url()).toBe(403);
		expect((await res.json()).error).toBe('this session belongs to another instructor');
	}
	// The session is still running: Grace's "end" did nothing.
	expect((await (await owner.get(`/api/classroom/sessions/${id}`)).json()).session.status).toBe('open');
	await Promise.all([owner.dispose(), other.dispose()]);
});

test('the instructor pages send a visitor to log in, and refuse another instructor', async ({ page, baseURL }) => {
	const owner = await signedIn(baseURL!, ada);
	const { id } = await session(owner);
	await page.goto(`/classroom/${id}`);
	await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(`/classroom/${id}`)}`));
	await logIn(page, grace, '/classroom');
	for (const path of [`/classroom/${id}`, `/classroom/${id}/projector`, `/classroom/${id}/report`]) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(403);
		await expect(page.getByRole('heading', { name: 'Not yours' })).toBeVisible();
	}
	await owner.dispose();
});

test('a wrong or expired code gets nothing', async ({ baseURL, page }) => {
	const owner = await signedIn(baseURL!, ada);
	const { id, code } = await session(owner);
	const pupil = await apiRequest.newContext({ baseURL });
	const wrong = code === '222222' ? '333333' : '222222';
	for (const c of [wrong, 'nonsense', '']) {
		const res = await pupil.post('/api/classroom/join', { data: { code: c, name: 'Ivo' } });
		expect(res.status()).toBe(404);
		expect(await res.json()).toEqual({
			error: 'there is no open session with this code: check it with your instructor',
			errors: []
		});
	}
	expect((await page.goto(`/join/${wrong}`))?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'No such session' })).toBeVisible();

	expect((await owner.post(`/api/classroom/sessions/${id}/control`, { data: { action: 'end' } })).status()).toBe(200);
	const late = await pupil.post('/api/classroom/join', { data: { code, name: 'Ivo' } });
	expect(late.status()).toBe(404);
	expect((await page.goto(`/join/${code}`))?.status()).toBe(404);
	await Promise.all([owner.dispose(), pupil.dispose()]);
});

test('students see only their own answers and need their own token', async ({ baseURL }) => {
	const owner = await signedIn(baseURL!, ada);
	const { code } = await session(owner);
	const [jo, kim, stranger] = await Promise.all([0, 1, 2].map(() => apiRequest.newContext({ baseURL })));
	await jo.post('/api/classroom/join', { data: { code, name: 'Jo' } });
	await kim.post('/api/classroom/join', { data: { code, name: 'Kim' } });
	const joState = await (await jo.get('/api/classroom/student')).json();
	const option = joState.view.question.question.options[0];
	await jo.post('/api/classroom/student', {
		data: {
			key: 'jo-answer-1',
			event: { type: 'answer.change', response: { type: 'single-choice', optionId: option.id } }
		}
	});
	const kimState = await (await kim.get('/api/classroom/student')).json();
	expect(kimState.student.name).toBe('Kim');
	expect(kimState.view.answeredCount).toBe(0);
	expect(JSON.stringify(kimState)).not.toContain('Jo"');

	for (const res of [
		await stranger.get('/api/classroom/student'),
		await stranger.post('/api/classroom/student', { data: { key: 'stranger-1', event: { type: 'quiz.submit' } } }),
		await stranger.get('/api/classroom/student/stream'),
		await stranger.get('/api/classroom/student', { headers: { cookie: 'footnote_student=not-a-token' } })
	]) {
		expect(res.status()).toBe(401);
	}
	// A student's cookie opens nothing of the instructor's.
	expect((await jo.get('/api/classroom/sessions')).status()).toBe(401);
	await Promise.all([owner.dispose(), jo.dispose(), kim.dispose(), stranger.dispose()]);
});

test('every request body is validated, and the CSRF check refuses form posts from elsewhere', async ({ baseURL }) => {
	const owner = await signedIn(baseURL!, ada);
	const { code } = await session(owner);
	const pupil = await apiRequest.newContext({ baseURL });
	const bad = await pupil.post('/api/classroom/join', { data: { code, name: '' } });
	expect(bad.status()).toBe(400);
	expect((await bad.json()).errors).toEqual([{ path: 'name', message: 'write the name the class knows you by' }]);
	const notJson = await pupil.post('/api/classroom/join', {
		data: 'code=x',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseURL! }
	});
	expect(notJson.status()).toBe(400);
	await pupil.post('/api/classroom/join', { data: { code, name: 'Lee' } });
	const event = await pupil.post('/api/classroom/student', { data: { key: 'x', event: { type: 'time.extend' } } });
	expect(event.status()).toBe(400);
	expect((await event.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(['event.type', 'key']);
	const control = await owner.post('/api/classroom/sessions/whatever/control', { data: { action: 'explode' } });
	expect(control.status()).toBe(400);

	// A form posted from another site is refused before it reaches the join action.
	const forged = await pupil.post(`/join/${code}`, {
		form: { name: 'Forged' },
		headers: { origin: 'https://elsewhere.example', accept: 'text/html' }
	});
	expect(forged.status()).toBe(403);
	await Promise.all([owner.dispose(), pupil.dispose()]);
});

// A whole school behind one address may join: the service's own tests let 600 join in one minute.
test('answers are limited per student: a flood is refused with the time to wait', async ({ baseURL }) => {
	const owner = await signedIn(baseURL!, ada);
	const { code } = await session(owner);
	const pupil = await apiRequest.newContext({ baseURL });
	expect((await pupil.post('/api/classroom/join', { data: { code, name: 'Flo' } })).status()).toBe(201);
	// Far faster than anyone answers: the student's allowance runs out and the server says when to retry.
	let limited: Awaited<ReturnType<APIRequestContext['post']>> | undefined;
	for (let batch = 0; batch < 10 && !limited; batch++) {
		const replies = await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				pupil.post('/api/classroom/student', {
					data: { key: `flood-${batch}-${i}-key`, event: { type: 'question.flag' } }
				})
			)
		);
		limited = replies.find((r) => r.status() === 429);
	}
	expect(limited?.status()).toBe(429);
	expect(Number(limited?.headers()['retry-after'])).toBeGreaterThan(0);
	expect(((await limited?.json()) as { error: string }).error).toBe('too many answers at once; wait a moment');
	await Promise.all([owner.dispose(), pupil.dispose()]);
});

test('a student cannot read the key of an exam question before submitting: no response carries it', async ({
	page,
	baseURL
}) => {
	const owner = await signedIn(baseURL!, ada);
	const { id, code } = await session(owner);
	const bodies: { url: string; body: string }[] = [];
	page.on('response', async (res) => {
		const type = res.headers()['content-type'] ?? '';
		if (!/json|html|event-stream/.test(type) || res.request().method() === 'HEAD') return;
		try {
			bodies.push({ url: res.url(), body: await res.text() });
		} catch {
			// A stream still open has no body to read yet.
		}
	});
	await page.goto(`/join/${code}`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Your name').fill('Mo');
	// The page answers once its scripts run, which is when it opens its live stream.
	const live = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/classroom/student/stream');
	await page.getByRole('button', { name: 'Join' }).click();
	await live;
	await page.getByRole('radio', { name: 'April 23' }).check();
	await expect(page.getByText('1 answered')).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await page.getByLabel('Your answer').fill('7');
	await expect(page.getByText('2 answered')).toBeVisible();
	await page.getByRole('button', { name: 'Submit', exact: true }).first().click();
	await expect(page.getByRole('heading', { name: 'Your answers are in' })).toBeVisible();
	const answersSeen = bodies.filter((b) => b.url.includes('/api/classroom/student'));
	expect(answersSeen.length).toBeGreaterThan(2);
	for (const { url, body } of bodies) {
		for (const secret of SECRETS) expect(body, `${url} carries ${secret}`).not.toContain(secret);
	}

	// Once results are released the same page gets them: the check above could have failed.
	await owner.post(`/api/classroom/sessions/${id}/control`, { data: { action: 'end' } });
	await owner.post(`/api/classroom/sessions/${id}/control`, { data: { action: 'release' } });
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
	const released = await (await page.request.get('/api/classroom/student')).text();
	expect(released).toContain(SECRETS[0]);
	await owner.dispose();
});
