// The safe Markdown subset used in prompts, options, feedback and explanations: *emphasis*,
// **strong**, [links](https://…) and line breaks. It parses to nodes that components render as
// elements, so no string ever reaches the page as HTML.

export type MdNode =
	| { kind: 'text'; text: string }
	| { kind: 'em' | 'strong'; children: MdNode[] }
	| { kind: 'link'; href: string; children: MdNode[] }
	| { kind: 'br' };

/** Links may go to the web, to mail, or within the site; anything else stays plain text. */
export function isSafeHref(href: string): boolean {
	return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href.trim());
}

const INLINE =
	/\\([\\*_[\]()])|\*\*(.+?)\*\*|\*(.+?)\*|(?<![\p{L}\p{N}])_(.+?)_(?![\p{L}\p{N}])|\[([^\]]+)\]\(([^)\s]+)\)|\n/su;

export function parseMarkdown(src: string): MdNode[] {
	const out: MdNode[] = [];
	let rest = src;
	const pushText = (t: string) => {
		if (!t) return;
		const last = out[out.length - 1];
		if (last && last.kind === 'text') last.text += t;
		else out.push({ kind: 'text', text: t });
	};
	while (rest) {
		const m = INLINE.exec(rest);
		if (!m) {
			pushText(rest);
			break;
		}
		pushText(rest.slice(0, m.index));
		rest = rest.slice(m.index + m[0].length);
		if (m[1] !== undefined) pushText(m[1]);
		else if (m[2] !== undefined) out.push({ kind: 'strong', children: parseMarkdown(m[2]) });
		else if (m[3] !== undefined) out.push({ kind: 'em', children: parseMarkdown(m[3]) });
		else if (m[4] !== undefined) out.push({ kind: 'em', children: parseMarkdown(m[4]) });
		else if (m[5] !== undefined) {
			if (isSafeHref(m[6])) out.push({ kind: 'link', href: m[6], children: parseMarkdown(m[5]) });
			else pushText(m[5]);
		} else out.push({ kind: 'br' });
	}
	return out;
}

/** The words a reader sees, without markup: for search, plain-text exports and aria labels. */
export function plainText(src: string): string {
	const walk = (nodes: MdNode[]): string =>
		nodes.map((n) => (n.kind === 'text' ? n.text : n.kind === 'br' ? '\n' : walk(n.children))).join('');
	return walk(parseMarkdown(src));
}

/** Links whose address is not allowed, so the validator can name them. */
export function unsafeLinks(src: string): string[] {
	return [...src.matchAll(/\[[^\]]+\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((h) => !isSafeHref(h));
}
