// Which events a student may send to the machine the server runs for them. The server owns time
// (ticks come from its clock, extra time is the instructor's to grant), and in an instructor-paced
// session the instructor, not the student, moves the class from question to question.
import type { QuizEvent } from '../quiz/machine';
import type { Phase } from '../quiz/attempt';
import type { Pace, Round, SessionStatus } from './types';

export const STUDENT_EVENT_TYPES = [
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
	'quiz.cancel'
] as const;

export type StudentEventType = (typeof STUDENT_EVENT_TYPES)[number];
export type StudentEvent = Extract<QuizEvent, { type: StudentEventType }>;

/** Events that act on one question: in an instructor-paced session only these, and only on the open question. */
const ANSWERING = new Set<StudentEventType>(['answer.change', 'answer.clear', 'answer.certainty', 'answer.check']);

export interface RuleFacts {
	pace: Pace;
	status: SessionStatus;
	round: Round | null;
	/** The id of the question the round is on (instructor-paced). */
	roundQuestionId: string | null;
	removed: boolean;
	phase: Phase;
}

/** Why the student may not send `event` now, or null when they may. */
export function refusal(event: StudentEvent, facts: RuleFacts): string | null {
	if (facts.removed) return 'you were removed from this session';
	if (facts.status === 'ended') return 'the session has ended';
	if (facts.phase === 'review') return 'your answers are already submitted';
	if (facts.pace === 'self') return null;
	if (!ANSWERING.has(event.type)) return 'the instructor moves the class from question to question';
	if (!facts.round || facts.round.index < 0) return 'the instructor has not opened a question yet';
	if (!facts.round.open) return 'this question is closed';
	if (event.type === 'answer.change' && event.questionId !== undefined && event.questionId !== facts.roundQuestionId)
		return 'that question is not the one open';
	return null;
}
