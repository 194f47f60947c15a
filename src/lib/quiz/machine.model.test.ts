// Model-based tests: the machine's own graph, walked by shortest paths to every distinct state, each
// path then driven against a real actor, with the invariants checked in every state on the way.
import { TestModel } from '@xstate/graph';
import { createActor, fromCallback, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { textId } from '../content/hash';
import type { Pack, Question } from '../content/types';
import { quizMachine, type QuizEvent } from './machine';
import { remainingMs } from './attempt';
import { summarise } from './results';
import { saveAttempt } from './saved';
import { rightResponse, samplePack, sampleQuestion, wrongResponse } from './testing/sample';
import { viewOf } from './view';
import type { Response } from './responses';

type Snapshot = SnapshotFrom<typeof quizMachine>;

const silentClock = fromCallback(() => () => {});
const machine = quizMachine.provide({ actors: { ticker: silentClock } });

const FORBIDDEN = ['correct', 'explanation', 'feedback', 'accepted', 'answer'];

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown, out = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((v) => keysIn(v, out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			out.add(k);
			keysIn(v, out);
		}
	}
	return out;
}

function partialResponse(q: Question): Response | null {
	if (q.type !== 'matching') return null;
	return { type: 'matching', matches: { [q.pairs[0].id]: textId(q.pairs[0].right) } };
}

/** Which of the offered responses a slot holds: enough to tell states apart without the details. */
function responseKind(q: Question, r: Response | null): string {
	if (!r) return '-';
	const s = JSON.stringify(r);
	if (s === JSON.stringify(rightResponse(q))) return 'R';
	if (s === JSON.stringify(wrongResponse(q))) return 'W';
	return 'P';
}

/**
 * The state as far as behaviour goes. The product of every slot's details would make the graph huge, so the current question is seen in full and the others
 * only as answered or settled: questions do not affect one another beyond that.
 */
function abstract(s: Snapshot): string {
	const c = s.context;
	const slot = c.slots[c.current];
	const remaining = remainingMs(c);
	return JSON.stringify([
		s.value,
		c.questions.map((q) => q.id),
		c.current,
		slot && [
			responseKind(c.questions[c.current], slot.response),
			slot.flagged,
			slot.tries,
			slot.checked,
			slot.locked,
			slot.certainty
		],
		c.slots.map((other) => [other.response !== null, other.locked]),
		// Exact: bucketing it would merge "a minute left" with "35 seconds left" and never reach the end.
		remaining,
		c.extraMs > 0,
		c.finishedBy,
		c.attempt > 1
	]);
}

function eventsFor(s: Snapshot, skip: QuizEvent['type'][] = []): QuizEvent[] {
	const c = s.context;
	const q = c.questions[c.current];
	const responses = q ? [rightResponse(q), wrongResponse(q), partialResponse(q)].filter((r) => r !== null) : [];
	const events: QuizEvent[] = [
		...responses.map((response) => ({ type: 'answer.change' as const, response })),
		{ type: 'answer.clear' },
		{ type: 'answer.certainty', level: 3 },
		{ type: 'answer.check' },
		{ type: 'question.next' },
		{ type: 'question.prev' },
		...c.questions.map((_, index) => ({ type: 'question.goto' as const, index })),
		{ type: 'question.flag' },
		{ type: 'quiz.submit' },
		{ type: 'quiz.confirm' },
		{ type: 'quiz.cancel' },
		{ type: 'quiz.retry' },
		{ type: 'time.tick', ms: 25_000 },
		// One extension is enough to explore; more would only add time without new behaviour.
		...(c.extraMs === 0 ? [{ type: 'time.extend' as const, seconds: 30 }] : []),
		{ type: 'time.unlimit' }
	];
	return events.filter((e) => !skip.includes(e.type));
}

