// The records kept on the learner's device. They are stored as they are exported (dates as ISO
// strings, no class instances), so a history file and the database hold exactly the same things.
import type { Question } from '../content/types';

/** Where the study code gets the time, so tests (and replays) can set it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** How sure the learner said they were, when certainty-based marking is on. */
export type Certainty = 'low' | 'medium' | 'high';

export const CERTAINTIES: readonly Certainty[] = ['low', 'medium', 'high'];

/**
 * A value the quiz owns and the history only keeps (seed and settings, a response). It is stored as
 * JSON (after a JSON round trip), so a Date inside becomes its ISO string.
 */
export type OpaqueJson = unknown;

/** What the study code needs of a question; any content `Question` fits. */
export type StudyQuestion = Pick<Question, 'id' | 'version' | 'topic' | 'sources'>;

export interface Score {
	points: number;
	max: number;
}

/** One run through a quiz: practice, exam, study session, whatever the quiz calls its modes. */
export interface AttemptRecord {
	/** Created on the device where the attempt happened and kept on every device it is imported to. */
	id: string;
	packId: string;
	mode: string;
	/** The seed and settings the quiz ran with, so a result can be explained or the run repeated. */
	settings: OpaqueJson;
	startedAt: string;
	finishedAt: string | null;
	score: Score | null;
}

/** One answer to one question, as the quiz scored it. */
export interface AnswerRecord {
	id: string;
	attemptId: string;
	/** Copied from the attempt: question ids are unique only within a pack. */
	packId: string;
	questionId: string;
	/** The question's content hash when it was answered. */
	questionVersion: string;
	topic: string;
	/** The passages the question cites. */
	passages: string[];
	/** points / max, from 0 to 1. */
	fraction: number;
	certainty: Certainty | null;
	answeredAt: string;
	response: OpaqueJson;
}

export type CardStateName = 'New' | 'Learning' | 'Review' | 'Relearning';

/** A ts-fsrs card written out as plain JSON. */
export interface FsrsState {
	due: string;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	state: CardStateName;
	lastReview: string | null;
}

/** The spaced-repetition card of one question of one pack. */
export interface CardRecord {
	packId: string;
	questionId: string;
	/** The question's content version this schedule is for. */
	version: string;
	topic: string;
	passages: string[];
	/** When the question was first answered: counts against the day's new cards. */
	introducedAt: string;
	/**
	 * Set when the question's content changed after it was studied: the card started again and says
	 * which version the learner had studied. Cleared by the next answer.
	 */
	changed: { previousVersion: string; at: string } | null;
	fsrs: FsrsState;
}

export interface StudySettings {
	/** The share of cards the learner wants to still recall when they come due, 0.70 to 0.97. */
	desiredRetention: number;
	/** How many questions never answered before the study queue brings in each day. */
	newPerDay: number;
	/** The hour (0–23, local time) at which one study day ends and the next begins. */
	dayStartsAt: number;
	/** When the learner last changed a setting; null while they are the defaults. */
	updatedAt: string | null;
}

export const DEFAULT_SETTINGS: StudySettings = {
	desiredRetention: 0.9,
	newPerDay: 10,
	dayStartsAt: 4,
	updatedAt: null
};

export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;
export const NEW_PER_DAY_MAX = 1000;

/** Everything kept on the device, or a part of it (one pack's). */
export interface HistoryData {
	attempts: AttemptRecord[];
	answers: AnswerRecord[];
	cards: CardRecord[];
	settings: StudySettings;
}
