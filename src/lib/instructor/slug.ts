// Readable ids in the slug form the pack schema requires: lowercase letters, digits, hyphens.

/** Accents dropped, apostrophes removed, anything else between words becomes one hyphen. */
export function slugify(text: string, max = 48): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max);
	if (slug[max] === '-') return cut;
	// Cut at a word boundary when one is near, so ids do not end mid-word.
	const hyphen = cut.lastIndexOf('-');
	return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** A slug of the first few words of a text. */
export function slugOfWords(text: string, words = 5, max = 40): string {
	return slugify(text.split(/\s+/).filter(Boolean).slice(0, words).join(' '), max);
}

/** `base`, else `base-2`, `base-3`…, whichever is free; the id chosen is added to `taken`. */
export function uniqueSlug(base: string, taken: Set<string>): string {
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}
