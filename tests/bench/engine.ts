// The quiz engine's speed and the size of what it saves: a scripted 200-question exam of every
// type driven through the machine (answer, next, flag, jump, back, submit, in a fixed mix), the
// saved attempt's size once every question is answered, and the time to serialise and store it.
// Prints readable lines, then one JSON line with the figures.
import { performance } from 'node:perf_hooks';
import { createActor, fromCallback } from 'xstate';
import { quizMachine, type QuizEvent } from '../../src/lib/quiz/machine';
import { serialiseAttempt } from '../../src/lib/quiz/saved';
import { rightResponse, samplePack, wrongResponse } from '../../src/lib/quiz/testing/sample';

const QUESTIONS = 200;
const RUNS = 31;
const WARM_UP_RUNS = 30;
const SAVES = 501;

const pack = samplePack(QUESTIONS, 'bench-pack');
const machine = quizMachine.provide({ actors: { ticker: fromCallback(() => () => {}) } });
const input = { pack, settings: { mode: 'exam', timeLimitSeconds: 3600 }, seed: 'bench-seed' };

/** The learner's events, fixed in advance so every run sends the same ones. */
function script(): QuizEvent[] {
	const probe = createActor(machine, { input }).start();
	const questions = probe.getSnapshot().context.questions;
	probe.stop();
	const events: QuizEvent[] = [];
	questions.forEach((q, i) => {
		events.push({ type: 'answer.change', response: i % 3 === 2 ? wrongResponse(q) : rightResponse(q) });
		if (i % 5 === 0) events.push({ type: 'question.flag' });
		if (i % 10 === 9) {
			// Jump back to check an earlier answer, change it, and return.
			events.push({ type: 'question.goto', index: i - 7 }, { type: 'question.prev' }, { type: 'question.next' });
			events.push({ type: 'answer.change', response: rightResponse(questions[i - 7]) });
			events.push({ type: 'question.goto', index: i });
		}
		if (i % 25 === 0) events.push({ type: 'time.tick', ms: 1000 });
		events.push({ type: 'question.next' });
	});
	events.push({ type: 'quiz.submit' });
	return events;
}

const events = script();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm up first: the figure is the steady rate of a page that has been in use, not the JIT at work.
for (let i = 0; i < WARM_UP_RUNS; i++) {
	const a = createActor(machine, { input }).start();
	for (const e of events) a.send(e);
	a.stop();
}

const rates: number[] = [];
for (let run = 0; run < RUNS; run++) {
	const actor = createActor(machine, { input }).start();
	const t0 = performance.now();
	for (const e of events) actor.send(e);
	const ms = performance.now() - t0;
	if (actor.getSnapshot().value !== 'review') throw new Error('the scripted exam did not end in review');
	actor.stop();
	rates.push(events.length / (ms / 1000));
}
const machineEventsPerSecond = Math.round(median(rates));

// The attempt once every question is answered, before submitting.
const actor = createActor(machine, { input }).start();
for (const e of events.slice(0, -1)) actor.send(e);
const answered = actor.getSnapshot();
const unanswered = answered.context.slots.filter((s) => s.response === null).length;
if (unanswered) throw new Error(`${unanswered} questions left unanswered by the script`);
const text = serialiseAttempt(answered);
const snapshotBytes = new TextEncoder().encode(text).length;

// localStorage's interface, in memory: what the browser does on every event.
const store = new Map<string, string>();
const storage = { setItem: (k: string, v: string) => void store.set(k, v) };
const saves: number[] = [];
for (let i = 0; i < SAVES; i++) {
	const t0 = performance.now();
	storage.setItem('footnote:attempt:bench-pack', serialiseAttempt(answered));
	saves.push(performance.now() - t0);
}
const snapshotSaveMs = Math.round(median(saves) * 1000) / 1000;

console.log(`scripted exam: ${QUESTIONS} questions, ${events.length} events, median of ${RUNS} runs`);
console.log(`  machine events per second: ${machineEventsPerSecond} (target ≥ 20000)`);
console.log(`  saved attempt, every question answered: ${snapshotBytes} bytes (target < 16000)`);
console.log(`  serialise and store it: ${snapshotSaveMs} ms, median of ${SAVES} (target < 2)`);
console.log(JSON.stringify({ machineEventsPerSecond, snapshotBytes, snapshotSaveMs }));
