import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { withAnswersFirst } from './scripts/answers-first.js';

// `npm run build:static` sets FOOTNOTE_STATIC: every page that needs no server is prerendered
// into build-static/; pages that need the server are left out.
const isStatic = process.env.FOOTNOTE_STATIC === '1';
// Separate folders let two builds run side by side (say, a test run while another build serves).
const buildDir = process.env.FOOTNOTE_BUILD_DIR ?? (isStatic ? 'build-static' : 'build');
const kitDir = process.env.FOOTNOTE_KIT_DIR ?? (isStatic ? '.svelte-kit-static' : '.svelte-kit');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: isStatic
			? adapterStatic({ pages: buildDir, assets: buildDir, strict: false })
			: withAnswersFirst(adapterNode({ out: buildDir }), buildDir),
		outDir: kitDir,
		// Registered by app.html once the page has loaded: installing competes with the first paint.
		serviceWorker: { register: false },
		// The server works out which page a link opens (prerendered pages get a file for it), so the
		// client does not load the whole route table; the static site has no server to ask.
		router: { resolution: isStatic ? 'client' : 'server' },
		// Each page's styles are a few kB: inline, they cost no render-blocking request.
		inlineStyleThreshold: 8192,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
