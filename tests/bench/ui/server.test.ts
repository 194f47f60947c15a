import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, staleBuild } from './server';

describe('staleBuild', () => {
	let root: string;
	const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'footnote-stale-'));
		mkdirSync(join(root, 'src/routes'), { recursive: true });
		writeFileSync(join(root, 'src/routes/+page.svelte'), '');
		at('src/routes/+page.svelte', 1000);
		at('src/routes', 1000);
		at('src', 1000);
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('asks for a build when there is none', () => {
		expect(staleBuild(root)).toBe('build/index.js is missing');
	});

	it('accepts a build newer than every source', () => {
		mkdirSync(join(root, 'build'));
		writeFileSync(join(root, 'build/index.js'), '');
		at('build/index.js', 2000);
		expect(staleBuild(root)).toBeNull();
	});

	it('names the sources changed since the build', () => {
		mkdirSync(join(root, 'build'));
		writeFileSync(join(root, 'build/index.js'), '');
		at('build/index.js', 2000);
		at('src/routes/+page.svelte', 3000);
		expect(staleBuild(root)).toBe('src changed after the last build');
	});
});

describe('freePort', () => {
	it('offers a port a server may listen on', async () => {
		const port = await freePort();
		expect(port).toBeGreaterThan(0);
		expect(port).toBeLessThan(65536);
	});
});
