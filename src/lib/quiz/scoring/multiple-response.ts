import type { MultipleResponseQuestion } from '../../content/types';
import type { MultipleResponseResponse } from '../responses';
import { feedbackOf, knownOnce, scored, unknownNote, type ScoreResult } from './types';

/**
 * Right picks minus wrong picks, over the number of right options, never below 0: ticking every
 * option earns nothing unless few options are wrong. Each option is a part, right when it was
 * ticked exactly if it is correct. The feedback of every ticked option applies.
 */
export function scoreMultipleResponse(q: MultipleResponseQuestion, r: MultipleResponseResponse | null): ScoreResult {
	const { ids, unknown } = knownOnce(r?.optionIds ?? [], new Set(q.options.map((o) => o.id)));
	if (ids.length === 0) return scored(0, [], [], unknownNote('options', unknown));
	const ticked = new Set(ids);
	const rightTotal = q.options.filter((o) => o.correct).length;
	let right = 0;
	let wrong = 0;
	for (const o of q.options) {
		if (!ticked.has(o.id)) continue;
		if (o.correct) right++;
		else wrong++;
	}
	// A key with no correct option (refused by the checker) still scores: ticking nothing wrong is right.
	const fraction = rightTotal === 0 ? (wrong === 0 ? 1 : 0) : (right - wrong) / rightTotal;
	return scored(
		fraction,
		q.options.map((o) => ({ id: o.id, correct: ticked.has(o.id) === o.correct })),
		feedbackOf(...q.options.filter((o) => ticked.has(o.id)).map((o) => o.feedback)),
		unknownNote('options', unknown)
	);
}
