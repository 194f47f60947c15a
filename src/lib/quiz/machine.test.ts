import { createActor, fromCallback, type AnyEventObject } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../content/disk';
import type { Question } from '../content/types';
import { quizMachine, type QuizEvent } from './machine';
import { rightResponse, samplePack, sampleQuestion, wrongResponse } from './testing/sample';
import { keyOf } from './reveal';
import { viewOf } from './view';

const silentClock = fromCallback(() => () => {});

function start(settings: Record<string, unknown>, questions: Question[] = samplePack(4).questions) {
	const pack = { ...samplePack(0), questions };
	const actor = createActor(quizMachine.provide({ actors: { ticker: silentClock } }), {
		input: { pack, settings: { shuffleQuestions: false, ...settings }, seed: 's1' }
	}).start();
	const send = (...events: QuizEvent[]) => events.forEach((e) => actor.send(e));
	const view = () => viewOf(actor.getSnapshot());
	const q = (i = actor.getSnapshot().context.current) => actor.getSnapshot().context.questions[i];
	return { actor, send, view, q };
}

describe('practice mode', () => {
	it('checks an answer at once and shows the result, key, explanation and citations', () => {
		const { send, view, q } = start({ mode: 'practice' });
		send({ type: 'answer.change', response: rightResponse(q()) }, { type: 'answer.check' });
		const v = view().question;
		expect(v?.locked).toBe(true);
		expect(v?.reveal).toMatchObject({
			key: rightResponse(q()),
			explanation: q().explanation,
			citations: q().sources,
			version: q().version,
			result: { status: 'correct', points: 1 }
		});
	});

	it('allows the retries the settings give, without the key, then shows the key', () => {
		const { send, view, q } = start({ mode: 'practice', retries: 1 });
		send({ type: 'answer.change', response: wrongResponse(q()) }, { type: 'answer.check' });
		expect(view().question).toMatchObject({ locked: false, triesLeft: 1, reveal: null, lastCheck: { correct: false } });
		// The same answer cannot be checked twice; a changed one can.
		expect(view().can.check).toBe(false);
		send({ type: 'answer.change', response: rightResponse(q()) });
		expect(view().question?.lastCheck).toBeNull();
		send({ type: 'answer.check' });
		expect(view().question).toMatchObject({ locked: true, triesLeft: 0, reveal: { result: { points: 0.666667 } } });
	});

	it('settles a question after its last wrong try and keeps the answer from changing', () => {
		const { send, view, q } = start({ mode: 'practice', retries: 0 });
		send({ type: 'answer.change', response: wrongResponse(q()) }, { type: 'answer.check' });
		send({ type: 'answer.change', response: rightResponse(q()) });
		expect(view().question?.response).toEqual(wrongResponse(q()));
		expect(view().question?.reveal?.result.status).toBe('wrong');
		expect(view().overview[0].status).toBe('wrong');
	});
});

