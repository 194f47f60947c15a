// A question set as the builder holds it while it is being made, and the same state as form
// fields, so the builder works with plain form posts (every change a round trip) as well as in the
// browser. setFileFromDraft() gives the set file the validator judges; nothing is fixed on the way.
import type { SetFile } from '../content/schema';
import type { Question, QuestionType } from '../content/types';
import { matchesFilter } from '../quiz/selection';
import { normalise } from '../content/text';
import { plainText } from '../content/markdown';
import { slugify } from './slug';

export type Difficulty = 1 | 2 | 3;

export interface BuilderFilter {
	topics: string[];
	types: QuestionType[];
	difficulty: Difficulty[];
	tags: string[];
	/** Words that must all appear in the question (prompt, options, id or tags). */
	text: string;
}

export interface SetDraftSettings {
	mode: 'practice' | 'exam';
	/** Minutes as typed; empty for no limit. */
	timeLimitMinutes: string;
	/** As typed; empty for unlimited. */
	attempts: string;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
	feedback: 'immediate' | 'end' | 'never';
	retries: string;
	certainty: boolean;
}

export interface SetDraft {
	/** The set file's own id (its file name in a repository); made from the title when empty. */
	fileId: string;
	title: string;
	description: string;
	pack: string;
	/** Picked question ids, in the order they are asked (unless shuffled). */
	questions: string[];
	filter: BuilderFilter;
	/** "N drawn at random from the questions the filter lets through". */
	draw: boolean;
	drawCount: string;
	settings: SetDraftSettings;
	/** Questions carried inside the set file (from an upload); kept as they are. */
	newQuestions: unknown[];
	/** The set file's default topic, kept as it is. */
	topic: string;
}

export const emptyFilter = (): BuilderFilter => ({ topics: [], types: [], difficulty: [], tags: [], text: '' });

export function emptySetDraft(pack: string): SetDraft {
	return {
		fileId: '',
		title: '',
		description: '',
		pack,
		questions: [],
		filter: emptyFilter(),
		draw: false,
		drawCount: '5',
		settings: {
			mode: 'practice',
			timeLimitMinutes: '',
			attempts: '',
			shuffleQuestions: true,
			shuffleOptions: true,
			feedback: 'immediate',
			retries: '0',
			certainty: false
		},
		newQuestions: [],
		topic: ''
	};
}

export function draftFromSetFile(set: SetFile): SetDraft {
	const s = set.settings;
	return {
		fileId: set.id,
		title: set.title,
		description: set.description ?? '',
		pack: set.pack,
		questions: [...set.questions],
		filter: set.draw
			? {
					topics: [...set.draw.topics],
					types: [...set.draw.types],
					difficulty: [...set.draw.difficulty],
					tags: [...set.draw.tags],
					text: ''
				}
			: emptyFilter(),
		draw: !!set.draw,
		drawCount: String(set.draw?.count ?? 5),
		settings: {
			mode: s.mode,
			timeLimitMinutes: s.timeLimitMinutes === null ? '' : String(s.timeLimitMinutes),
			attempts: s.attempts === null ? '' : String(s.attempts),
			shuffleQuestions: s.shuffleQuestions,
			shuffleOptions: s.shuffleOptions,
			feedback: s.feedback,
			retries: String(s.retries),
			certainty: s.certainty
		},
		newQuestions: set.newQuestions,
		topic: set.topic ?? ''
	};
}

/** A number when the text is one, null when empty, else the text for the validator to name. */
function numberField(s: string): number | string | null {
	const t = s.trim();
	if (t === '') return null;
	const n = Number(t);
	return Number.isFinite(n) ? n : t;
}

/** The set file the draft stands for (not yet validated). */
export function setFileFromDraft(d: SetDraft): Record<string, unknown> {
	const retries = numberField(d.settings.retries);
	return {
		id: d.fileId.trim() || slugify(d.title) || 'set',
		title: d.title,
		pack: d.pack,
		...(d.description.trim() ? { description: d.description } : {}),
		...(d.topic ? { topic: d.topic } : {}),
		settings: {
			mode: d.settings.mode,
			timeLimitMinutes: numberField(d.settings.timeLimitMinutes),
			attempts: numberField(d.settings.attempts),
			shuffleQuestions: d.settings.shuffleQuestions,
			shuffleOptions: d.settings.shuffleOptions,
			feedback: d.settings.feedback,
			retries: retries ?? 0,
			certainty: d.settings.certainty
		},
		questions: d.questions,
		...(d.draw
			? {
					draw: {
						count: numberField(d.drawCount),
						topics: d.filter.topics,
						types: d.filter.types,
						difficulty: d.filter.difficulty,
						tags: d.filter.tags
					}
				}
			: {}),
		...(d.newQuestions.length ? { newQuestions: d.newQuestions } : {})
	};
}

