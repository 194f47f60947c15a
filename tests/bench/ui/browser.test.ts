import { describe, expect, it } from 'vitest';
import { chromePath } from './browser';

describe('chromePath', () => {
	it('prefers CHROME_PATH when it names a file that exists', () => {
		expect(chromePath({ CHROME_PATH: process.execPath })).toEqual({ path: process.execPath });
	});

	it('says where it looked and what to do when no Chromium is found', () => {
		const found = chromePath({ CHROME_PATH: '/nowhere/chrome' });
		if ('path' in found) expect(found.path).not.toBe('/nowhere/chrome');
		else expect(found.reason).toMatch(/^no Chromium at \/nowhere\/chrome or .*set CHROME_PATH$/);
	});
});
