import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Rolldown's per-plugin timing report is noise in every build log.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	define: {
		__FOOTNOTE_STATIC__: JSON.stringify(process.env.FOOTNOTE_STATIC === '1')
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/bench/**/*.test.ts'],
		environment: 'node'
	}
});
