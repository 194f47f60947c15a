// Merging an imported history into the one on the device. Records are matched by their ids (cards
// by pack and question), so importing the same file twice adds nothing the second time.
//
//   attempts  kept as they are; an unfinished one is replaced by the same attempt finished
//   answers   added when new; answers never change
//   cards     a question with new answers is rescheduled by replaying all its answers, from both
//             devices, in time order; a question with none keeps the card it has (or takes the
//             imported one if it had none)
//   settings  the more recently changed ones win
import { byAnswerTime, cardKey, replayCard, restartCard } from './schedule';
import type { AnswerRecord, AttemptRecord, CardRecord, HistoryData, StudySettings } from './types';

export interface ImportCounts {
	added: { attempts: number; answers: number; cards: number };
	updated: { attempts: number; cards: number };
	/** Records the device already had. */
	alreadyHere: { attempts: number; answers: number };
	settings: 'imported' | 'kept';
}

export interface MergePlan {
	/** The records to write (put); everything else stays as it is. */
	attempts: AttemptRecord[];
	answers: AnswerRecord[];
	cards: CardRecord[];
	settings: StudySettings | null;
	counts: ImportCounts;
}

// Key order differs between records built here, read from a file or upgraded from an old database.
const sortKeys = (_: string, v: unknown) =>
	v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v;
const same = (a: unknown, b: unknown) => JSON.stringify(a, sortKeys) === JSON.stringify(b, sortKeys);

/**
 * A restart that happened after the last answer (the question changed and the learner has not
 * answered it since) is kept: replaying the answers alone would lose it.
 */
function keepRestart(
	card: CardRecord,
	candidates: (CardRecord | undefined)[],
	lastAnswerAt: string,
	retention: number
) {
	let latest: { version: string; at: string } | null = null;
	for (const c of candidates) {
		if (c?.changed && c.version !== card.version && c.changed.at >= lastAnswerAt && c.changed.at > (latest?.at ?? '')) {
			latest = { version: c.version, at: c.changed.at };
		}
	}
	return latest ? restartCard(card, latest.version, new Date(latest.at), retention) : card;
}

function push<T>(groups: Map<string, T[]>, key: string, item: T): void {
	const group = groups.get(key);
	if (group) group.push(item);
	else groups.set(key, [item]);
}

export function planMerge(existing: HistoryData, incoming: HistoryData): MergePlan {
	const counts: ImportCounts = {
		added: { attempts: 0, answers: 0, cards: 0 },
		updated: { attempts: 0, cards: 0 },
		alreadyHere: { attempts: 0, answers: 0 },
		settings: 'kept'
	};

	let settings: StudySettings | null = null;
	const a = existing.settings.updatedAt;
	const b = incoming.settings.updatedAt;
	if (b !== null && (a === null || b > a) && !same(existing.settings, incoming.settings)) {
		settings = incoming.settings;
		counts.settings = 'imported';
	}
	const retention = (settings ?? existing.settings).desiredRetention;

	const attemptsHere = new Map(existing.attempts.map((x) => [x.id, x]));
	const attempts: AttemptRecord[] = [];
	for (const x of incoming.attempts) {
		const here = attemptsHere.get(x.id);
		if (!here) {
			attempts.push(x);
			counts.added.attempts++;
		} else if (here.finishedAt === null && x.finishedAt !== null) {
			attempts.push(x);
			counts.updated.attempts++;
		} else counts.alreadyHere.attempts++;
	}

	const answerIds = new Set(existing.answers.map((x) => x.id));
	const answers: AnswerRecord[] = [];
	const answersHere = new Map<string, AnswerRecord[]>();
	for (const x of existing.answers) push(answersHere, cardKey(x.packId, x.questionId), x);
	const added = new Map<string, AnswerRecord[]>();
	for (const x of incoming.answers) {
		if (answerIds.has(x.id)) {
			counts.alreadyHere.answers++;
			continue;
		}
		answerIds.add(x.id);
		answers.push(x);
		counts.added.answers++;
		push(added, cardKey(x.packId, x.questionId), x);
	}

	const cardsHere = new Map(existing.cards.map((c) => [cardKey(c.packId, c.questionId), c]));
	const cardsThere = new Map(incoming.cards.map((c) => [cardKey(c.packId, c.questionId), c]));
	const cards: CardRecord[] = [];
	for (const k of new Set([...cardsThere.keys(), ...added.keys()])) {
		const here = cardsHere.get(k);
		const there = cardsThere.get(k);
		const before = answersHere.get(k) ?? [];
		const after = added.get(k) ?? [];
		let next: CardRecord | undefined;
		if (after.length === 0) next = here ? undefined : there;
		else if (before.length === 0 && !here && there) next = there;
		else {
			const all = [...before, ...after].sort(byAnswerTime);
			const replayed = replayCard(all, retention);
			if (replayed) next = keepRestart(replayed, [here, there], all[all.length - 1].answeredAt, retention);
		}
		if (!next || (here && same(here, next))) continue;
		cards.push(next);
		if (here) counts.updated.cards++;
		else counts.added.cards++;
	}

	return { attempts, answers, cards, settings, counts };
}
