// One connection to this device's history for the whole visit, shared by the study and progress
// pages: moving between them does not reopen the database, and no page closes it under a write
// still in flight from another.
import { openHistory, type History } from '$lib/study';

let opened: Promise<History> | null = null;
const onClosed = new Set<() => void>();

/** Called when another tab opened a newer version of the database and this connection was closed. */
export function whenClosedByNewerVersion(listener: () => void): () => void {
	onClosed.add(listener);
	return () => onClosed.delete(listener);
}

export function deviceHistory(): Promise<History> {
	opened ??= openHistory({
		onVersionChange: () => {
			opened = null;
			for (const listener of onClosed) listener();
		}
	}).catch((e: unknown) => {
		// Not kept, so that the next page tries again (storage may have been turned back on).
		opened = null;
		throw e;
	});
	return opened;
}
