// Fakes for the study tests: a clock that moves only when told, and questions and answers with
// just the fields the study code reads.
import type { AnswerRecord, Clock, StudyQuestion } from './types';

export interface FakeClock {
	now: Clock;
	set(t: Date | string): void;
	/** Moves on by minutes, and by whole calendar days (local time, like a learner's days). */
	advance(by: { minutes?: number; days?: number }): void;
}

export function fakeClock(start: Date | string): FakeClock {
	let t = new Date(start);
	return {
		now: () => new Date(t),
		set: (to) => void (t = new Date(to)),
		advance({ minutes = 0, days = 0 }) {
			const next = new Date(t.getTime() + minutes * 60_000);
			next.setDate(next.getDate() + days);
			t = next;
		}
	};
}

/** Nine in the morning, local time, on a day in June 2025 (no daylight-saving change anywhere near). */
export const june = (day: number, hour = 9, minute = 0): Date => new Date(2025, 5, day, hour, minute);

export function question(id: string, over: Partial<Omit<StudyQuestion, 'id'>> = {}): StudyQuestion {
	return {
		id,
		version: over.version ?? `${id}-v1`,
		topic: over.topic ?? 'timeline',
		sources: over.sources ?? [{ passage: `${id}-passage`, quote: 'the words' }]
	};
}

let answerCount = 0;

export function answer(over: Partial<AnswerRecord> & Pick<AnswerRecord, 'questionId' | 'answeredAt'>): AnswerRecord {
	return {
		id: over.id ?? `answer-${++answerCount}`,
		attemptId: 'attempt-1',
		packId: 'pack',
		questionVersion: `${over.questionId}-v1`,
		topic: 'timeline',
		passages: [`${over.questionId}-passage`],
		fraction: 1,
		certainty: null,
		response: null,
		...over
	};
}
