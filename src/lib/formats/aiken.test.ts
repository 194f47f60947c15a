import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../content/load';
import { importAiken } from './aiken';
import { PLACEHOLDER_EXPLANATION } from './gift/import';
import { formatReport } from './report';
import { fixture, randomTexts } from './testing';

describe('importAiken', () => {
	it("imports Moodle's Aiken fixture, text shown as written", () => {
		const { questions } = importAiken(fixture('aiken/moodle-questions.aiken.txt'));
		expect(questions).toEqual([
			{
				id: 'the-moodle-project-was-started-by',
				type: 'single-choice',
				prompt: 'The Moodle project was started by:',
				difficulty: 2,
				explanation: PLACEHOLDER_EXPLANATION,
				uncited: true,
				options: [
					{ text: 'Petr Skoda', correct: false },
					{ text: 'Martin Dougiamas', correct: true },
					{ text: 'Eloy Lafuente', correct: false },
					{ text: 'Tim Hunt', correct: false }
				]
			},
			{
				id: 'moodles-abilities-include-handling-user-input',
				type: 'single-choice',
				prompt: 'Moodle\'s abilities include handling user input that includes <html class="cool"> & images:',
				difficulty: 2,
				explanation: PLACEHOLDER_EXPLANATION,
				uncited: true,
				options: [
					{ text: 'True', correct: true },
					{ text: 'False', correct: false }
				]
			}
		]);
	});

	// The cases of Moodle's own test (question/format/aiken/tests/fixtures/aiken_errors.txt).
	const errors = [
		'A question with too few answers',
		'A) Only answer',
		'ANSWER: A',
		'',
		'A) Question not started',
		'',
		'ANSWER: Question not started',
		'',
		'A good question',
		'A) Correct',
		'B) Incorrect',
		'ANSWER: A',
		'',
		'A question started but not finished',
		'A) Correct-ish',
		'B) Incorrect-ish',
		'',
		'A second good question',
		'A)Incorrect (No space)',
		'B)Correct (No space)',
		'ANSWER: B',
		'',
		'A question at the end of the file',
		'A. One',
		'B. Two'
	].join('\r\n');

	it('keeps the good questions, options written without a space included', () => {
		const { questions } = importAiken(errors);
		expect(questions.map((q) => [q.id, q.type === 'single-choice' ? q.options : null])).toEqual([
			[
				'a-good-question',
				[
					{ text: 'Correct', correct: true },
					{ text: 'Incorrect', correct: false }
				]
			],
			[
				'a-second-good-question',
				[
					{ text: 'Incorrect (No space)', correct: false },
					{ text: 'Correct (No space)', correct: true }
				]
			]
		]);
	});

	it("reports each of Moodle's error cases with its line", () => {
		const { report } = importAiken(errors);
		expect(
			formatReport(
				report.filter((e) => !e.questionId),
				'errors.txt'
			)
		).toMatchInlineSnapshot(`
			"errors.txt:3  -  warning: question "A question with too few answers" needs at least 2 options: left out
			errors.txt:5  -  warning: option "A) Question not started" but no question started: write the question's text on the line above
			errors.txt:7  -  warning: ANSWER line but no question started: write the question's text and options above it
			errors.txt:18  -  warning: question "A question started but not finished" (line 14) has no ANSWER line before the next question starts: left out
			errors.txt:23  -  warning: question "A question at the end of the file" has no ANSWER line before the end of the file: left out"
		`);
	});

	it('refuses an ANSWER that names no option', () => {
		const { questions, report } = importAiken('Q?\nA) x\nB) y\nANSWER: D\n\nR?\nA) x\nB) y\nANSWER: b');
		expect(questions).toEqual([]);
		expect(report.map((e) => e.message)).toEqual([
			'ANSWER "D" names no option of "Q?" (A to B): left out',
			'ANSWER "b" names no option of "R?" (A to B): left out'
		]);
	});

	it('says that each imported question needs its explanation written', () => {
		const { report } = importAiken('Q?\nA) x\nB) y\nANSWER: A');
		expect(report).toEqual([
			{
				level: 'warning',
				line: 1,
				questionId: 'q',
				message: 'Aiken has no feedback: the explanation is a placeholder to replace'
			}
		]);
	});

	it('never throws, and whatever it imports is a valid question', () => {
		const alphabet = ['Q?', 'A) x', 'B) y', 'C. z', 'ANSWER: A', 'ANSWER: C', '\n', '*', '_', ' '];
		for (const text of randomTexts(alphabet, 2000, 5)) {
			for (const q of importAiken(text).questions) expect(parseQuestion(q).findings).toEqual([]);
		}
	}, 30_000);
});
