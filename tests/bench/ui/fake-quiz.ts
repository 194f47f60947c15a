// A stand-in quiz for testing the measuring code: plain HTML with the same roles, names and mark
// as Footnote's quiz page, and a switch to render a check's result late.
import { createServer, type Server } from 'node:http';

export interface FakeQuizOptions {
	questions: number;
	/** Milliseconds between a Check click and its result appearing. */
	checkDelayMs?: number;
}

function page({ questions, checkDelayMs = 0 }: FakeQuizOptions): string {
	return `<!doctype html>
<html lang="en"><head><title>Fake quiz</title></head><body><main>
<form id="q" novalidate>
	<h2 id="prompt"></h2>
	<div id="controls"></div>
	<p id="result" role="status"></p>
	<button type="submit" disabled>Check</button>
	<button type="button" id="next" hidden>Next</button>
	<button type="button" id="finish" hidden>See results</button>
	<button type="button">Flag for review</button>
</form>
<link rel="modulepreload" href="/early.js">
<script type="module" src="/app.js"></script>
</main></body></html>`.replace(
		'</main>',
		`<script>window.FAKE = ${JSON.stringify({ questions, checkDelayMs })};</script></main>`
	);
}

const APP = `
const { questions, checkDelayMs } = window.FAKE;
const form = document.getElementById('q');
const check = form.querySelector('button[type=submit]');
const next = document.getElementById('next');
const finish = document.getElementById('finish');
const controls = document.getElementById('controls');
let index = 0;
const kinds = ['radio', 'text', 'select', 'checkbox'];
function show() {
	const kind = kinds[index % kinds.length];
	document.getElementById('prompt').textContent = 'Question ' + (index + 1);
	document.getElementById('result').textContent = '';
	controls.innerHTML =
		kind === 'radio' ? '<label><input type=radio name=a value=1> One</label><label><input type=radio name=a value=2> Two</label>'
		: kind === 'text' ? '<label>Answer <input type=text name=a></label>'
		: kind === 'select' ? '<label>Pick <select name=a><option value="">Choose…</option><option>x</option></select></label>'
		: '<label><input type=checkbox name=a> One</label><label><input type=checkbox name=b> Two</label>';
	check.hidden = false;
	check.disabled = true;
	next.hidden = finish.hidden = true;
}
form.addEventListener('input', () => (check.disabled = false));
form.addEventListener('change', () => (check.disabled = false));
form.addEventListener('submit', (e) => {
	e.preventDefault();
	const render = () => {
		document.getElementById('result').textContent = 'Checked';
		check.hidden = true;
		(index + 1 < questions ? next : finish).hidden = false;
	};
	if (checkDelayMs) setTimeout(render, checkDelayMs);
	else render();
});
next.addEventListener('click', () => { index++; show(); });
finish.addEventListener('click', () => { location.href = '/results?seed=fake'; });
show();
for (const mark of ['question-ready', 'quiz-hydrated', 'quiz-live']) performance.mark('footnote:' + mark);
// Loaded once the question is up, as a page might fetch what later questions need.
setTimeout(() => import('/late.js'), 100);
`;

/** Serves the fake quiz at /quiz and a results page at /results; resolves with its origin. */
export async function serveFakeQuiz(options: FakeQuizOptions): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		if (path === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(APP);
		else if (path === '/early.js' || path === '/late.js')
			res.writeHead(200, { 'content-type': 'text/javascript' }).end(`export const name = '${path}';`);
		else if (path === '/quiz') res.writeHead(200, { 'content-type': 'text/html' }).end(page(options));
		else if (path === '/results') res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Results</h1>');
		else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
