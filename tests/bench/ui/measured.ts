// A figure or the reason it could not be taken: a page that does not exist yet makes its figures
// null with a reason, and the rest of the benchmark still runs.
export type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };

export const measured = <T>(value: T): Measured<T> => ({ ok: true, value });
export const unmeasured = <T = never>(reason: string): Measured<T> => ({ ok: false, reason });

export const reasonOf = (error: unknown): string =>
	(error instanceof Error ? error.message : String(error)).split('\n')[0];
