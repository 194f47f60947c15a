/** A "back" link may only lead within this site: a path, never another origin. */
export function safeReturnPath(from: string | null): string | null {
	if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return null;
	return from;
}
