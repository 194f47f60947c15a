// YAML with its source positions, so that every problem can be reported as file:line:column.
//
// Two parsers, for speed: js-yaml reads the data (several times faster on large banks), and the
// `yaml` package, which keeps every node's position, parses the text again only when a problem
// has to be located or the text is not valid YAML. Both read YAML 1.2's core schema, so they agree
// on what a file means (yaml.test.ts holds them to it).
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from './check';

export interface Located {
	line: number;
	column: number;
}

export interface YamlFile {
	file: string;
	/** The parse with positions, made on first use. */
	readonly doc: Document.Parsed;
	readonly lines: LineCounter;
	data: unknown;
	errors: { line: number; column: number; message: string }[];
}

function positioned(text: string) {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	return { doc, lines };
}

export function parseYaml(file: string, text: string): YamlFile {
	let parsed: ReturnType<typeof positioned> | null = null;
	const full = () => (parsed ??= positioned(text));
	const f: YamlFile = {
		file,
		get doc() {
			return full().doc;
		},
		get lines() {
			return full().lines;
		},
		data: undefined,
		errors: []
	};
	try {
		f.data = load(text, { schema: CORE_SCHEMA, filename: file });
		return f;
	} catch (fast) {
		// Not valid YAML (or a duplicate key): the positioned parser says where and why.
		const { doc, lines } = full();
		f.errors = doc.errors.map((e) => {
			const pos = lines.linePos(e.pos[0]);
			return { line: pos.line, column: pos.col, message: yamlMessage(e.message) };
		});
		if (f.errors.length === 0) {
			const mark = (fast as { mark?: { line: number; column: number } }).mark;
			const reason = (fast as { reason?: string }).reason ?? (fast as Error).message;
			f.errors.push({
				line: (mark?.line ?? 0) + 1,
				column: (mark?.column ?? 0) + 1,
				message: `YAML syntax: ${reason}`
			});
		}
		return f;
	}
}

function yamlMessage(m: string): string {
	const first = m.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
	return `YAML syntax: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/**
 * The position of the node at `path`, or of the deepest node on the way to it when the field is
 * missing. `key: true` points at a map entry's key rather than its value (for unknown fields).
 */
export function locate(f: YamlFile, path: FieldPath, opts: { key?: boolean } = {}): Located {
	let node: unknown = f.doc.contents;
	let offset = (f.doc.contents as Node | null)?.range?.[0] ?? 0;
	for (let i = 0; i < path.length; i++) {
		const seg = path[i];
		let next: unknown = undefined;
		if (isMap(node)) {
			const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
			if (pair) {
				const last = i === path.length - 1;
				const keyRange = (pair.key as Node).range;
				if (last && opts.key && keyRange) return pos(f, keyRange[0]);
				next = pair.value ?? pair.key;
				if (!pair.value && keyRange) offset = keyRange[0];
			}
		} else if (isSeq(node) && typeof seg === 'number') {
			next = node.items[seg];
		}
		if (next === undefined || next === null) break;
		node = next;
		const range = (node as Node).range;
		if (range) offset = range[0];
	}
	return pos(f, offset);
}

function pos(f: YamlFile, offset: number): Located {
	const p = f.lines.linePos(offset);
	return { line: p.line, column: p.col };
}

/** `['options', 2, 'text']` as `options[2].text`. */
export function formatPath(path: FieldPath): string {
	return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
}
