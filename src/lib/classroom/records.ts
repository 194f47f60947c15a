// A session's stored rows as the pure modules read them (the server maps database rows to these).
import type { Response } from '../quiz/responses';
import type { Status } from '../quiz/results';

export interface StudentRecord {
	id: string;
	name: string;
	joinedAt: string;
	removed: boolean;
	submitted: boolean;
	/** The question the student is on, counted from 0. */
	current: number;
	answered: number;
	questionCount: number;
	elapsedMs: number;
}

/** A student's latest response to one question, as scored when it was given. */
export interface ResponseRecord {
	studentId: string;
	questionId: string;
	response: Response | null;
	status: Status;
	points: number;
	max: number;
	/** Time into the student's attempt when it was given. */
	elapsedMs: number;
	answeredAt: string;
}
