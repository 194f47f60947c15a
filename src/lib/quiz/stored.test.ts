import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceStorage, readSaved } from './stored';

afterEach(() => vi.unstubAllGlobals());

describe('deviceStorage', () => {
	it('is localStorage where the browser gives it', () => {
		const localStorage = { getItem: () => 'saved', setItem: () => {}, removeItem: () => {} };
		vi.stubGlobal('window', { localStorage });
		expect(deviceStorage()).toEqual({ storage: localStorage, kept: true });
	});

	it('is a store in memory, shared by every page of the app, where the browser refuses it', () => {
		vi.stubGlobal('window', {
			get localStorage(): Storage {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		const first = deviceStorage();
		expect(first.kept).toBe(false);
		first.storage.setItem('footnote:attempt:p:s', '{"formatVersion":2}');
		expect(readSaved(deviceStorage().storage, 'footnote:attempt:p:s')).toBe('{"formatVersion":2}');
		deviceStorage().storage.removeItem('footnote:attempt:p:s');
		expect(readSaved(first.storage, 'footnote:attempt:p:s')).toBeNull();
	});
});
