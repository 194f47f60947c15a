import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('parseOptions', () => {
	it.each([
		{ argv: [], expected: { build: 'auto', lighthouse: true, strict: false, help: false } },
		{ argv: ['--no-build'], expected: { build: 'never', lighthouse: true, strict: false, help: false } },
		{ argv: ['--build', '--strict'], expected: { build: 'always', lighthouse: true, strict: true, help: false } },
		{ argv: ['--no-lighthouse'], expected: { build: 'auto', lighthouse: false, strict: false, help: false } },
		{ argv: ['-h'], expected: { build: 'auto', lighthouse: true, strict: false, help: true } },
		{ argv: ['--build', '--no-build'], expected: { build: 'never', lighthouse: true, strict: false, help: false } }
	])('reads $argv', ({ argv, expected }) => {
		expect(parseOptions(argv)).toEqual({ options: expected });
	});

	it('names an unknown option and lists the ones there are', () => {
		expect(parseOptions(['--quick'])).toMatchInlineSnapshot(`
			{
			  "error": "unknown option "--quick"; the options are --build, --no-build, --no-lighthouse, --strict, --help",
			}
		`);
	});
});
