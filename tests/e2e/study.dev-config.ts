import base from '../../playwright.config';
import { defineConfig } from '@playwright/test';
const PORT = 4191;
export default defineConfig({
	...base,
	testDir: '.',
	outputDir: '/tmp/study-e2e-results',
	use: { ...base.use, baseURL: `http://localhost:${PORT}` },
	webServer: {
		command: `node build`,
		cwd: '../..',
		port: PORT,
		reuseExistingServer: true,
		timeout: 60_000,
		env: { PORT: String(PORT), ORIGIN: `http://localhost:${PORT}`, DATABASE_URL: 'sqlite::memory:' }
	}
});
