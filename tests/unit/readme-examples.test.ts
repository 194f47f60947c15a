import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkQuestion } from '../../src/lib/content/check';
import { loadPackDir } from '../../src/lib/content/disk';
import { parseQuestion } from '../../src/lib/content/load';
import { normaliseQuestion } from '../../src/lib/content/normalise';
import { QUESTION_TYPES } from '../../src/lib/content/schema';

const readme = readFileSync('README.md', 'utf8');
const examples = [...readme.matchAll(/```yaml\n(- id:[\s\S]*?)```/g)].map(
	(m) => parse(m[1])[0] as Record<string, unknown>
);
const pack = loadPackDir('questions/russia-taliban-delisting').pack;
const passages = new Map((pack?.passages ?? []).map((p) => [p.id, p]));

describe('the README', () => {
	it('has one complete example of every question type', () => {
		expect(examples.map((e) => e.type).sort()).toEqual([...QUESTION_TYPES].sort());
	});

	it.each(examples.map((e) => [e.type, e] as const))(
		'has a %s example that passes the validator against the real article',
		(_type, raw) => {
			const { question, findings } = parseQuestion(raw);
			expect(findings).toEqual([]);
			const q = normaliseQuestion(question!, 'timeline');
			expect(checkQuestion(q, passages)).toEqual([]);
		}
	);
});
