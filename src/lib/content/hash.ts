// A short, stable, non-cryptographic hash (two FNV-1a lanes, 64 bits as hex). Used for question
// content versions and for ids that must not reveal an answer's position.
export function hash(s: string): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ s.length;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995);
		h2 ^= h2 >>> 15;
	}
	return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** An id for a piece of text (an option, an item, a right-hand choice) that says nothing of its place. */
export function textId(s: string): string {
	return hash(s).slice(0, 8);
}
