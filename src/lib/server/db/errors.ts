// Driver errors differ: better-sqlite3 names the constraint kind in `code`, PostgreSQL uses SQLSTATE.
export function isUniqueViolation(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function isForeignKeyViolation(e: unknown): boolean {
	const code = (e as { code?: unknown } | null)?.code;
	return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
