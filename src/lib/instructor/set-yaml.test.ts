import { describe, expect, it } from 'vitest';
import { readSetYaml, setToYaml } from './set-yaml';
import { testPack, testSet } from './testing';

const packs = new Map([['court', testPack()]]);

describe('set files', () => {
	it('read back what they wrote', () => {
		const set = testSet({ description: 'Monday', draw: { count: 1, tags: ['figures'] } });
		const r = readSetYaml('week-1.yaml', setToYaml(set), packs);
		expect(r).toEqual({ ok: true, set, warnings: [] });
	});

	it('leave out empty lists', () => {
		expect(setToYaml(testSet({ questions: [], draw: { count: 2 } }))).not.toMatch(/questions:|newQuestions/);
	});

	it('refuse a file with the validator’s lines, every problem at once', () => {
		const r = readSetYaml(
			'upload.yaml',
			['id: week-1', 'title: Week 1', 'pack: court', 'questions: [ruling-date, nowhere]', 'setings: {}', ''].join('\n'),
			packs
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.lines).toMatchInlineSnapshot(`
			[
			  "upload.yaml:5:1  -  setings  unknown field "setings"; did you mean "settings"?",
			]
		`);
	});

	it('refuse ids that are not in the pack once the shape is right', () => {
		const r = readSetYaml('s.yaml', 'id: s\ntitle: S\npack: court\nquestions: [ruling-date, nowhere]\n', packs);
		expect(r.ok ? [] : r.lines).toEqual([
			's.yaml:4:26  nowhere  questions[1]  question "nowhere" is not in pack "court"'
		]);
	});

	it.each([
		['broken YAML', 'id: [', /YAML syntax/],
		[
			'an unknown pack',
			'id: s\ntitle: S\npack: elsewhere\nquestions: [a]\n',
			/unknown pack "elsewhere" \(packs: court\)/
		],
		['a file that is too long', 'x'.repeat(1_000_001), /at most 1000000/]
	])('refuse %s', (_, text, message) => {
		const r = readSetYaml('f.yaml', text, packs);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.lines.join('\n')).toMatch(message);
	});
});
