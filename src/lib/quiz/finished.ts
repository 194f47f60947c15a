// A finished attempt's view, read from its saved form without starting the machine: a results page
// only shows, it takes no events, so it need not load xstate.
import type { Pack } from '../content/types';
import { restoreAttempt } from './saved';
import { viewOf, type QuizView } from './view';

export function finishedView(pack: Pack, saved: unknown): { view: QuizView } | { problem: string } {
	const restored = restoreAttempt(saved, pack);
	if (!restored.ok) return { problem: `This attempt cannot be shown: ${restored.reason}.` };
	if (restored.context.resume !== 'review') return { problem: 'This attempt is not finished yet.' };
	return { view: viewOf({ value: 'review', context: restored.context }) };
}
