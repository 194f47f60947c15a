import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';

// `npm run build:static` sets FOOTNOTE_STATIC: every page that needs no server is prerendered
// into build-static/; pages that need the server are left out.
const isStatic = process.env.FOOTNOTE_STATIC === '1';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: isStatic
			? adapterStatic({ pages: 'build-static', assets: 'build-static', strict: false })
			: adapterNode({ out: 'build' }),
		outDir: isStatic ? '.svelte-kit-static' : '.svelte-kit',
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
