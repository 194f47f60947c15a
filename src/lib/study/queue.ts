// What the Study page asks next: the questions due by the end of today, with questions never
// answered mixed in evenly, no more new ones a day than the learner chose.
import { addDays, startOfStudyDay } from './days';
import type { CardRecord, StudyQuestion, StudySettings } from './types';

export type QueueItem =
	| { kind: 'due'; questionId: string; due: Date; card: CardRecord }
	| { kind: 'new'; questionId: string }
	/** The question changed since it was studied: it starts again, whenever it was due. */
	| { kind: 'changed'; questionId: string; due: Date; card: CardRecord; previousVersion: string };

export interface StudyQueue {
	items: QueueItem[];
	counts: {
		due: number;
		changed: number;
		new: number;
		/** New questions first answered since today began (in a quiz or here). */
		introducedToday: number;
		/** Questions never answered that today's allowance leaves for later. */
		newWaiting: number;
	};
}

export interface QueueOptions {
	/** The pack's questions in the order they should be introduced. */
	questions: readonly StudyQuestion[];
	/** The pack's cards; cards of questions no longer in the pack are left out. */
	cards: readonly CardRecord[];
	settings: Pick<StudySettings, 'newPerDay' | 'dayStartsAt'>;
	now: Date;
}

/** Where the j-th of m new items goes among n + m, spreading them evenly (distinct, increasing). */
function newSlots(n: number, m: number): Set<number> {
	const slots = new Set<number>();
	for (let j = 0; j < m; j++) slots.add(Math.floor(((j + 1) * (n + m)) / (m + 1)));
	return slots;
}

export function buildQueue({ questions, cards, settings, now }: QueueOptions): StudyQueue {
	const today = startOfStudyDay(now, settings.dayStartsAt);
	const tomorrow = addDays(today, 1);
	const byQuestion = new Map(cards.map((c) => [c.questionId, c]));

	const due: Exclude<QueueItem, { kind: 'new' }>[] = [];
	const fresh: QueueItem[] = [];
	const order = new Map<string, number>();
	questions.forEach((q, i) => {
		order.set(q.id, i);
		const card = byQuestion.get(q.id);
		if (!card) return void fresh.push({ kind: 'new', questionId: q.id });
		if (card.version !== q.version || card.changed) {
			// A card not yet restarted is due now; one restarted keeps the time it restarted.
			const previousVersion = card.changed?.previousVersion ?? card.version;
			const at = card.version === q.version ? new Date(card.fsrs.due) : now;
			return void due.push({ kind: 'changed', questionId: q.id, due: at, card, previousVersion });
		}
		const at = new Date(card.fsrs.due);
		if (at < tomorrow) due.push({ kind: 'due', questionId: q.id, due: at, card });
	});
	due.sort(
		(a, b) => a.due.getTime() - b.due.getTime() || (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0)
	);

	const introducedToday = cards.filter((c) => order.has(c.questionId) && new Date(c.introducedAt) >= today).length;
	const allowance = Math.max(0, settings.newPerDay - introducedToday);
	const added = fresh.slice(0, allowance);

	const slots = newSlots(due.length, added.length);
	const items: QueueItem[] = [];
	for (let i = 0, d = 0, n = 0; i < due.length + added.length; i++) items.push(slots.has(i) ? added[n++] : due[d++]);

	return {
		items,
		counts: {
			due: due.filter((x) => x.kind === 'due').length,
			changed: due.filter((x) => x.kind === 'changed').length,
			new: added.length,
			introducedToday,
			newWaiting: fresh.length - added.length
		}
	};
}
