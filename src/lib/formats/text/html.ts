// HTML (as Moodle stores question text) to the app's safe Markdown subset. Emphasis, links and line
// breaks are kept; every other tag gives up its formatting but keeps its words, and what is given up
// is named in `notes` so an import can report it. No HTML ever reaches the output.
import { isSafeHref } from '../../content/markdown';
import { decodeEntities } from './entities';
import { escapeMarkdown } from './escape';

export type Token =
	/** Characters as a reader sees them; escaped on output. */
	| { kind: 'text'; text: string; pre?: boolean }
	/** Text already in the Markdown subset, kept as written. */
	| { kind: 'raw'; text: string }
	| { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
	| { kind: 'close'; name: string };

type Node =
	| { kind: 'text'; text: string; pre?: boolean }
	| { kind: 'raw'; text: string }
	| { kind: 'em' | 'strong'; children: Node[] }
	| { kind: 'link'; href: string; children: Node[] }
	| { kind: 'br' | 'para' | 'line' };

export interface Converted {
	text: string;
	/** What was given up, in words for a report. */
	notes: string[];
}

const VOID = new Set([
	'br',
	'img',
	'hr',
	'input',
	'meta',
	'link',
	'area',
	'base',
	'col',
	'embed',
	'param',
	'source',
	'wbr'
]);
const SKIP_CONTENT = new Set([
	'script',
	'style',
	'head',
	'title',
	'template',
	'iframe',
	'object',
	'noscript',
	'svg',
	'math'
]);
const BLOCK = new Set(
	'p div section article header footer aside nav main blockquote pre table thead tbody tfoot tr caption ul ol dl dd dt figure figcaption address center h1 h2 h3 h4 h5 h6 hr form fieldset legend details summary'.split(
		' '
	)
);
const EM = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const STRONG = new Set(['strong', 'b']);
/** Structure only: losing them loses nothing a reader needs. */
const SILENT = new Set([
	'p',
	'div',
	'span',
	'br',
	'section',
	'article',
	'header',
	'footer',
	'main',
	'body',
	'html',
	'tbody',
	'thead',
	'tfoot',
	'center',
	'font',
	'nobr',
	'li',
	'ul',
	'ol',
	'label',
	'abbr',
	'acronym',
	'q',
	'small',
	'big',
	'a',
	'em',
	'i',
	'strong',
	'b',
	'cite',
	'dfn',
	'var',
	'img'
]);

const PARA = '\uE020';
const LINE = '\uE021';

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(src: string): Record<string, string> {
	const attrs: Record<string, string> = {};
	for (const m of src.matchAll(ATTR)) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
	return attrs;
}

/** A tag at `at`, or null when the `<` there starts no tag. */
export function readTag(src: string, at: number): { token: Token; end: number } | null {
	TAG.lastIndex = at;
	const m = TAG.exec(src);
	if (!m) return null;
	const name = m[2].toLowerCase();
	const token: Token =
		m[1] === '/' ? { kind: 'close', name } : { kind: 'open', name, attrs: parseAttrs(m[3]), selfClosing: m[4] === '/' };
	return { token, end: TAG.lastIndex };
}

/** The end of a `<!-- -->` comment or `<!…>` / `<?…>` declaration starting at `at`. */
export function skipDeclaration(src: string, at: number): number {
	if (src.startsWith('<!--', at)) {
		const end = src.indexOf('-->', at + 4);
		return end < 0 ? src.length : end + 3;
	}
	const end = src.indexOf('>', at);
	return end < 0 ? src.length : end + 1;
}

export function tokenizeHtml(src: string): Token[] {
	const tokens: Token[] = [];
	let pre = 0;
	let i = 0;
	const pushText = (text: string) => {
		if (text) tokens.push({ kind: 'text', text: decodeEntities(text), pre: pre > 0 });
	};
	while (i < src.length) {
		const lt = src.indexOf('<', i);
		if (lt < 0) {
			pushText(src.slice(i));
			break;
		}
		pushText(src.slice(i, lt));
		if (src.startsWith('<![CDATA[', lt)) {
			const end = src.indexOf(']]>', lt);
			const stop = end < 0 ? src.length : end;
			tokens.push({ kind: 'text', text: src.slice(lt + 9, stop), pre: pre > 0 });
			i = end < 0 ? src.length : end + 3;
			continue;
		}
		if (src.startsWith('<!', lt) || src.startsWith('<?', lt)) {
			i = skipDeclaration(src, lt);
			continue;
		}
		const tag = readTag(src, lt);
		if (!tag) {
			pushText('<');
			i = lt + 1;
			continue;
		}
		const t = tag.token;
		i = tag.end;
		if (t.kind === 'open' && SKIP_CONTENT.has(t.name) && !t.selfClosing) {
			const close = src.toLowerCase().indexOf(`</${t.name}`, i);
			const gt = close < 0 ? -1 : src.indexOf('>', close);
			i = gt < 0 ? src.length : gt + 1;
		}
		if (t.kind === 'open' && t.name === 'pre' && !t.selfClosing) pre++;
		if (t.kind === 'close' && t.name === 'pre' && pre > 0) pre--;
		tokens.push(t);
	}
	return tokens;
}

interface Frame {
	name: string;
	node: Node & { children: Node[] };
}

function buildTree(tokens: Token[], dropped: Set<string>, notes: string[]): Node[] {
	const root: Frame = { name: '#root', node: { kind: 'em', children: [] } };
	const stack: Frame[] = [root];
	const top = () => stack[stack.length - 1].node.children;
	for (const t of tokens) {
		if (t.kind === 'text') {
			top().push(t.pre ? { kind: 'text', text: t.text, pre: true } : { kind: 'text', text: t.text });
			continue;
		}
		if (t.kind === 'raw') {
			top().push({ kind: 'raw', text: t.text });
			continue;
		}
		const name = t.name;
		if (t.kind === 'close') {
			if (BLOCK.has(name)) top().push({ kind: 'para' });
			const at = stack.map((f) => f.name).lastIndexOf(name);
			if (at > 0) {
				while (stack.length > at) {
					const frame = stack.pop() as Frame;
					top().push(frame.node);
				}
			}
			continue;
		}
		if (SKIP_CONTENT.has(name)) {
			notes.push(`<${name}> content removed`);
			continue;
		}
		if (!SILENT.has(name) && !(name === 'span' && t.attrs.style)) dropped.add(name);
		if (name === 'span' && t.attrs.style) dropped.add('span style');
		if (name === 'br') top().push({ kind: 'br' });
		else if (name === 'img') {
			const alt = (t.attrs.alt ?? '').trim();
			notes.push(
				`image ${JSON.stringify(t.attrs.src ?? '')} not imported${alt ? ` (its alt text "${alt}" is kept)` : ''}`
			);
			if (alt) top().push({ kind: 'text', text: alt });
		} else if (name === 'li') top().push({ kind: 'line' }, { kind: 'raw', text: '• ' });
		else if (name === 'td' || name === 'th') top().push({ kind: 'text', text: ' ' });
		else if (BLOCK.has(name)) top().push({ kind: 'para' });
		if (VOID.has(name) || t.selfClosing) continue;
		if (EM.has(name)) stack.push({ name, node: { kind: 'em', children: [] } });
		else if (STRONG.has(name) || /^h[1-6]$/.test(name)) stack.push({ name, node: { kind: 'strong', children: [] } });
		else if (name === 'a') stack.push({ name, node: { kind: 'link', href: t.attrs.href ?? '', children: [] } });
	}
	while (stack.length > 1) {
		const frame = stack.pop() as Frame;
		top().push(frame.node);
	}
	return root.node.children;
}

/** Splits leading and trailing white space (and breaks) off a piece of output. */
function edges(s: string): [string, string, string] {
	const lead = /^[\s\uE020\uE021]*/.exec(s)?.[0] ?? '';
	const rest = s.slice(lead.length);
	const trail = /[\s\uE020\uE021]*$/.exec(rest)?.[0] ?? '';
	return [lead, rest.slice(0, rest.length - trail.length), trail];
}

const HREF_ESCAPES: Record<string, string> = { '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' };
/** A link target the subset can hold: no spaces or parentheses. */
const encodeHref = (href: string) => href.trim().replace(/\s|[()<>]/g, (c) => HREF_ESCAPES[c] ?? encodeURIComponent(c));

function serialize(nodes: Node[], html: boolean, notes: string[], avoidStar = false): string {
	return nodes.map((n, i) => serializeNode(n, html, notes, avoidStar && (i === 0 || i === nodes.length - 1))).join('');
}

function serializeNode(n: Node, html: boolean, notes: string[], atEdgeOfStrong: boolean): string {
	switch (n.kind) {
		case 'text': {
			if (n.pre) return escapeMarkdown(n.text).replace(/\r?\n/g, '\n');
			return escapeMarkdown(html ? n.text.replace(/[ \t\n\r\f]+/g, ' ') : n.text);
		}
		case 'raw':
			return n.text;
		case 'br':
			return '\n';
		case 'para':
			return PARA;
		case 'line':
			return LINE;
		case 'em': {
			const [lead, core, trail] = edges(serialize(n.children, html, notes));
			if (!core) return lead + trail;
			const edgeStrong = n.children[0]?.kind === 'strong' || n.children[n.children.length - 1]?.kind === 'strong';
			// `*` next to the `**` of strong emphasis would be read as one run of stars.
			const mark = atEdgeOfStrong || edgeStrong || core.startsWith('*') || core.endsWith('*') ? '_' : '*';
			return `${lead}${mark}${core}${mark}${trail}`;
		}
		case 'strong': {
			const [lead, core, trail] = edges(serialize(n.children, html, notes, true));
			return core ? `${lead}**${core}**${trail}` : lead + trail;
		}
		case 'link': {
			const inner = serialize(n.children, html, notes);
			const [lead, core, trail] = edges(inner);
			const href = n.href.trim();
			if (!href) return inner;
			if (!isSafeHref(href)) {
				notes.push(
					`link to ${JSON.stringify(href)} dropped (links go to http(s), mailto or this site); its text is kept`
				);
				return inner;
			}
			return `${lead}[${core || escapeMarkdown(href)}](${encodeHref(href)})${trail}`;
		}
	}
}

/** Tokens (from HTML, or Markdown with HTML in it) to the subset; `html` collapses white space as a browser does. */
export function tokensToMarkdown(tokens: Token[], html: boolean): Converted {
	const notes: string[] = [];
	const dropped = new Set<string>();
	const tree = buildTree(tokens, dropped, notes);
	let s = serialize(tree, html, notes);
	if (html) s = s.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/ {2,}/g, ' ');
	s = s
		.replace(/[\s\uE020\uE021]*[\uE020\uE021][\s\uE020\uE021]*/g, (run) => (run.includes(PARA) ? '\n\n' : '\n'))
		.trim();
	if (dropped.size)
		notes.unshift(`HTML formatting not carried (the words are kept): ${[...dropped].sort().join(', ')}`);
	return { text: s, notes };
}

export function htmlToMarkdown(html: string): Converted {
	return tokensToMarkdown(tokenizeHtml(html), true);
}
