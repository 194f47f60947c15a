import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdInThisTab } from './one-tab';

const releases: (() => void)[] = [];
const hold = (name: string, onTaken: () => void) => {
	const release = holdInThisTab(name, onTaken);
	releases.push(release);
	return release;
};
// BroadcastChannel delivers in a later task.
const delivered = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => {
	for (const release of releases.splice(0)) release();
});

describe('holdInThisTab', () => {
	it('tells the tab that held an attempt when another takes it, and not the one that took it', async () => {
		const first = vi.fn();
		const second = vi.fn();
		hold('footnote:attempt:p:s1', first);
		await delivered();
		hold('footnote:attempt:p:s1', second);
		await delivered();
		expect(first).toHaveBeenCalledTimes(1);
		expect(second).not.toHaveBeenCalled();
	});

	it('leaves tabs holding other attempts alone', async () => {
		const other = vi.fn();
		hold('footnote:attempt:p:s1', other);
		hold('footnote:attempt:p:s2', () => {});
		hold('footnote:attempt:q:s1', () => {});
		await delivered();
		expect(other).not.toHaveBeenCalled();
	});

	it('hears nothing once it has let go', async () => {
		const first = vi.fn();
		const release = hold('footnote:attempt:p:s1', first);
		release();
		hold('footnote:attempt:p:s1', () => {});
		await delivered();
		expect(first).not.toHaveBeenCalled();
	});
});
