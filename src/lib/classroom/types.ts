// The shapes a classroom session's pages and endpoints exchange. Plain types: the student's page,
// the dashboard and the server all import them without pulling in the database or zod.
import type { QuizView } from '../quiz/view';
import type { StudentRecord } from './records';

/** "self": each student at their own speed. "instructor": the class answers one question at a time. */
export type Pace = 'self' | 'instructor';

/** "open" takes new students; "closed" has stopped taking them but answering goes on. */
export type SessionStatus = 'open' | 'closed' | 'ended';

/** The set's feedback setting: after each answer, at the end, or never (score only). */
export type FeedbackSetting = 'immediate' | 'end' | 'never';

export interface Round {
	/** The question the class is on, counted from 0; -1 before the first is opened. */
	index: number;
	/** The question takes answers now. */
	open: boolean;
	count: number;
}

export interface SessionInfo {
	id: string;
	code: string;
	title: string;
	pace: Pace;
	status: SessionStatus;
	released: boolean;
	feedback: FeedbackSetting;
	/** Instructor-paced sessions only. */
	round: Round | null;
}

/**
 * Where a student is: waiting for the instructor to open a question, answering, submitted and
 * waiting for results, reading results, or removed from the session.
 */
export type StudentStage = 'waiting' | 'answering' | 'submitted' | 'results' | 'removed';

export interface ScoreLine {
	points: number;
	max: number;
	percent: number;
}

/** All a student's page is sent. `view` is the engine's key-free view, or its review once allowed. */
export interface StudentState {
	session: Omit<SessionInfo, 'id'>;
	student: { id: string; name: string };
	stage: StudentStage;
	view: QuizView | null;
	/** The score, once results are released (the only thing shown when the set's feedback is "never"). */
	score: ScoreLine | null;
}

/** A student's line on the dashboard: their stored record with their score so far. */
export interface StudentRow extends Omit<StudentRecord, 'elapsedMs'> {
	/** Points over the questions answered so far. */
	points: number;
	/** Questions answered right. */
	right: number;
}

/** How many chose an answer; for choice questions one row per option, otherwise the responses given most. */
export interface AnswerCount {
	/** An option id, "true"/"false", or a response written out. */
	value: string;
	label: string;
	/** Null where right and wrong cannot be told from the value alone (partial credit, typed answers). */
	correct: boolean | null;
	count: number;
	/** Who gave it, by name (the instructor's dashboard; the projector leaves them out). */
	who: string[];
}

export interface QuestionStats {
	id: string;
	index: number;
	prompt: string;
	type: string;
	answered: number;
	/** Points earned over points available among those who answered; null before anyone has. */
	shareRight: number | null;
	right: number;
	partial: number;
	wrong: number;
	distribution: AnswerCount[];
	/** Plain-language findings about the options (a distractor nobody chose, one that beats the key). */
	flags: string[];
}

export interface PassageStats {
	id: string;
	section: string | null;
	excerpt: string;
	questionIds: string[];
	answers: number;
	shareRight: number | null;
	shareLost: number | null;
}

export interface Dashboard {
	session: SessionInfo;
	students: StudentRow[];
	questions: QuestionStats[];
	/** The passages behind the most lost marks first: what the class is misreading. */
	passages: PassageStats[];
	updatedAt: string;
}
