import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { markIfSaved, startAfterFirstPaint } from './first-paint';

// The start script as SvelteKit writes it into a page (src/runtime/server/page/render.js).
const START = `<script>
	{
		const element = document.currentScript.parentElement;
		Promise.all([
			import("../../_app/immutable/entry/start.A.js"),
			import("../../_app/immutable/entry/app.B.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { data: [{ type: "data", data: { note: "Promise.all([ ]).then(([kit, app]) =>" } }] });
		});
	}
</script>`;
const page = (body: string) => `<!doctype html><html><head></head><body><main>${body}</main>${START}</body></html>`;
const scriptOf = (html: string) => html.slice(html.indexOf('<script>') + 8, html.indexOf('</script>'));

describe('startAfterFirstPaint', () => {
	it('makes the start wait for the first frame, and keeps it a working script', () => {
		const out = startAfterFirstPaint(page('<p>Question</p>'));
		const script = scriptOf(out);
		expect(script).toContain("getEntriesByName('first-contentful-paint')");
		expect(script).toMatch(/\.then\(\(\) => Promise\.all\(\[[\s\S]*\]\)\)\.then\(\(\[kit, app\]\) =>/);
		expect(() => new Script(script)).not.toThrow();
		// The data the page starts with is as it was.
		expect(script).toContain('note: "Promise.all([ ]).then(([kit, app]) =>"');
	});

	it('leaves the words of a question alone, even when they read like the start script', () => {
		const hostile = 'Promise.all([ import(&quot;x&quot;) ]).then(([kit, app]) =&gt; &lt;script>';
		const out = startAfterFirstPaint(page(`<p>${hostile}</p>`));
		expect(out).toContain(`<p>${hostile}</p>`);
		expect(scriptOf(out)).toContain('first-contentful-paint');
	});

	it('leaves a page without SvelteKit’s start script as it is', () => {
		const html = '<!doctype html><html><body><script>console.log(1)</script></body></html>';
		expect(startAfterFirstPaint(html)).toBe(html);
	});

	it('matches the start script the installed SvelteKit writes', () => {
		const render = readFileSync('node_modules/@sveltejs/kit/src/runtime/server/page/render.js', 'utf8');
		expect(render).toContain('? `Promise.all([');
		expect(render).toContain(']).then(([kit, app]) => {');
	});
});

describe('markIfSaved', () => {
	const run = (html: string, saved: Record<string, string>) => {
		const script = html.slice(html.indexOf('<script>') + 8, html.indexOf('</script>'));
		const documentElement = { dataset: {} as Record<string, string> };
		const localStorage = { getItem: (k: string) => saved[k] ?? null };
		new Script(script).runInNewContext({ document: { documentElement }, localStorage });
		return documentElement.dataset;
	};

	it('marks the document when this device holds the attempt, and only then', () => {
		const html = markIfSaved('<html><head><title>Quiz</title></head><body></body></html>', 'footnote:attempt:p:s1');
		expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('</head>'));
		expect(run(html, { 'footnote:attempt:p:s1': '{}' })).toEqual({ resuming: '' });
		expect(run(html, { 'footnote:attempt:p:other': '{}' })).toEqual({});
	});

	it('keeps a hostile key a string: nothing in it closes the script or runs', () => {
		const key = 'footnote:attempt:p:</script><script>alert(1)</script>"\'';
		const html = markIfSaved('<html><head></head></html>', key);
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		expect(run(html, { [key]: '{}' })).toEqual({ resuming: '' });
	});
});
