import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { serverNodeArgs } from '../../scripts/server-args.js';

const heapLimitMb = (args: string[], env: NodeJS.ProcessEnv = {}) =>
	Number(
		execFileSync(
			process.execPath,
			[...args, '-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit / 2 ** 20))'],
			{ env: { PATH: process.env.PATH, ...env } }
		).toString()
	);

describe("the server's node options", () => {
	it('cap the old generation at 1 GB, so V8 grows the heap in small steps', () => {
		const limit = heapLimitMb(serverNodeArgs({}));
		// The limit is the old generation's cap plus the young generation's.
		expect(limit).toBeGreaterThanOrEqual(1024);
		expect(limit).toBeLessThan(1200);
		expect(heapLimitMb([])).not.toBe(limit);
	});

	it('leave the cap to NODE_OPTIONS when it sets one', () => {
		const env = { NODE_OPTIONS: '--max-old-space-size=2048' };
		expect(serverNodeArgs(env)).toEqual([]);
		expect(heapLimitMb(serverNodeArgs(env), env)).toBeGreaterThanOrEqual(2048);
	});
});
