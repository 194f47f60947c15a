import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const RUNTIME = /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|clsx|esm-env)[\\/]/;
const NOT_ON_EVERY_PAGE = /[\\/](kit[\\/]src[\\/]runtime[\\/]app[\\/]forms|svelte[\\/]src[\\/]reactivity)[\\/.]/;

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// A lazily loaded page or component lists only its styles to preload, not its scripts: the
		// lists of every route's scripts made the app's entry, which every page loads, 1.5 kB bigger.
		// The browser still fetches a module's imports as soon as it reads them.
		modulePreload: { resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')) },
		// Rolldown's per-plugin timing report is noise in every build log.
		rolldownOptions: {
			checks: { pluginTimings: false },
			output: {
				// Nearly every function in the first two runs as the quiz page hydrates, and in xstate's
				// as its machine is built. Marked so, Chromium compiles them while the file downloads, off
				// the main thread, instead of one by one as each is first called (V8's explicit compile
				// hints): the hydration task went from 37–66 ms to 26–34 ms under Lighthouse.
				postBanner: (chunk) =>
					chunk.name === 'runtime' ||
					chunk.name === 'first-question' ||
					chunk.moduleIds.some((id) => /node_modules[\\/]xstate[\\/]/.test(id))
						? '//# allFunctionsCalledOnLoad'
						: '',
				codeSplitting: {
					groups: [
						// Svelte and SvelteKit's client, which every page loads: one file, not a dozen. What only
						// other pages use ($app/forms, svelte/reactivity) stays with them: it made the quiz page's
						// scripts 0.8 kB bigger.
						{
							name: 'runtime',
							test: (id) => RUNTIME.test(id) && !NOT_ON_EVERY_PAGE.test(id),
							priority: 2
						},
						// What the quiz page needs to show its first question, in one file: split by the
						// pages that share each part, it came in ten small ones, each a request.
						{
							name: 'first-question',
							test: /src[\\/]lib[\\/](quiz[\\/](settings|present|random|selection|stored|responses)\.ts|content[\\/](hash|markdown)\.ts|quiz-links\.ts|components[\\/](Quiz|Md|MdNodes)\.svelte|components[\\/]questions[\\/](QuestionCard\.svelte|Mark\.svelte|inputs\.svelte\.ts|early-input\.ts)|components[\\/]study[\\/]pack-data\.ts)/,
							priority: 1
						}
					]
				}
			}
		}
	},
	define: {
		__FOOTNOTE_STATIC__: JSON.stringify(process.env.FOOTNOTE_STATIC === '1')
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/bench/**/*.test.ts'],
		environment: 'node'
	}
});