describe('exam mode', () => {
	it('shows no result before submit, then every question with its key in review', () => {
		const { send, view, q } = start({ mode: 'exam' });
		send({ type: 'answer.change', response: rightResponse(q()) }, { type: 'answer.check' });
		expect(view().question?.reveal).toBeNull();
		expect(view().can.check).toBe(false);
		for (let i = 1; i < 4; i++) {
			send({ type: 'question.goto', index: i });
			send({ type: 'answer.change', response: wrongResponse(q()) });
		}
		send({ type: 'quiz.submit' });
		const v = view();
		expect(v.phase).toBe('review');
		expect(v.results).toMatchObject({ points: 1, max: 4, percent: 25, counts: { correct: 1, wrong: 3 } });
		expect(v.review?.map((r) => r.reveal?.result.status)).toEqual(['correct', 'wrong', 'wrong', 'wrong']);
	});

	it('navigates freely, flags for review and counts answered, unanswered and flagged', () => {
		const { send, view, q } = start({ mode: 'exam' });
		send({ type: 'question.goto', index: 2 });
		send({ type: 'answer.change', response: rightResponse(q()) }, { type: 'question.flag' });
		send({ type: 'question.prev' }, { type: 'question.flag' }, { type: 'question.next' }, { type: 'question.next' });
		const v = view();
		expect(v.index).toBe(3);
		expect(v.overview.map((o) => [o.answered, o.flagged])).toEqual([
			[false, false],
			[false, true],
			[true, true],
			[false, false]
		]);
		expect([v.answeredCount, v.unanswered, v.flaggedCount]).toEqual([1, [0, 1, 3], 2]);
		send({ type: 'question.next' }, { type: 'question.goto', index: 9 });
		expect(view().index).toBe(3);
	});

	it('warns about unanswered questions on submit and lets the learner go back or submit anyway', () => {
		const { send, view, actor } = start({ mode: 'exam' });
		send({ type: 'quiz.submit' });
		expect(view()).toMatchObject({ phase: 'confirming', unanswered: [0, 1, 2, 3] });
		send({ type: 'quiz.cancel' });
		expect(view().phase).toBe('answering');
		send({ type: 'quiz.submit' }, { type: 'question.goto', index: 2 });
		expect(view()).toMatchObject({ phase: 'answering', index: 2 });
		send({ type: 'quiz.submit' }, { type: 'quiz.confirm' });
		expect(view()).toMatchObject({ phase: 'review', finishedBy: 'learner', results: { counts: { unanswered: 4 } } });
		expect(actor.getSnapshot().value).toBe('review');
	});

	it('ignores a response of the wrong type, or one meant for another question', () => {
		const { send, view, q } = start({ mode: 'exam' });
		send({ type: 'answer.change', response: { type: 'true-false', value: true } });
		send({ type: 'answer.change', response: rightResponse(q()), questionId: 'another' });
		send({ type: 'answer.change', response: { type: 'single-choice' } as never });
		expect(view().question?.response).toBeNull();
		send({ type: 'answer.change', response: rightResponse(q()), questionId: q().id });
		expect(view().question?.answered).toBe(true);
		send({ type: 'answer.clear' });
		expect(view().question?.answered).toBe(false);
	});

	it('keeps a partial answer as a response', () => {
		const matching = sampleQuestion('matching', 4);
		if (matching.type !== 'matching') throw new Error('expected matching');
		const { send, view } = start({ mode: 'exam' }, [matching]);
		const partial = { type: 'matching' as const, matches: { [matching.pairs[0].id]: 'x' } };
		send({ type: 'answer.change', response: partial });
		expect(view().question).toMatchObject({ answered: true, response: partial });
	});
});

describe('time limit', () => {
	it('counts down from the ticks, warns near the end and submits what was answered when time is up', () => {
		const { send, view, q } = start({ mode: 'exam', timeLimitSeconds: 300 });
		send({ type: 'answer.change', response: rightResponse(q()) });
		send({ type: 'time.tick', ms: 60_000 }, { type: 'time.tick', ms: 60_000 }, { type: 'time.tick', ms: 60_000 });
		expect(view().time).toEqual({ limitMs: 300_000, remainingMs: 120_000, elapsedMs: 180_000, warning: false });
		send({ type: 'time.tick', ms: 60_000 }, { type: 'time.tick', ms: 30_000 });
		expect(view().time).toMatchObject({ remainingMs: 30_000, warning: true });
		send({ type: 'time.tick', ms: 45_000 });
		expect(view()).toMatchObject({
			phase: 'review',
			finishedBy: 'time',
			time: { remainingMs: 0, warning: false },
			results: { points: 1, timeMs: 300_000 },
			can: { flag: false, submit: false }
		});
	});

	it('gives a learner more time, or no limit at all (WCAG 2.2.1)', () => {
		const { send, view } = start({ mode: 'exam', timeLimitSeconds: 120 });
		send({ type: 'time.tick', ms: 60_000 }, { type: 'time.extend', seconds: 600 });
		expect(view().time).toMatchObject({ limitMs: 720_000, remainingMs: 660_000 });
		send({ type: 'time.extend' });
		expect(view().time.limitMs).toBe(780_000);
		send({ type: 'time.extend', seconds: -60 }, { type: 'time.extend', seconds: Number.NaN });
		expect(view().time.limitMs).toBe(780_000);
		send({ type: 'time.unlimit' }, { type: 'time.tick', ms: 60_000 });
		for (let i = 0; i < 20; i++) send({ type: 'time.tick', ms: 60_000 });
		expect(view()).toMatchObject({
			phase: 'answering',
			time: { limitMs: null, remainingMs: null },
			can: { extend: false }
		});
	});

	it('never counts a negative, absurd or missing tick', () => {
		const { send, view } = start({ mode: 'exam', timeLimitSeconds: 120 });
		send(
			{ type: 'time.tick', ms: -5000 },
			{ type: 'time.tick', ms: Number.NaN },
			{ type: 'time.tick' } as unknown as QuizEvent,
			{ type: 'time.tick', ms: 10 * 60_000 }
		);
		expect(view().time).toMatchObject({ elapsedMs: 60_000, remainingMs: 60_000 });
	});

	it('takes its ticks from the provided clock', async () => {
		const pack = samplePack(2);
		let tickOnce: (() => void) | undefined;
		const clock = fromCallback<AnyEventObject>(({ sendBack }) => {
			tickOnce = () => sendBack({ type: 'time.tick', ms: 1000 });
			return () => {};
		});
		const actor = createActor(quizMachine.provide({ actors: { ticker: clock } }), {
			input: { pack, settings: { timeLimitSeconds: 60 }, seed: 's' }
		}).start();
		tickOnce?.();
		expect(viewOf(actor.getSnapshot()).time.remainingMs).toBe(59_000);
		actor.stop();
	});
});

