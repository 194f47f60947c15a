// Question ids for imported questions: made from a title or the first words of the prompt, in the
// slug form the schema requires, and never the same as one already taken.

/** Lowercase letters, digits and single hyphens; accents dropped, apostrophes removed. */
export function slugify(s: string, max = 60): string {
	if (s === '') return '';
	// Only text with letters outside ASCII needs its accents taken off.
	const ascii = /^\p{ASCII}*$/u.test(s) ? s : s.normalize('NFKD').replace(/\p{M}/gu, '');
	const slug = ascii
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max);
	if (slug[max] === '-') return cut;
	// Cut at a word boundary when one is near, so ids do not end mid-word.
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** A slug of the first words of a text, short enough to read as an id. */
export function slugFromWords(text: string, words = 6): string {
	return slugify(text.split(/\s+/).filter(Boolean).slice(0, words).join(' '), 48);
}

/** `base`, or `base-2`, `base-3`… whichever is free; the chosen id is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}
