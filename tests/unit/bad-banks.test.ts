import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/lib/content/load';
import { formatProblem } from '../../src/lib/content/problems';

const PACK = 'questions/russia-taliban-delisting';

/** Loads the real article with one bad bank from tests/fixtures/bad-banks as the pack's only bank. */
function problemsOf(fixture: string): string[] {
	const { problems } = loadPack({
		dir: 'fx',
		read: (rel) => {
			if (rel === 'pack.yaml') {
				return readFileSync(`${PACK}/pack.yaml`, 'utf8')
					.replace(/banks:[\s\S]*$/, 'banks: [bank.yaml]\n')
					.replace('id: russia-taliban-delisting', 'id: fx');
			}
			if (rel === 'bank.yaml') return readFileSync(`tests/fixtures/bad-banks/${fixture}.yaml`, 'utf8');
			return rel === 'article.md' ? readFileSync(`${PACK}/article.md`, 'utf8') : undefined;
		}
	});
	return problems.map(formatProblem);
}

describe('a bank with an error is reported as file:line:col, question id, field path and message', () => {
	it('reports a YAML syntax error with its position, not a stack trace', () => {
		expect(problemsOf('yaml-syntax')).toEqual(['fx/bank.yaml:8:1  -  -  YAML syntax: missing closing "quote']);
	});

	it('names an unknown question type and lists the known ones', () => {
		expect(problemsOf('unknown-type')).toEqual([
			'fx/bank.yaml:4:11  essay-question  questions[0].type  unknown type "essay"; it is one of: single-choice, multiple-response, true-false, ordering, matching, numeric, short-text, cloze'
		]);
	});

	it('names a missing required field at the question that lacks it', () => {
		expect(problemsOf('missing-field')).toEqual([
			'fx/bank.yaml:3:5  no-explanation  questions[0].explanation  required field "explanation" is missing'
		]);
	});

	it('suggests the closest passage id for an unknown one', () => {
		expect(problemsOf('unknown-passage')).toEqual([
			'fx/bank.yaml:10:18  wrong-passage-id  questions[0].sources[0].passage  unknown passage "supreme-court-rulings"; did you mean "supreme-court-ruling"?'
		]);
	});

	it('shows the article text closest to a quote that is not verbatim', () => {
		expect(problemsOf('quote-near-miss')).toEqual([
			'fx/bank.yaml:11:16  straight-quotes  questions[0].sources[0].quote  quote differs from passage "supreme-court-ruling" only in quotation marks, dashes or spaces; the article has: "the Taliban’s designation in 2003"',
			'fx/bank.yaml:20:16  one-word-changed  questions[1].sources[0].quote  quote is not in passage "supreme-court-ruling"; the closest text there is: "Taking immediate effect, the ruling marks a legal and diplomatic turning point,"'
		]);
	});

	it('checks that each key fits its question', () => {
		expect(problemsOf('key-mismatch')).toEqual([
			'fx/bank.yaml:8:7  two-correct  questions[0].options  has 2 correct options; a single-choice question has exactly one (mark it "correct: true")',
			'fx/bank.yaml:23:15  duplicate-items  questions[1].items[2].text  item "Designation in 2003" appears twice; each item must be unique',
			'fx/bank.yaml:33:16  negative-tolerance  questions[2].tolerance  tolerance is -1; it must be 0 or more',
			'fx/bank.yaml:42:11  unkeyed-blank  questions[3].text  blank {{day}} has no entry in blanks; add one with its accepted answers',
			'fx/bank.yaml:53:13  empty-prompt  questions[4].prompt  must not be empty',
			'fx/bank.yaml:66:9  incomplete-pair  questions[5].pairs[1].right  required field "right" is missing'
		]);
	});

	it('requires numeric and text keys to be grounded in the cited words, unless derived', () => {
		expect(problemsOf('ungrounded')).toEqual([
			'fx/bank.yaml:7:13  numeric-not-cited  questions[0].answer  41 does not appear in any cited quote; cite the words that state it, or add "derived:" with a one-line reason',
			'fx/bank.yaml:25:15  text-not-cited  questions[2].accepted  no accepted answer appears in a cited quote; cite the words that state it, or add "derived:" with a one-line reason',
			'fx/bank.yaml:46:14  imported-uncited  questions[4].uncited  warning: waiting for a citation: add sources with the article words that support the answer'
		]);
	});

	it('reports every problem in a file at once: undeclared topic, range, duplicate id, misspelt field', () => {
		expect(problemsOf('structure')).toEqual([
			'fx/bank.yaml:1:8  -  topic  topic "chronology" is not declared in pack.yaml (topics: timeline, motivations, implications)',
			'fx/bank.yaml:5:17  same-id  questions[0].difficulty  difficulty is 1 (recall), 2 (understanding) or 3 (reasoning)',
			'fx/bank.yaml:12:5  same-id  questions[1].answer  required field "answer" is missing',
			'fx/bank.yaml:12:9  same-id  questions[1].id  id "same-id" is already used (fx/bank.yaml:3); ids are unique in a pack',
			'fx/bank.yaml:16:5  same-id  questions[1].anwser  unknown field "anwser"; did you mean "answer"?'
		]);
	});
});
