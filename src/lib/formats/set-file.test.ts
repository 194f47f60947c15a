import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../content/disk';
import { loadSet } from '../content/sets';
import type { Pack } from '../content/types';
import { importGift } from './gift/import';
import { buildSetFile, setIdFor } from './set-file';

const { pack } = loadPackDir('questions/russia-taliban-delisting');
const thePack = pack as Pack;

describe('setIdFor', () => {
	it.each([
		['week-3.gift.txt', 'week-3'],
		['/tmp/Moodle Examples.GIFT', 'moodle-examples'],
		['C:\\quizzes\\aiken.txt', 'aiken'],
		['.txt', 'imported']
	])('%s gives the set id %s', (file, id) => {
		expect(setIdFor(file)).toBe(id);
	});
});

describe('buildSetFile', () => {
	it('writes a set file that the set loader accepts, for the pack, with the first topic as default', () => {
		const { questions } = importGift('::Ruling day::When did the court rule?{=April 17 ~April 23####On April 17.}', {
			reservedIds: thePack.questions.map((q) => q.id)
		});
		const set = buildSetFile({ fileName: 'quiz.gift.txt', pack: thePack, questions });
		expect(set.data).toMatchObject({
			id: 'quiz',
			title: 'Imported from quiz.gift.txt',
			pack: thePack.id,
			topic: thePack.topics[0].id
		});
		const loaded = loadSet('quiz.yaml', set.yaml, new Map([[thePack.id, thePack]]));
		expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(loaded.value?.newQuestions.map((q) => [q.id, q.topic, q.uncited])).toEqual([
			['ruling-day', 'timeline', true]
		]);
		expect(set.report).toEqual([
			{
				level: 'info',
				message: '1 of 1 questions have no citations yet (uncited: true): add sources quoting the article'
			}
		]);
	});

	it("drops a topic the pack does not have, and reports what the set's validation would refuse", () => {
		const gift = [
			'// footnote: {"topic":"elsewhere"}\n::Topic::Q?{T####Why.}',
			'::Clash::Which?{=a ~a####Why.}',
			'Cited?{T####Why.\\n\\nSource\\: [no-such-passage] "words"}'
		].join('\n\n');
		const { questions } = importGift(gift);
		const set = buildSetFile({ fileName: 'x.gift', pack: thePack, questions });
		expect(set.report.map((e) => `${e.questionId ?? '-'}: ${e.message}`)).toEqual([
			`topic: topic "elsewhere" is not one of pack "${thePack.id}"'s topics: the set's topic is used`,
			'clash: the set will be refused until fixed: newQuestions[1].options[1].text: option "a" appears twice',
			'cited: the set will be refused until fixed: newQuestions[2].sources[0].passage: unknown passage "no-such-passage"',
			'-: 2 of 3 questions have no citations yet (uncited: true): add sources quoting the article'
		]);
		expect((set.data.newQuestions as { topic?: string }[])[0].topic).toBeUndefined();
	});
});
