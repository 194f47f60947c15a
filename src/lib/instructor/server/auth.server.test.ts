import { describe, expect, it } from 'vitest';
import { safeNext } from './auth.server';

describe('safeNext', () => {
	it.each([
		['/sets/new?pack=p', '/sets/new?pack=p'],
		['/packs/p/author#editor', '/packs/p/author#editor'],
		[null, '/sets'],
		['', '/sets'],
		['https://evil.example/', '/sets'],
		['//evil.example/', '/sets'],
		['/\\evil.example', '/sets'],
		['/sets\n/x', '/sets'],
		['/login?next=/sets', '/sets'],
		['/logout', '/sets'],
		['/setup', '/sets'],
		['/loginx', '/loginx']
	])('sends %j to %j', (next, want) => {
		expect(safeNext(next)).toBe(want);
	});
});
