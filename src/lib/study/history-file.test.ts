import { describe, expect, it } from 'vitest';
import { readHistoryFile, toHistoryFile, type HistoryFile } from './history-file';
import { applyAnswer } from './schedule';
import { answer } from './testing';
import { DEFAULT_SETTINGS, type AttemptRecord } from './types';

function validFile(): HistoryFile {
	const attempt: AttemptRecord = {
		id: 'attempt-1',
		packId: 'pack',
		mode: 'practice',
		settings: { seed: 42 },
		startedAt: '2025-06-02T09:00:00.000Z',
		finishedAt: '2025-06-02T09:20:00.000Z',
		score: { points: 3, max: 4 }
	};
	const answers = [0, 1, 2, 3].map((i) =>
		answer({ id: `answer-${i}`, questionId: `q${i}`, answeredAt: `2025-06-02T09:0${i}:00.000Z`, certainty: 'medium' })
	);
	const card = applyAnswer(null, answers[0], 0.9);
	return toHistoryFile(
		{ attempts: [attempt], answers, cards: [card], settings: DEFAULT_SETTINGS },
		new Date('2025-06-03T00:00:00.000Z')
	);
}

/** A valid file with one change made to its parsed JSON. */
function edited(change: (file: Record<string, unknown> & HistoryFile) => void): string {
	const file = JSON.parse(JSON.stringify(validFile()));
	change(file);
	return JSON.stringify(file);
}

describe('reading a history file', () => {
	it('reads back exactly what was exported', () => {
		expect(readHistoryFile(JSON.stringify(validFile(), null, '\t'))).toEqual({ ok: true, file: validFile() });
	});

	it('reads a file an editor saved with a byte-order mark', () => {
		expect(readHistoryFile('\uFEFF' + JSON.stringify(validFile()))).toEqual({ ok: true, file: validFile() });
	});

	it('ignores fields it does not know and normalises times to UTC', () => {
		const result = readHistoryFile(
			edited((f) => {
				f.comment = 'from my laptop';
				Object.assign(f.answers[0], { answeredAt: '2025-06-02T11:00:00+02:00', colour: 'blue' });
			})
		);
		expect(result.ok && result.file.answers[0]).toEqual({
			...validFile().answers[0],
			answeredAt: '2025-06-02T09:00:00.000Z'
		});
		expect(result.ok && 'comment' in result.file).toBe(false);
	});

	it.each([
		['', 'The file is empty; a history file is JSON exported from Footnote.'],
		['{"app": "footnote",\n  "kind": }', 'The file is not JSON: at line 2, column 11, expected a value but found "}".'],
		[
			'{"app": "footnote"',
			'The file is not JSON: at line 1, column 19, expected "," or "}" but found the end of the file.'
		],
		[
			'{"app": "foot\nnote"}',
			'The file is not JSON: at line 1, column 14, a line break or control character inside quotes.'
		],
		['{"a": 1} {"b": 2}', 'The file is not JSON: at line 1, column 10, expected the end of the file but found "{".'],
		['PK\u0003\u0004', 'The file is not JSON: at line 1, column 1, expected a value but found "P".']
	])('refuses text that is not JSON, saying where it breaks: %j', (text, message) => {
		expect(readHistoryFile(text)).toEqual({ ok: false, code: 'not-json', message, problems: [] });
	});

	it.each([
		['another app’s JSON', '{"app": "anki", "cards": []}', 'app: expected "footnote", got the text "anki"'],
		['a Footnote pack export', '{"formatVersion": 1, "packs": []}', 'app: expected "footnote", got nothing'],
		['a list', '[1, 2]', 'expected an object at the top, got a list'],
		[
			'another kind of Footnote file',
			'{"app": "footnote", "kind": "pack"}',
			'kind: expected "history", got the text "pack"'
		]
	])('refuses %s as not a history file', (_, text, problem) => {
		expect(readHistoryFile(text)).toEqual({
			ok: false,
			code: 'not-history',
			message: `This is not a Footnote history file (${problem}).`,
			problems: [problem]
		});
	});

	it('refuses a file from a newer version of Footnote and says to update', () => {
		expect(readHistoryFile(edited((f) => Object.assign(f, { formatVersion: 2 })))).toMatchInlineSnapshot(`
			{
			  "code": "newer-format",
			  "message": "The file comes from a newer version of Footnote; update Footnote, then import it again.",
			  "ok": false,
			  "problems": [
			    "formatVersion: the file is format 2, and this version of Footnote reads format 1 at most",
			  ],
			}
		`);
	});

	it('names the field at fault deep inside the file', () => {
		expect(readHistoryFile(edited((f) => (f.answers[3].fraction = 1.5)))).toEqual({
			ok: false,
			code: 'invalid',
			message: 'The file cannot be imported: one problem was found, and nothing was changed.',
			problems: ['answers[3].fraction: expected a number from 0 to 1, got 1.5']
		});
	});

	it('reports every problem at once', () => {
		const result = readHistoryFile(
			edited((f) => {
				const answers = f.answers as unknown as Record<string, unknown>[];
				delete answers[0].questionId;
				answers[1].certainty = 'very';
				answers[2].answeredAt = 'yesterday';
				answers[3].attemptId = 'attempt-9';
				answers[3].passages = ['ok', ''];
				f.attempts.push({ ...f.attempts[0], score: { points: 5, max: 4 } });
				(f.cards[0].fsrs as unknown as Record<string, unknown>).state = 'Forgotten';
				f.settings.desiredRetention = 0.99;
			})
		);
		expect(result.ok || result.problems).toEqual([
			'attempts[1].score.points: 5 is more than max (4)',
			'answers[0].questionId: missing; expected non-empty text',
			'answers[1].certainty: expected one of "low", "medium", "high", got the text "very"',
			'answers[2].answeredAt: expected a date and time such as "2025-06-02T09:00:00.000Z", got the text "yesterday"',
			'answers[3].passages[1]: expected non-empty text, got the text ""',
			'cards[0].fsrs.state: expected one of "New", "Learning", "Review", "Relearning", got the text "Forgotten"',
			'settings.desiredRetention: expected a number from 0.7 to 0.97, got 0.99'
		]);
		expect(result.ok || result.message).toBe(
			'The file cannot be imported: 7 problems were found, and nothing was changed.'
		);
	});

	it('refuses answers without their attempt, repeated ids and a second card for one question', () => {
		const result = readHistoryFile(
			edited((f) => {
				f.answers[3].attemptId = 'attempt-9';
				f.answers[2].id = f.answers[0].id;
				f.answers[1].packId = 'other-pack';
				f.cards.push(f.cards[0]);
			})
		);
		expect(result.ok || result.problems).toEqual([
			'answers[1].packId: "other-pack", but its attempt (attempts[0]) is of pack "pack"',
			'answers[2].id: the same id as answers[0]',
			'answers[3].attemptId: no attempt in the file has the id "attempt-9"',
			'cards[1]: a second card for question "q0" (the first is cards[0])'
		]);
	});

	it('lists the first fifty problems of a badly broken file and counts the rest', () => {
		const result = readHistoryFile(
			edited((f) => {
				f.answers = Array.from({ length: 60 }, () => f.answers[0]).map((a) => ({ ...a, fraction: -1 }));
			})
		);
		expect(result.ok || [result.problems.length, result.problems.at(-1)]).toEqual([51, '… and 10 more']);
	});
});
