// Reading a saved attempt's text: kept apart from saving (storage.ts), which needs the machine's
// serialiser, so that a page can look for a saved attempt before it loads the machine.
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The saved text, or null; a storage that cannot be read counts as empty. */
export function readSaved(storage: StorageLike, key: string): string | null {
	try {
		return storage.getItem(key);
	} catch {
		return null;
	}
}
