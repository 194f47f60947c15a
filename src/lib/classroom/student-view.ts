// What a student's page is sent: the engine's view of their own machine, never more. Before a
// student submits an exam the view holds no key and no feedback (viewOf sees to that); after they
// submit, their score and review wait until the instructor releases results, unless the set gave
// feedback after each answer all along; a set whose feedback is "never" releases the score alone.
import type { QuizView } from '../quiz/view';
import type { ScoreLine, SessionInfo, StudentState } from './types';

export interface StudentFacts {
	id: string;
	name: string;
	removed: boolean;
}

/** Controls the page must not offer a student: time is the instructor's to grant, and a session is taken once. */
function forStudent(view: QuizView): QuizView {
	return { ...view, can: { ...view.can, extend: false, retry: false } };
}

/** The question shown between rounds: it can no longer change. */
function locked(view: QuizView): QuizView {
	const q = view.question;
	return {
		...forStudent(view),
		question: q ? { ...q, locked: true } : null,
		can: { check: false, prev: false, next: false, flag: false, submit: false, retry: false, extend: false }
	};
}

export function studentState(session: SessionInfo, student: StudentFacts, view: QuizView): StudentState {
	const { id: _id, ...info } = session;
	const base = { session: info, student: { id: student.id, name: student.name } };
	if (student.removed) return { ...base, stage: 'removed', view: null, score: null };

	if (view.phase === 'review' || session.status === 'ended') {
		const results = view.phase === 'review' ? view.results : null;
		const shown = results && (session.released || view.mode === 'practice');
		if (!shown) return { ...base, stage: 'submitted', view: null, score: null };
		const score: ScoreLine = { points: results.points, max: results.max, percent: results.percent };
		return { ...base, stage: 'results', view: session.feedback === 'never' ? null : forStudent(view), score };
	}

	if (session.pace === 'instructor') {
		const round = session.round;
		if (!round || round.index < 0) return { ...base, stage: 'waiting', view: null, score: null };
		if (!round.open) return { ...base, stage: 'waiting', view: locked(view), score: null };
	}
	return { ...base, stage: 'answering', view: forStudent(view), score: null };
}
