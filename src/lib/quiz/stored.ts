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

// Where the browser refuses localStorage (site data blocked), attempts are kept here instead: they
// last while the app stays open, so a quiz can still be taken and its results shown.
const memory = new Map<string, string>();
const inMemory: StorageLike = {
	getItem: (key) => memory.get(key) ?? null,
	setItem: (key, value) => void memory.set(key, value),
	removeItem: (key) => void memory.delete(key)
};

/**
 * This device's localStorage, or a store in memory when the browser refuses it; `kept` says
 * whether what is saved outlives the page.
 */
export function deviceStorage(): { storage: StorageLike; kept: boolean } {
	try {
		const storage = window.localStorage;
		if (storage) return { storage, kept: true };
	} catch {
		// Refused: the store in memory stands in.
	}
	return { storage: inMemory, kept: false };
}