function checkInvariants(s: Snapshot, pack: Pack) {
	const view = viewOf(s);
	const summary = summarise(s.context);
	for (const r of summary.questions) {
		expect(r.points).toBeLessThanOrEqual(r.max);
		expect(r.points).toBeGreaterThanOrEqual(0);
		if (r.certaintyPoints !== null) {
			expect(r.certaintyPoints).toBeLessThanOrEqual(3 * r.max);
			expect(r.certaintyPoints).toBeGreaterThanOrEqual(-6 * r.max);
		}
	}
	expect(summary.points).toBeLessThanOrEqual(summary.max);
	if (view.time.remainingMs !== null) expect(view.time.remainingMs).toBeGreaterThanOrEqual(0);
	if (view.question && view.phase !== 'review') {
		expect(view.question.reveal !== null).toBe(s.context.settings.mode === 'practice' && view.question.locked);
	}
	if (s.context.settings.mode === 'exam' && view.phase !== 'review') {
		const leaked = [...keysIn(JSON.parse(JSON.stringify(view)))].filter((k) => FORBIDDEN.includes(k));
		expect(leaked).toEqual([]);
	}
	// Saved and restored, the attempt shows exactly the same.
	const saved = JSON.parse(JSON.stringify(saveAttempt(s)));
	const restored = createActor(machine, { input: { pack, saved } }).start();
	expect(restored.getSnapshot().value).toEqual(s.value);
	expect(viewOf(restored.getSnapshot())).toEqual(view);
	restored.stop();
}

const EVENT_TYPES: QuizEvent['type'][] = [
	'answer.change',
	'answer.clear',
	'answer.certainty',
	'answer.check',
	'question.next',
	'question.prev',
	'question.goto',
	'question.flag',
	'quiz.submit',
	'quiz.confirm',
	'quiz.cancel',
	'quiz.retry',
	'time.tick',
	'time.extend',
	'time.unlimit'
];

async function explore(pack: Pack, settings: Record<string, unknown>, skip: QuizEvent['type'][] = []) {
	const input = { pack, settings, seed: 'model' };
	// createTestModel refuses machines that invoke actors; the ticker is inert while the graph is
	// walked (its ticks are modelled as time.tick events), so the model is built directly.
	const model = new TestModel(machine, {
		events: (s: Snapshot) => eventsFor(s, skip),
		serializeState: (s: Snapshot) => abstract(s),
		input
	});
	// Every shortest path, not only the longest ones: each state then ends exactly one path.
	const paths = model.getShortestPaths({ input, allowDuplicatePaths: true });
	const reached = new Set<string>();
	const finishes = new Set<string | null>();
	for (const path of paths) {
		const actor = createActor(machine, { input }).start();
		try {
			await model.testPath(path, {
				events: Object.fromEntries(
					EVENT_TYPES.map((type) => [type, ({ event }: { event: QuizEvent }) => actor.send(event)])
				),
				states: {
					'*': (expected: Snapshot) => expect(abstract(actor.getSnapshot())).toBe(abstract(expected))
				}
			});
			// Every state ends exactly one shortest path: checking the last state checks them all once.
			checkInvariants(actor.getSnapshot(), pack);
			reached.add(JSON.stringify(actor.getSnapshot().value));
			finishes.add(actor.getSnapshot().context.finishedBy);
		} finally {
			actor.stop();
		}
	}
	return { paths: paths.length, reached, finishes };
}

const pack: Pack = { ...samplePack(0), questions: [sampleQuestion('single-choice', 0), sampleQuestion('matching', 1)] };
const EVERY_STATE = ['{"running":"answering"}', '{"running":"confirming"}', '"review"'];

describe('the quiz machine, walked by shortest paths to every state', () => {
	it(
		'keeps an exam with a time limit sound in every state: no key before submit, time never negative, restorable',
		{
			timeout: 120_000
		},
		async () => {
			const { paths, reached, finishes } = await explore(pack, { mode: 'exam', timeLimitSeconds: 60 }, [
				// A retry starts the same kind of attempt over; the practice walk covers it.
				'quiz.retry'
			]);
			expect([...reached].sort()).toEqual([...EVERY_STATE].sort());
			expect([...finishes]).toEqual(expect.arrayContaining([null, 'learner', 'time']));
			expect(paths).toBeGreaterThan(500);
		}
	);

	it(
		'keeps practice with retries and certainty sound in every state: points within bounds, restorable',
		{
			timeout: 120_000
		},
		async () => {
			const { paths, reached } = await explore(pack, { mode: 'practice', retries: 1, certainty: true }, [
				// Without a time limit the clock changes nothing but the time taken; flags are walked in the exam.
				'time.tick',
				'time.extend',
				'time.unlimit',
				'question.flag'
			]);
			expect([...reached].sort()).toEqual([...EVERY_STATE].sort());
			expect(paths).toBeGreaterThan(500);
		}
	);
});
