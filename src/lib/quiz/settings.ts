// How a quiz is set up, and the same settings as a link: the quiz page's address carries the pack,
// the settings and the seed, so an attempt can be shared and taken again question for question.
import type { QuestionType } from '../content/types';

export type QuizMode = 'practice' | 'exam';
export type Difficulty = 1 | 2 | 3;

export interface QuizSettings {
	/** Practice checks each answer at once; an exam shows nothing until it is submitted. */
	mode: QuizMode;
	/** Filters; an empty list lets every value through. Lists are "any of", filters combine with "and". */
	topics: string[];
	types: QuestionType[];
	difficulty: Difficulty[];
	tags: string[];
	/** Questions always asked, in this order (a question set, or the ones missed last time). */
	ids: string[];
	/**
	 * How many to draw at random from the questions the filters let through, besides `ids`. Null draws
	 * them all when no `ids` are given, and none when some are.
	 */
	count: number | null;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
	/** Practice: further checks allowed after a wrong one before the key is shown. */
	retries: number;
	/** Certainty-based marking: the learner says how sure they are of each answer. */
	certainty: boolean;
	/** Null: no time limit. */
	timeLimitSeconds: number | null;
}

export const DEFAULT_SETTINGS: Readonly<QuizSettings> = Object.freeze({
	mode: 'practice',
	topics: [],
	types: [],
	difficulty: [],
	tags: [],
	ids: [],
	count: null,
	shuffleQuestions: true,
	shuffleOptions: true,
	retries: 0,
	certainty: false,
	timeLimitSeconds: null
});

export const QUESTION_TYPES: readonly QuestionType[] = [
	'single-choice',
	'multiple-response',
	'true-false',
	'ordering',
	'matching',
	'numeric',
	'short-text',
	'cloze'
];

// Bounds that keep a hand-edited link or a stored attempt from asking for something absurd.
const MAX_RETRIES = 10;
const MAX_TIME_SECONDS = 24 * 60 * 60;
const MAX_LIST = 500;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export interface SettingsResult {
	settings: QuizSettings;
	/** What was not understood and what was used instead; empty when all was well. */
	problems: string[];
}

/** A field left at its default, and what it should have been. */
interface Fault {
	field: keyof QuizSettings;
	expected: string;
	/** A request or a saved attempt may also give null; a link leaves the parameter out instead. */
	nullable?: boolean;
	/** What a link should carry, where it differs from `expected` (a link's booleans are 1 and 0). */
	inLink?: string;
}

// What each default means, to say what a quiz falls back on.
const DEFAULT_MEANS: Record<keyof QuizSettings, string> = {
	mode: 'practice',
	topics: 'any',
	types: 'any',
	difficulty: 'any',
	tags: 'any',
	ids: 'none',
	count: 'all questions',
	shuffleQuestions: 'on',
	shuffleOptions: 'on',
	retries: 'none',
	certainty: 'off',
	timeLimitSeconds: 'no limit'
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Settings from anything (a stored attempt, a request body): each field is checked by hand, and one
 * that is missing or wrong falls back to its default with a message naming the field.
 */
export function readSettings(raw: unknown): SettingsResult {
	const { settings, faults } = checkSettings(raw);
	if (!isRecord(raw)) return { settings, problems: raw === undefined ? [] : ['settings: expected an object'] };
	const problems = faults.map(
		(f) =>
			`settings.${f.field}: ${JSON.stringify(raw[f.field])} is not ${f.expected}${f.nullable ? ', or null' : ''}; ${fallback(f)}`
	);
	return { settings, problems };
}

const fallback = (f: Fault) => `using the default (${DEFAULT_MEANS[f.field]})`;

function checkSettings(raw: unknown): { settings: QuizSettings; faults: Fault[] } {
	const faults: Fault[] = [];
	const s: QuizSettings = { ...DEFAULT_SETTINGS, topics: [], types: [], difficulty: [], tags: [], ids: [] };
	if (!isRecord(raw)) return { settings: s, faults };
	const bad = (field: keyof QuizSettings, expected: string, nullable?: boolean, inLink?: string) =>
		faults.push({ field, expected, nullable, inLink });

	if (raw.mode !== undefined) {
		if (raw.mode === 'practice' || raw.mode === 'exam') s.mode = raw.mode;
		else bad('mode', '"practice" or "exam"');
	}
	const list = <T>(field: keyof QuizSettings, ok: (v: unknown) => v is T, expected: string): T[] | undefined => {
		const v = raw[field];
		if (v === undefined) return undefined;
		if (Array.isArray(v) && v.length <= MAX_LIST && v.every(ok)) return [...new Set(v)];
		bad(field, expected);
		return undefined;
	};
	const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
	const isType = (v: unknown): v is QuestionType => QUESTION_TYPES.includes(v as QuestionType);
	const isDifficulty = (v: unknown): v is Difficulty => v === 1 || v === 2 || v === 3;
	s.topics = list('topics', isId, 'a list of topic ids') ?? s.topics;
	s.types = list('types', isType, `a list of question types (${QUESTION_TYPES.join(', ')})`) ?? s.types;
	s.difficulty = list('difficulty', isDifficulty, 'a list of difficulties 1, 2 or 3') ?? s.difficulty;
	s.tags = list('tags', isId, 'a list of tags') ?? s.tags;
	s.ids = list('ids', isId, 'a list of question ids') ?? s.ids;

	const whole = (v: unknown, min: number, max: number): v is number =>
		typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
	if (raw.count !== undefined && raw.count !== null) {
		if (whole(raw.count, 1, MAX_LIST)) s.count = raw.count;
		else bad('count', `a whole number from 1 to ${MAX_LIST}`, true);
	}
	for (const field of ['shuffleQuestions', 'shuffleOptions', 'certainty'] as const) {
		if (raw[field] === undefined) continue;
		if (typeof raw[field] === 'boolean') s[field] = raw[field];
		else bad(field, 'true or false', false, '1 or 0');
	}
	if (raw.retries !== undefined) {
		if (whole(raw.retries, 0, MAX_RETRIES)) s.retries = raw.retries;
		else bad('retries', `a whole number from 0 to ${MAX_RETRIES}`);
	}
	if (raw.timeLimitSeconds !== undefined && raw.timeLimitSeconds !== null) {
		if (whole(raw.timeLimitSeconds, 1, MAX_TIME_SECONDS)) s.timeLimitSeconds = raw.timeLimitSeconds;
		else bad('timeLimitSeconds', `a whole number of seconds from 1 to ${MAX_TIME_SECONDS}`, true);
	}
	return { settings: s, faults };
}

/** The fields that differ from the defaults: what a link and a saved attempt need to carry. */
export function settingsDiff(settings: QuizSettings): Partial<QuizSettings> {
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof QuizSettings)[]) {
		const value = settings[key];
		const fallback = DEFAULT_SETTINGS[key];
		const same = Array.isArray(value) ? value.length === 0 : value === fallback;
		if (!same) out[key] = value;
	}
	return out as Partial<QuizSettings>;
}