const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];
const MODES = ['practice', 'exam'] as const;
const FEEDBACK = ['immediate', 'end', 'never'] as const;

function oneOf<T extends string>(value: FormDataEntryValue | null, allowed: readonly T[], fallback: T): T {
	return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

const texts = (fd: FormData, name: string) => fd.getAll(name).filter((v): v is string => typeof v === 'string');
const text = (fd: FormData, name: string) => {
	const v = fd.get(name);
	return typeof v === 'string' ? v : '';
};

/** The draft a builder form posts. Every field is read; one that is missing is empty or off. */
export function draftFromForm(fd: FormData, types: readonly QuestionType[]): SetDraft {
	let newQuestions: unknown[] = [];
	const carried = text(fd, 'newQuestions');
	if (carried) {
		try {
			const parsed: unknown = JSON.parse(carried);
			if (Array.isArray(parsed)) newQuestions = parsed;
		} catch {
			// A page never sends anything else; a hand-made post loses only what it mangled.
		}
	}
	return {
		fileId: text(fd, 'fileId'),
		title: text(fd, 'title'),
		description: text(fd, 'description'),
		pack: text(fd, 'pack'),
		questions: texts(fd, 'questions'),
		filter: {
			topics: texts(fd, 'topics'),
			types: texts(fd, 'types').filter((t): t is QuestionType => (types as readonly string[]).includes(t)),
			difficulty: texts(fd, 'difficulty')
				.map(Number)
				.filter((n): n is Difficulty => (DIFFICULTIES as readonly number[]).includes(n)),
			tags: texts(fd, 'tags'),
			text: text(fd, 'text')
		},
		draw: fd.get('draw') === 'on',
		drawCount: text(fd, 'drawCount'),
		settings: {
			mode: oneOf(fd.get('mode'), MODES, 'practice'),
			timeLimitMinutes: text(fd, 'timeLimitMinutes'),
			attempts: text(fd, 'attempts'),
			shuffleQuestions: fd.get('shuffleQuestions') === 'on',
			shuffleOptions: fd.get('shuffleOptions') === 'on',
			feedback: oneOf(fd.get('feedback'), FEEDBACK, 'immediate'),
			retries: text(fd, 'retries'),
			certainty: fd.get('certainty') === 'on'
		},
		newQuestions,
		topic: text(fd, 'topic')
	};
}

export function move<T>(list: readonly T[], index: number, delta: number): T[] {
	const to = index + delta;
	if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
	const out = [...list];
	const [moved] = out.splice(index, 1);
	out.splice(to, 0, moved);
	return out;
}

/**
 * One builder step, as a button names it: "add:<id>", "remove:<index>", "up:<index>",
 * "down:<index>", "add-shown:<id,id,…>" or "clear". Anything else leaves the picks as they are.
 */
export function applyStep(questions: readonly string[], step: string): string[] {
	const colon = step.indexOf(':');
	const verb = colon < 0 ? step : step.slice(0, colon);
	const arg = colon < 0 ? '' : step.slice(colon + 1);
	const index = Number(arg);
	switch (verb) {
		case 'add':
			return arg && !questions.includes(arg) ? [...questions, arg] : [...questions];
		case 'add-shown':
			return [...questions, ...arg.split(',').filter((id) => id && !questions.includes(id))].filter(
				(id, i, all) => all.indexOf(id) === i
			);
		case 'remove':
			return questions.filter((_, i) => i !== index);
		case 'up':
			return move(questions, index, -1);
		case 'down':
			return move(questions, index, 1);
		case 'clear':
			return [];
		default:
			return [...questions];
	}
}

/** What a question offers to a text search: its id, prompt, tags and choices, as plain words. */
function searchable(q: Question): string {
	const parts = [q.id, plainText(q.prompt), ...q.tags];
	if (q.type === 'single-choice' || q.type === 'multiple-response') parts.push(...q.options.map((o) => o.text));
	if (q.type === 'ordering') parts.push(...q.items.map((i) => i.text));
	if (q.type === 'matching') parts.push(...q.pairs.flatMap((p) => [p.left, p.right]));
	if (q.type === 'cloze') parts.push(q.text);
	return ` ${normalise(parts.join(' '))} `;
}

export function filterQuestions(questions: readonly Question[], f: BuilderFilter): Question[] {
	const words = normalise(f.text).split(' ').filter(Boolean);
	return questions.filter((q) => {
		if (!matchesFilter(q, f)) return false;
		if (!words.length) return true;
		const hay = searchable(q);
		return words.every((w) => hay.includes(w));
	});
}
