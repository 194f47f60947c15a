// Study: the learner's history on their device, spaced repetition, and the figures of progress.
// Plain TypeScript for the browser (IndexedDB through idb, scheduling through ts-fsrs); tests run it
// in Node with fake-indexeddb.
//
//   const history = await openHistory();                 // { now } to set the clock, { name } for another database
//   const attempt = await history.startAttempt({ packId, mode: 'practice', settings: { seed } });
//   const { card } = await history.recordAnswer({ attemptId: attempt.id, question, result, certainty, response });
//   await history.finishAttempt(attempt.id, { points, max });
//
//   const queue = await history.studyQueue(pack.id, pack.questions);   // due today, new ones mixed in
//   queue.items: { kind: 'due' | 'new' | 'changed', questionId, … }    // 'changed': content edited since studied
//
//   await history.updateSettings({ desiredRetention: 0.85, newPerDay: 15 });   // → { ok } or { ok: false, problems }
//   const { fileName, text } = await history.exportText();
//   const result = await history.importText(fileText);  // { ok: true, counts } or { ok: false, code, message, problems }
//   await history.forgetEverything();                    // the page asks the learner first
//
//   const data = await history.load(pack.id);            // for the progress page:
//   masteryOverTime(data.answers, { by: 'topic', period: 'week' }); masteryNow(data.answers, 'passage');
//   dueForecast(data.cards, new Date()); weakestPassages(data.answers); mostMissed(data.answers);
//
// Every answer rates its question's card (see rating.ts for the table); a card is for one question
// of one pack at one content version. Scheduling uses fixed FSRS parameters without fuzz
// (schedule.ts), so the same answers at the same times give the same due dates on every device,
// which is also how merged histories are rescheduled (merge.ts). The history file's format is
// documented in history-file.ts; the database's versions and upgrade steps are in db.ts.
export { openHistory } from './history';
export type {
	AnswerInput,
	AttemptStart,
	History,
	HistoryOptions,
	ImportResult,
	RecordedAnswer,
	SettingsResult
} from './history';
export { checkHistoryFile, historyFileName, HISTORY_FORMAT_VERSION, readHistoryFile } from './history-file';
export type { HistoryFile, HistoryFileFailure, HistoryFileResult } from './history-file';
export type { ImportCounts } from './merge';
export { buildQueue } from './queue';
export type { QueueItem, QueueOptions, StudyQueue } from './queue';
export { correctness, RATINGS, ratingFor, ratingName } from './rating';
export type { Correctness } from './rating';
export { recallProbability } from './schedule';
export { checkSettingsPatch } from './settings';
export type { SettingsPatch } from './settings';
export { dueForecast, masteryNow, masteryOverTime, mostMissed, weakestPassages } from './progress';
export type { DueDay, GroupMastery, Grouping, MasteryPoint, MasterySeries, MissedQuestion, Period } from './progress';
export { studyDay, studyWeek } from './days';
export {
	CERTAINTIES,
	DEFAULT_SETTINGS,
	NEW_PER_DAY_MAX,
	RETENTION_RANGE,
	systemClock,
	type AnswerRecord,
	type AttemptRecord,
	type CardRecord,
	type Certainty,
	type Clock,
	type FsrsState,
	type HistoryData,
	type OpaqueJson,
	type Score,
	type StudyQuestion,
	type StudySettings
} from './types';
