import type { NumericQuestion } from '../../content/types';
import { parseNumber } from '../../content/text';
import type { NumericResponse } from '../responses';
import { feedbackOf, scored, type ScoreResult } from './types';

/** Room for float noise only ("0.1 + 0.2"), far below any tolerance an author would write. */
const within = (a: number, b: number, tolerance: number) =>
	Math.abs(a - b) <= tolerance + 1e-9 * Math.max(1, Math.abs(b));

/** The number typed, with the question's unit allowed after it ("6 days"). */
export function readNumber(typed: string, unit?: string): number | undefined {
	let s = typed.trim();
	if (unit && s.toLowerCase().endsWith(unit.toLowerCase())) s = s.slice(0, s.length - unit.length).trim();
	return parseNumber(s);
}

/** Right within the tolerance; a listed wrong answer brings its feedback. */
export function scoreNumeric(q: NumericQuestion, r: NumericResponse | null): ScoreResult {
	if (!r || r.value.trim() === '') return scored(0, []);
	const value = readNumber(r.value, q.unit);
	if (value === undefined) {
		return scored(
			0,
			[{ id: 'value', correct: false }],
			[],
			[`could not read ${JSON.stringify(r.value)} as a number; write digits such as 6 or 1,500, or a number in words`]
		);
	}
	const correct = within(value, q.answer, q.tolerance);
	const wrong = correct ? undefined : q.wrongAnswers.find((w) => within(value, w.value, 0));
	return scored(correct ? 1 : 0, [{ id: 'value', correct }], feedbackOf(wrong?.feedback));
}
