// YAML with its source positions, so that every problem can be reported as file:line:column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from './check';

export interface Located {
	line: number;
	column: number;
}

export interface YamlFile {
	file: string;
	doc: Document.Parsed;
	lines: LineCounter;
	data: unknown;
	errors: { line: number; column: number; message: string }[];
}

export function parseYaml(file: string, text: string): YamlFile {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const errors = doc.errors.map((e) => {
		const pos = lines.linePos(e.pos[0]);
		return { line: pos.line, column: pos.col, message: yamlMessage(e.message) };
	});
	let data: unknown = undefined;
	if (errors.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: 100 });
		} catch (e) {
			errors.push({ line: 1, column: 1, message: `YAML could not be read: ${(e as Error).message}` });
		}
	}
	return { file, doc, lines, data, errors };
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
