import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('bench:classroom options', () => {
	it.each([
		[[], { students: 300, intervalMs: 150, durationS: 30, warmupS: 3, kill: true, build: 'auto' }],
		[['--students', '50', '--interval-ms', '100'], { students: 50, intervalMs: 100 }],
		[
			['--students=20', '--duration-s=5', '--warmup-s', '0', '--no-kill', '--no-build'],
			{ students: 20, durationS: 5, warmupS: 0, kill: false, build: 'never' }
		]
	])('reads %j', (argv, expected) => {
		const parsed = parseOptions(argv);
		expect('options' in parsed && parsed.options).toMatchObject(expected);
	});

	it.each([
		[['--students'], 'nothing'],
		[['--students', '0'], '"0"'],
		[['--interval-ms', 'fast'], '"fast"'],
		[['--warmup-s', '-1'], '"-1"'],
		[['--turbo'], 'unknown option "--turbo"']
	])('refuses %j, saying what was wrong', (argv, fragment) => {
		const parsed = parseOptions(argv);
		expect('error' in parsed && parsed.error).toContain(fragment);
	});
});
