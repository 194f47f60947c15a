import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { codingFor, compressed, MIN_BYTES } from './compress';

const page = `<!doctype html><html><body>${'<p>A passage of the article, rendered.</p>'.repeat(200)}</body></html>`;

const request = (headers: Record<string, string> = {}, method = 'GET') =>
	new Request('http://localhost/packs/p/quiz?seed=s', { method, headers });
const html = (body: string | ReadableStream = page, headers: Record<string, string> = {}, status = 200) =>
	new Response(body, { status, headers: { 'content-type': 'text/html', etag: '"abc123"', ...headers } });
const bytes = async (r: Response) => Buffer.from(await r.arrayBuffer());

describe('codingFor', () => {
	it('prefers br, then gzip, and honours q=0 and *', () => {
		expect(codingFor('gzip, deflate, br')).toBe('br');
		expect(codingFor('gzip, deflate')).toBe('gzip');
		expect(codingFor('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(codingFor('BR ; q=1.0')).toBe('br');
		expect(codingFor('*')).toBe('br');
		expect(codingFor('*;q=0, gzip')).toBe('gzip');
		expect(codingFor('identity')).toBeNull();
		expect(codingFor('')).toBeNull();
		expect(codingFor(null)).toBeNull();
	});
});

describe('compressed', () => {
	it('sends a page as br to a client that takes it, with the same bytes once decoded', async () => {
		const out = await compressed(request({ 'accept-encoding': 'gzip, deflate, br' }), html());
		expect(out.headers.get('content-encoding')).toBe('br');
		expect(out.headers.get('vary')).toBe('Accept-Encoding');
		const body = await bytes(out);
		expect(out.headers.get('content-length')).toBe(String(body.length));
		expect(body.length).toBeLessThan(page.length / 4);
		expect(brotliDecompressSync(body).toString()).toBe(page);
	});

	it('sends gzip to a client that takes only gzip, JSON included', async () => {
		const json = JSON.stringify({ questions: Array.from({ length: 100 }, (_, i) => ({ id: `q-${i}` })) });
		const out = await compressed(
			request({ 'accept-encoding': 'gzip' }),
			new Response(json, { headers: { 'content-type': 'application/json' } })
		);
		expect(out.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(await bytes(out)).toString()).toBe(json);
	});

	it('makes the ETag weak, and leaves a request naming it to the 304', async () => {
		const out = await compressed(request({ 'accept-encoding': 'br' }), html());
		expect(out.headers.get('etag')).toBe('W/"abc123"');
		const again = html();
		const revalidated = await compressed(request({ 'accept-encoding': 'br', 'if-none-match': 'W/"abc123"' }), again);
		expect(revalidated).toBe(again);
	});

	it('leaves alone what it should not touch', async () => {
		const cases: [string, Request, Response][] = [
			['no accepted coding', request({ 'accept-encoding': 'identity' }), html()],
			['no accept-encoding', request(), html()],
			['a HEAD request', request({ 'accept-encoding': 'br' }, 'HEAD'), html()],
			['an error page', request({ 'accept-encoding': 'br' }), html(page, {}, 404)],
			['a CSV download', request({ 'accept-encoding': 'br' }), html(page, { 'content-type': 'text/csv' })],
			[
				'an event stream',
				request({ 'accept-encoding': 'br' }),
				html(new ReadableStream(), { 'content-type': 'text/event-stream' })
			],
			['a body already encoded', request({ 'accept-encoding': 'br' }), html(page, { 'content-encoding': 'gzip' })]
		];
		for (const [what, req, res] of cases) expect(await compressed(req, res), what).toBe(res);
	});

	it('sends a small body as it is, saying that it varies by coding', async () => {
		const small = '<p>ok</p>'.repeat(Math.floor(MIN_BYTES / 10));
		const out = await compressed(request({ 'accept-encoding': 'br' }), html(small));
		expect(out.headers.has('content-encoding')).toBe(false);
		expect(out.headers.get('vary')).toBe('Accept-Encoding');
		expect((await bytes(out)).toString()).toBe(small);
	});
});
