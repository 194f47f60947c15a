// Cards and their schedules. A card is a fold of its question's answers in time order, so the same
// code schedules a live answer and replays answers merged from another device, with the same result.
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type FSRS, type FSRSParameters } from 'ts-fsrs';
import { ratingFor } from './rating';
import type { AnswerRecord, CardRecord, CardStateName, FsrsState } from './types';

// ts-fsrs 5.4.2's default FSRS-6 weights, written out so that a future ts-fsrs with other defaults
// does not silently move every learner's due dates.
export const FSRS_WEIGHTS: readonly number[] = [
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
	0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
];

/** Fixed parameters: no fuzz, so the same answers always give the same due dates. */
export function fsrsParameters(desiredRetention: number): FSRSParameters {
	return generatorParameters({
		request_retention: desiredRetention,
		maximum_interval: 36500,
		w: [...FSRS_WEIGHTS],
		enable_fuzz: false,
		enable_short_term: true,
		learning_steps: ['1m', '10m'],
		relearning_steps: ['10m']
	});
}

const schedulers = new Map<number, FSRS>();

function scheduler(desiredRetention: number): FSRS {
	let f = schedulers.get(desiredRetention);
	if (!f) schedulers.set(desiredRetention, (f = fsrs(fsrsParameters(desiredRetention))));
	return f;
}

const STATE_NAMES: readonly CardStateName[] = ['New', 'Learning', 'Review', 'Relearning'];

export function toFsrsCard(s: FsrsState): Card {
	return {
		due: new Date(s.due),
		stability: s.stability,
		difficulty: s.difficulty,
		elapsed_days: s.elapsedDays,
		scheduled_days: s.scheduledDays,
		learning_steps: s.learningSteps,
		reps: s.reps,
		lapses: s.lapses,
		state: State[s.state],
		last_review: s.lastReview === null ? undefined : new Date(s.lastReview)
	};
}

export function fromFsrsCard(c: Card): FsrsState {
	return {
		due: c.due.toISOString(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsedDays: c.elapsed_days,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: STATE_NAMES[c.state],
		lastReview: c.last_review ? c.last_review.toISOString() : null
	};
}

/**
 * The card starts again because its question changed: a fresh card due at once, whose reps and
 * lapses stay as a record, and which notes the version the learner had studied.
 */
export function restartCard(card: CardRecord, version: string, at: Date, desiredRetention: number): CardRecord {
	const { card: fresh } = scheduler(desiredRetention).forget(toFsrsCard(card.fsrs), at, false);
	return {
		...card,
		version,
		changed: { previousVersion: card.changed?.previousVersion ?? card.version, at: at.toISOString() },
		fsrs: fromFsrsCard(fresh)
	};
}

/** The card after one more answer (`card` is null for the question's first answer). */
export function applyAnswer(card: CardRecord | null, answer: AnswerRecord, desiredRetention: number): CardRecord {
	const at = new Date(answer.answeredAt);
	let base: CardRecord;
	if (card === null) {
		base = {
			packId: answer.packId,
			questionId: answer.questionId,
			version: answer.questionVersion,
			topic: answer.topic,
			passages: answer.passages,
			introducedAt: answer.answeredAt,
			changed: null,
			fsrs: fromFsrsCard(createEmptyCard(at))
		};
	} else if (card.version !== answer.questionVersion) {
		base = restartCard(card, answer.questionVersion, at, desiredRetention);
	} else {
		base = card;
	}
	const grade = ratingFor(answer.fraction, answer.certainty);
	const { card: next } = scheduler(desiredRetention).next(toFsrsCard(base.fsrs), at, grade);
	return { ...base, topic: answer.topic, passages: [...answer.passages], changed: null, fsrs: fromFsrsCard(next) };
}

/** Orders answers as they happened; the id breaks ties so every device folds them the same way. */
export function byAnswerTime(a: AnswerRecord, b: AnswerRecord): number {
	return a.answeredAt < b.answeredAt ? -1 : a.answeredAt > b.answeredAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The card one question's answers give, or null for no answers. */
export function replayCard(answers: readonly AnswerRecord[], desiredRetention: number): CardRecord | null {
	return [...answers].sort(byAnswerTime).reduce<CardRecord | null>((c, a) => applyAnswer(c, a, desiredRetention), null);
}

/** The probability (0–1) that the learner still recalls the card at `now`; 0 for a card never reviewed. */
export function recallProbability(card: CardRecord, now: Date, desiredRetention: number): number {
	if (card.fsrs.state === 'New') return 0;
	return scheduler(desiredRetention).get_retrievability(toFsrsCard(card.fsrs), now, false);
}

export const cardKey = (packId: string, questionId: string): string => `${packId}\u0000${questionId}`;
