import { describe, expect, it } from 'vitest';
import { setFileSchema } from '../content/schema';
import { QUESTION_TYPES } from '../quiz/settings';
import {
	applyStep,
	draftFromForm,
	draftFromSetFile,
	emptySetDraft,
	filterQuestions,
	move,
	setFileFromDraft,
	type SetDraft
} from './set-draft';
import { testPack, testSet } from './testing';

function form(fields: [string, string][]): FormData {
	const fd = new FormData();
	for (const [k, v] of fields) fd.append(k, v);
	return fd;
}

describe('set drafts', () => {
	it('turn a set file into a draft and back without change', () => {
		const set = testSet({
			description: 'For Monday.',
			settings: { mode: 'exam', timeLimitMinutes: 20, attempts: 2, feedback: 'end', certainty: true },
			draw: { count: 1, topics: ['reasons'], difficulty: [2] },
			newQuestions: [{ id: 'x' }]
		});
		expect(setFileSchema.parse(setFileFromDraft(draftFromSetFile(set)))).toEqual(set);
	});

	it('make the set file id from the title when none is given', () => {
		const d: SetDraft = { ...emptySetDraft('court'), title: 'Week 3: Doha & after', questions: ['a'] };
		expect(setFileFromDraft(d).id).toBe('week-3-doha-after');
	});

	it('read every field of a posted builder form, in the order the picks were posted', () => {
		const d = draftFromForm(
			form([
				['title', 'Quiz'],
				['pack', 'court'],
				['questions', 'b'],
				['questions', 'a'],
				['topics', 'reasons'],
				['types', 'numeric'],
				['types', 'not-a-type'],
				['difficulty', '2'],
				['difficulty', '9'],
				['text', 'lives'],
				['draw', 'on'],
				['drawCount', '3'],
				['mode', 'exam'],
				['timeLimitMinutes', '15'],
				['attempts', ''],
				['shuffleOptions', 'on'],
				['feedback', 'never'],
				['retries', '1'],
				['newQuestions', '[{"id":"own"}]']
			]),
			QUESTION_TYPES
		);
		expect(d.questions).toEqual(['b', 'a']);
		expect(d.filter).toEqual({ topics: ['reasons'], types: ['numeric'], difficulty: [2], tags: [], text: 'lives' });
		expect(d.settings).toEqual({
			mode: 'exam',
			timeLimitMinutes: '15',
			attempts: '',
			shuffleQuestions: false,
			shuffleOptions: true,
			feedback: 'never',
			retries: '1',
			certainty: false
		});
		expect(d.draw).toBe(true);
		expect(d.newQuestions).toEqual([{ id: 'own' }]);
	});

	it('leave a number that is not one for the validator to name', () => {
		const d = { ...emptySetDraft('court'), title: 'T', questions: ['a'] };
		d.settings.timeLimitMinutes = 'ten';
		const r = setFileSchema.safeParse(setFileFromDraft(d));
		expect(r.success).toBe(false);
		expect(r.error?.issues[0].path).toEqual(['settings', 'timeLimitMinutes']);
	});
});

describe('builder steps', () => {
	it.each([
		['add:c', ['a', 'b', 'c']],
		['add:a', ['a', 'b']],
		['remove:0', ['b']],
		['up:1', ['b', 'a']],
		['up:0', ['a', 'b']],
		['down:0', ['b', 'a']],
		['down:1', ['a', 'b']],
		['add-shown:b,c,d,c', ['a', 'b', 'c', 'd']],
		['clear', []],
		['nonsense', ['a', 'b']]
	])('apply %j to [a, b]', (step, want) => {
		expect(applyStep(['a', 'b'], step)).toEqual(want);
	});

	it('move nothing past either end', () => {
		expect(move([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
		expect(move([1, 2, 3], 2, -2)).toEqual([3, 1, 2]);
	});
});

describe('filterQuestions', () => {
	const pack = testPack();
	const ids = (f: Partial<Parameters<typeof filterQuestions>[1]>) =>
		filterQuestions(pack.questions, { topics: [], types: [], difficulty: [], tags: [], text: '', ...f }).map(
			(q) => q.id
		);

	it.each([
		[{}, ['ruling-date', 'lives-lost', 'first-reason']],
		[{ topics: ['reasons'] }, ['lives-lost', 'first-reason']],
		[{ types: ['numeric' as const] }, ['lives-lost']],
		[{ difficulty: [1 as const] }, ['ruling-date', 'first-reason']],
		[{ tags: ['dates'] }, ['ruling-date']],
		[{ text: 'APRIL 2025' }, ['ruling-date']],
		[{ text: 'lives' }, ['lives-lost']],
		[{ text: 'first', topics: ['timeline'] }, []]
	])('with %j lets through %j', (f, want) => {
		expect(ids(f)).toEqual(want);
	});
});