describe('certainty-based marking', () => {
	it('scores a right answer at high certainty 3 and a wrong one at high certainty -6', () => {
		const { send, view, q } = start({ mode: 'exam', certainty: true });
		send({ type: 'answer.change', response: rightResponse(q()) }, { type: 'answer.certainty', level: 3 });
		send({ type: 'question.next' });
		send({ type: 'answer.change', response: wrongResponse(q()) }, { type: 'answer.certainty', level: 3 });
		send({ type: 'question.next' });
		send({ type: 'answer.change', response: wrongResponse(q()) });
		send({ type: 'quiz.submit' }, { type: 'quiz.confirm' });
		expect(view().results?.certainty).toEqual({ points: -3, percent: -75 });
		expect(view().results?.questions.map((r) => [r.certainty, r.certaintyPoints])).toEqual([
			[3, 3],
			[3, -6],
			[1, 0],
			[null, 0]
		]);
	});

	it('refuses a certainty when the quiz does not use it', () => {
		const { send, view } = start({ mode: 'exam' });
		send({ type: 'answer.certainty', level: 2 });
		expect(view().question?.certainty).toBeNull();
	});
});

describe('retry missed', () => {
	it('starts a new attempt on the questions not answered fully right', () => {
		const { send, view, q, actor } = start({ mode: 'practice' });
		send({ type: 'answer.change', response: rightResponse(q()) }, { type: 'answer.check' });
		send({ type: 'question.next' });
		send({ type: 'answer.change', response: wrongResponse(q()) });
		send({ type: 'quiz.submit' }, { type: 'quiz.confirm' });
		const missed = actor
			.getSnapshot()
			.context.questions.slice(1)
			.map((x) => x.id);
		send({ type: 'quiz.retry' });
		const v = view();
		expect(v).toMatchObject({ phase: 'answering', attempt: 2, count: 3, seed: 's1-r2', answeredCount: 0 });
		expect(actor.getSnapshot().context.questions.map((x) => x.id)).toEqual(missed);
		expect(v.settings.ids).toEqual(missed);
	});

	it('is not offered when nothing was missed', () => {
		const { send, view, q } = start({ mode: 'exam' }, [sampleQuestion('true-false', 0)]);
		send({ type: 'answer.change', response: rightResponse(q()) }, { type: 'quiz.submit' });
		expect(view().can.retry).toBe(false);
		send({ type: 'quiz.retry' });
		expect(view().phase).toBe('review');
	});
});

describe('a quiz with no questions', () => {
	it('starts, says why it is empty, and can still be ended', () => {
		const { send, view } = start({ mode: 'exam', topics: ['nothing-here'] });
		expect(view()).toMatchObject({ count: 0, question: null });
		expect(view().notices.map((n) => n.message)).toEqual(['no question matches topics nothing-here; widen the choice']);
		send({ type: 'question.flag' }, { type: 'answer.clear' }, { type: 'quiz.submit' });
		expect(view()).toMatchObject({ phase: 'review', results: { points: 0, max: 0, percent: 0 } });
	});
});

describe('the first pack', () => {
	it('scores every question answered with its key at 100%, with each passage behind it', () => {
		const { pack } = loadPackDir('questions/russia-taliban-delisting');
		if (!pack) throw new Error('the first pack does not load');
		const { send, view, q } = start({ mode: 'exam' }, pack.questions);
		for (let i = 0; i < pack.questions.length; i++) {
			send({ type: 'question.goto', index: i });
			send({ type: 'answer.change', response: keyOf(q()).key });
		}
		send({ type: 'quiz.submit' });
		const results = view().results;
		expect(results).toMatchObject({ percent: 100, counts: { correct: pack.questions.length } });
		expect(results?.byPassage.map((b) => b.key).sort()).toEqual(
			[...new Set(pack.questions.flatMap((x) => x.sources.map((s) => s.passage)))].sort()
		);
	});
});
