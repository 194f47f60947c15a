import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadPackDir } from '../content/disk';
import { finishedView } from './finished';
import { quizMachine } from './machine';
import { serialiseAttempt } from './saved';
import { viewOf } from './view';

const pack = loadPackDir('questions/russia-taliban-delisting').pack!;

describe('the view of a finished attempt', () => {
	it('is the machine’s own view after the end, without running the machine', () => {
		const actor = createActor(quizMachine, {
			input: { pack, settings: { mode: 'exam', count: 5 }, seed: 'done' }
		}).start();
		actor.send({ type: 'quiz.submit' });
		actor.send({ type: 'quiz.confirm' });
		const snapshot = actor.getSnapshot();
		actor.stop();
		expect(viewOf(snapshot).phase).toBe('review');
		expect(finishedView(pack, serialiseAttempt(snapshot))).toEqual({ view: viewOf(snapshot) });
	});

	it('says why an unfinished or damaged attempt cannot be shown', () => {
		const actor = createActor(quizMachine, { input: { pack, settings: { count: 2 }, seed: 'open' } }).start();
		const open = serialiseAttempt(actor.getSnapshot());
		actor.stop();
		expect(finishedView(pack, open)).toEqual({ problem: 'This attempt is not finished yet.' });
		expect(finishedView(pack, '{oops')).toEqual({
			problem: 'This attempt cannot be shown: the saved attempt is damaged (not valid JSON).'
		});
	});
});
