import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadPackDir } from '../content/disk';
import { quizMachine } from './machine';
import { beforeScripts, previewAnswer, previewView } from './preview';
import type { PublicQuestion } from './present';
import type { Response } from './responses';
import { readSettings } from './settings';
import { viewOf } from './view';

const pack = loadPackDir('questions/russia-taliban-delisting').pack!;

describe('the preview of a new attempt', () => {
	it.each([
		[{}, 'a'],
		[{ mode: 'exam', count: 7, timeLimitSeconds: 600 }, 'b'],
		[{ topics: ['timeline'], difficulty: [3], shuffleOptions: false }, 'c'],
		[{ mode: 'practice', retries: 2, certainty: true, count: 3 }, 'd'],
		[{ topics: ['no-such-topic'] }, 'e'],
		[{ count: 500 }, 'f']
	])('is what the machine shows first, for settings %j', (raw, seed) => {
		const { settings } = readSettings(raw);
		const actor = createActor(quizMachine, { input: { pack, settings, seed } }).start();
		const machine = viewOf(actor.getSnapshot());
		actor.stop();
		const preview = previewView(pack, settings, seed);
		expect(preview).toEqual(machine);
		// Before the page's scripts run, only answering works.
		expect(beforeScripts(preview)).toEqual({
			...machine,
			can: { check: false, prev: false, next: false, flag: false, submit: false, retry: false, extend: false }
		});
	});

	it.each(['g', 'h', 'i', 'j', 'k', 'l'])('takes a first answer as the machine does (seed %s)', (seed) => {
		const { settings } = readSettings({ count: 4 });
		const actor = createActor(quizMachine, { input: { pack, settings, seed } }).start();
		const response = someResponse(viewOf(actor.getSnapshot()).question!.question);
		actor.send({ type: 'answer.change', response });
		const machine = viewOf(actor.getSnapshot());
		actor.stop();
		expect(machine.question?.response).toEqual(response);
		const preview = previewAnswer(previewView(pack, settings, seed), response);
		expect(preview).toEqual(machine);
	});

	it('takes a first answer back as the machine does', () => {
		const { settings } = readSettings({ count: 4, types: ['multiple-response'] });
		const actor = createActor(quizMachine, { input: { pack, settings, seed: 'm' } }).start();
		const question = viewOf(actor.getSnapshot()).question!.question;
		const response = someResponse(question);
		const cleared: Response = { type: 'multiple-response', optionIds: [] };
		actor.send({ type: 'answer.change', response });
		actor.send({ type: 'answer.change', response: cleared });
		const machine = viewOf(actor.getSnapshot());
		actor.stop();
		const preview = previewAnswer(previewAnswer(previewView(pack, settings, 'm'), response), cleared);
		expect(preview.unanswered).toEqual([0, 1, 2, 3]);
		expect(preview).toEqual(machine);
	});
});

function someResponse(q: PublicQuestion): Response {
	switch (q.type) {
		case 'single-choice':
			return { type: q.type, optionId: q.options[0].id };
		case 'multiple-response':
			return { type: q.type, optionIds: [q.options[0].id] };
		case 'true-false':
			return { type: q.type, value: true };
		case 'ordering':
			return { type: q.type, itemIds: q.items.map((i) => i.id) };
		case 'matching':
			return { type: q.type, matches: { [q.lefts[0].id]: q.rights[0].id } };
		case 'numeric':
			return { type: q.type, value: '1' };
		case 'short-text':
			return { type: q.type, text: 'x' };
		case 'cloze':
			return { type: q.type, blanks: { [q.blanks[0].id]: 'x' } };
	}
}
