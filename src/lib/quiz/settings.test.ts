import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingsFromParams, settingsToParams, type QuizSettings } from './settings';

const settings = (over: Partial<QuizSettings>): QuizSettings => ({ ...DEFAULT_SETTINGS, ...over });

describe('settings as a link', () => {
	it('writes only what differs from the defaults', () => {
		const params = settingsToParams({
			pack: 'russia-taliban-delisting',
			seed: 'abc123',
			settings: settings({
				mode: 'exam',
				topics: ['timeline', 'motivations'],
				count: 5,
				certainty: true,
				timeLimitSeconds: 600,
				shuffleOptions: false
			})
		});
		expect(params.toString()).toBe(
			'pack=russia-taliban-delisting&mode=exam&topics=timeline%2Cmotivations&count=5&shuffleOptions=0&cbm=1&time=600&seed=abc123'
		);
	});

	it.each([
		['defaults', settings({})],
		[
			'an exam with every filter',
			settings({
				mode: 'exam',
				topics: ['a'],
				types: ['cloze', 'numeric'],
				difficulty: [1, 3],
				tags: ['people'],
				count: 3
			})
		],
		['a fixed list of questions', settings({ ids: ['q-1', 'q-2'], shuffleQuestions: false, retries: 2 })],
		['a time limit and certainty', settings({ timeLimitSeconds: 90, certainty: true })]
	])('reads back %s exactly', (_, s) => {
		const back = settingsFromParams(settingsToParams({ pack: 'p', seed: 's', settings: s }));
		expect(back).toEqual({ pack: 'p', seed: 's', settings: s, problems: [] });
	});

	it('opens a mistyped link with the defaults for what it cannot read, and says what', () => {
		const back = settingsFromParams(
			new URLSearchParams('mode=quiz&count=-3&difficulty=1,7&types=essay&cbm=maybe&time=1h&seed=a b')
		);
		expect(back.settings).toEqual(DEFAULT_SETTINGS);
		expect(back.seed).toBeNull();
		expect(back.problems).toMatchInlineSnapshot(`
			[
			  "link parameter "mode": "quiz" is not "practice" or "exam"; using the default (practice)",
			  "link parameter "types": "essay" is not a list of question types (single-choice, multiple-response, true-false, ordering, matching, numeric, short-text, cloze); using the default (any)",
			  "link parameter "difficulty": "1,7" is not a list of difficulties 1, 2 or 3; using the default (any)",
			  "link parameter "count": "-3" is not a whole number from 1 to 500; using the default (all questions)",
			  "link parameter "cbm": "maybe" is not 1 or 0; using the default (off)",
			  "link parameter "time": "1h" is not a whole number of seconds from 1 to 86400; using the default (no limit)",
			  "link parameter "seed": "a b" is not a seed (up to 64 letters, digits, - and _); a new one is used",
			]
		`);
	});
});

describe('readSettings', () => {
	it('accepts nothing as the defaults and names a field of the wrong kind', () => {
		expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
		expect(readSettings({ retries: 2.5, tags: 'people' }).problems).toEqual([
			'settings.tags: "people" is not a list of tags; using the default (any)',
			'settings.retries: 2.5 is not a whole number from 0 to 10; using the default (none)'
		]);
		expect(readSettings('exam').problems).toEqual(['settings: expected an object']);
	});

	it('drops repeated list entries', () => {
		expect(readSettings({ topics: ['a', 'a', 'b'] }).settings.topics).toEqual(['a', 'b']);
	});
});
