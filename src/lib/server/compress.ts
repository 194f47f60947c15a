// Compressing the pages and JSON the server renders. Static files and prerendered pages are served
// already compressed (the adapter's `precompress`); what is rendered per request (the quiz page with
// its first question, the instructor's and classroom pages, the API's answers) left uncompressed,
// three to four times its compressed size. A stream (a live classroom's events) is never buffered.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this many bytes, compressing saves less than the headers it adds cost. */
export const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(text\/html|application\/json)\b/i;

export type Coding = 'br' | 'gzip';

/** The coding to use for an Accept-Encoding header: br, else gzip, if the client takes either. */
export function codingFor(acceptEncoding: string | null): Coding | null {
	const taken = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').split(',')) {
		const [first, ...params] = part.toLowerCase().split(';');
		const name = first.trim();
		if (!name) continue;
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
		taken.set(name, q === undefined ? 1 : Number(q));
	}
	const accepts = (coding: Coding) => (taken.get(coding) ?? (taken.get('*') || 0)) > 0;
	return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
}

/**
 * The response, compressed for the request when it is worth it: a complete HTML or JSON body of
 * at least MIN_BYTES, to a client that takes br or gzip. Its ETag becomes weak, since the bytes
 * differ from the uncompressed ones; a request that names that ETag is left to SvelteKit's 304.
 */
export async function compressed(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		request.method === 'HEAD' ||
		response.status !== 200 ||
		!response.body ||
		!COMPRESSIBLE.test(type) ||
		response.headers.has('content-encoding')
	) {
		return response;
	}
	const coding = codingFor(request.headers.get('accept-encoding'));
	if (!coding) return response;
	const etag = response.headers.get('etag');
	const named = request.headers.get('if-none-match')?.replace(/^W\//, '');
	if (etag && named === etag.replace(/^W\//, '')) return response;

	const body = Buffer.from(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	if (body.length < MIN_BYTES) return new Response(body, { status: response.status, headers });
	const packed =
		coding === 'br'
			? await brotli(body, {
					params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length }
				})
			: await gzipped(body, { level: 6 });
	headers.set('content-encoding', coding);
	headers.set('content-length', String(packed.length));
	if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
	return new Response(packed, { status: response.status, statusText: response.statusText, headers });
}