// Short, readable parameter names for links; booleans as 1/0, lists comma-separated.
const PARAM: Record<keyof QuizSettings, string> = {
	mode: 'mode',
	topics: 'topics',
	types: 'types',
	difficulty: 'difficulty',
	tags: 'tags',
	ids: 'ids',
	count: 'count',
	shuffleQuestions: 'shuffle',
	shuffleOptions: 'shuffleOptions',
	retries: 'retries',
	certainty: 'cbm',
	timeLimitSeconds: 'time'
};

export interface QuizLink {
	pack: string | null;
	seed: string | null;
	settings: QuizSettings;
}

/** Search params for a quiz page: only what differs from the defaults, so links stay short. */
export function settingsToParams(link: QuizLink): URLSearchParams {
	const params = new URLSearchParams();
	if (link.pack) params.set('pack', link.pack);
	for (const [key, value] of Object.entries(settingsDiff(link.settings)) as [keyof QuizSettings, unknown][]) {
		const text = Array.isArray(value)
			? value.join(',')
			: typeof value === 'boolean'
				? value
					? '1'
					: '0'
				: String(value);
		params.set(PARAM[key], text);
	}
	if (link.seed) params.set('seed', link.seed);
	return params;
}

/**
 * Settings from a quiz page's search params. A value that cannot be read is left at its default
 * and named in `problems`, so a mistyped link still opens a quiz and says what it ignored.
 */
export function settingsFromParams(params: URLSearchParams): QuizLink & { problems: string[] } {
	const raw: Record<string, unknown> = {};
	const problems: string[] = [];
	const listOf = (text: string) => text.split(',').filter((x) => x !== '');
	for (const [key, name] of Object.entries(PARAM) as [keyof QuizSettings, string][]) {
		const text = params.get(name);
		if (text === null) continue;
		switch (key) {
			case 'topics':
			case 'types':
			case 'tags':
			case 'ids':
				raw[key] = listOf(text);
				break;
			case 'difficulty':
				raw[key] = listOf(text).map((d) => (/^\d+$/.test(d) ? Number(d) : d));
				break;
			case 'count':
			case 'retries':
			case 'timeLimitSeconds':
				raw[key] = /^\d+$/.test(text) ? Number(text) : text;
				break;
			case 'shuffleQuestions':
			case 'shuffleOptions':
			case 'certainty':
				raw[key] = text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : text;
				break;
			default:
				raw[key] = text;
		}
	}
	const { settings, faults } = checkSettings(raw);
	// In the link's own terms: its parameter's name and text, as the reader sees them in the address.
	for (const f of faults) {
		const name = PARAM[f.field];
		problems.push(
			`link parameter "${name}": ${JSON.stringify(params.get(name))} is not ${f.inLink ?? f.expected}; ${fallback(f)}`
		);
	}
	const seed = params.get('seed');
	const okSeed = seed !== null && /^[A-Za-z0-9_-]{1,64}$/.test(seed);
	if (seed !== null && !okSeed)
		problems.push(
			`link parameter "seed": ${JSON.stringify(seed)} is not a seed (up to 64 letters, digits, - and _); a new one is used`
		);
	return { pack: params.get('pack'), seed: okSeed ? seed : null, settings, problems };
}
