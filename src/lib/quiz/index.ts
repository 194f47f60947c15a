// The quiz engine: selection, scoring, the quiz machine, its view and its saved form. Plain
// TypeScript over xstate; the same code runs in the browser and on the server.
//
//   const quiz = createQuiz({ pack, settings, seed });          // or { pack, saved } to resume
//   persistTo(quiz, localStorage, attemptKey(pack.id));         // saved after every event
//   quiz.subscribe((s) => render(viewOf(s)));
//   quiz.start();
//   quiz.send({ type: 'answer.change', response: { type: 'single-choice', optionId: 'a1b2c3d4' } });
//
// viewOf(snapshot) is all a page may see: in an exam before submit it holds no key, correctness or
// feedback. A classroom server runs the machine itself, sends students only the view, and decides
// which events a student may send (time.extend and time.unlimit are for the teacher to grant).
// Events are noun.verb: answer.change/clear/certainty/check, question.next/prev/goto/flag,
// quiz.submit/confirm/cancel/retry, time.tick/extend/unlimit. A quiz's link is
// settingsToParams({ pack, seed, settings }); settingsFromParams reads it back.
//
// Scoring: every question is worth 1 point and partial credit is a fraction of it (each scorer in
// scoring/ states its rule); each wrong practice check before the last costs a third; certainty-based
// marking follows Moodle (certainty.ts). A saved attempt (saved.ts) holds ids, versions and responses;
// on restore an edited or removed question is kept at the version answered, updated, or dropped,
// and a notice in the view says which.
export {
	quizMachine,
	createQuiz,
	type QuizEvent,
	type QuizMachine,
	type QuizActor,
	type QuizSnapshot
} from './machine';
export {
	viewOf,
	type QuizView,
	type QuestionView,
	type OverviewEntry,
	type Reveal,
	type LastCheck,
	type TimeView
} from './view';
export type { QuizInput } from './start';
export {
	packHash,
	freshContext,
	type QuizContext,
	type Slot,
	type Phase,
	type Notice,
	type NoticeKind
} from './attempt';
export {
	DEFAULT_SETTINGS,
	readSettings,
	settingsFromParams,
	settingsToParams,
	type QuizSettings,
	type QuizMode,
	type QuizLink,
	type Difficulty
} from './settings';
export {
	selectQuestions,
	drawFromPools,
	matchesFilter,
	type Pool,
	type QuestionFilter,
	type Selection
} from './selection';
export { createRandom, shuffle, newSeed, type Random } from './random';
export { presentQuestion, type PublicQuestion, type Choice } from './present';
export { isAnswered, responseProblem, type Response, type ResponseFor } from './responses';
export { scoreQuestion, type ScoreResult, type PartResult } from './scoring';
export { certaintyPoints, CERTAINTY_LEVELS, type Certainty } from './certainty';
export {
	summarise,
	questionResult,
	missedIds,
	TRY_PENALTY,
	type ResultsSummary,
	type QuestionResult,
	type Breakdown,
	type Status
} from './results';
export { keyOf, type Key } from './reveal';
export {
	saveAttempt,
	serialiseAttempt,
	restoreAttempt,
	FORMAT_VERSION,
	type SavedAttempt,
	type Restored,
	type FindVersion
} from './saved';
export { persistTo, readSaved, attemptKey, type StorageLike } from './storage';
export { ticker, TICK_MS } from './timer';
