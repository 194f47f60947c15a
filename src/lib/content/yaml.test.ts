import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYaml } from './yaml';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? files(join(dir, d.name)) : /\.ya?ml$/.test(d.name) ? [join(dir, d.name)] : []
	);

describe('reading YAML', () => {
	it.each(files('questions'))('gives the same data as the positioned parser for %s', (file) => {
		const text = readFileSync(file, 'utf8');
		expect(parseYaml(file, text).data).toEqual(parse(text));
	});

	it('reads YAML 1.2 core values: no dates, no yes/no booleans, keys true and false', () => {
		const text = 'a: 2024-12-28\nb: yes\nc: 0o17\nd: .inf\nfeedback: { true: right, false: wrong }\ne: ~\n';
		expect(parseYaml('x.yaml', text).data).toEqual(parse(text));
		expect(parseYaml('x.yaml', text).data).toEqual({
			a: '2024-12-28',
			b: 'yes',
			c: 15,
			d: Infinity,
			feedback: { true: 'right', false: 'wrong' },
			e: null
		});
	});

	it('reports a duplicate key with its position', () => {
		expect(parseYaml('x.yaml', 'id: a\nprompt: b\nid: c\n').errors).toEqual([
			{ line: 3, column: 1, message: 'YAML syntax: map keys must be unique' }
		]);
	});
});
