// What a learner gives, one shape per question type. The pages build these, the machine stores them
// and the scorers read them; a partial answer (two of five matches) is a response like any other.
import type { QuestionType } from '../content/types';

export interface SingleChoiceResponse {
	type: 'single-choice';
	optionId: string;
}
export interface MultipleResponseResponse {
	type: 'multiple-response';
	optionIds: string[];
}
export interface TrueFalseResponse {
	type: 'true-false';
	value: boolean;
}
export interface OrderingResponse {
	type: 'ordering';
	/** The learner's order. */
	itemIds: string[];
}
export interface MatchingResponse {
	type: 'matching';
	/** Pair id → id of the chosen right-hand text (`textId(right)`). */
	matches: Record<string, string>;
}
export interface NumericResponse {
	type: 'numeric';
	/** As typed; read with parseNumber. */
	value: string;
}
export interface ShortTextResponse {
	type: 'short-text';
	text: string;
}
export interface ClozeResponse {
	type: 'cloze';
	/** Blank id → what was typed or chosen. */
	blanks: Record<string, string>;
}

export type Response =
	| SingleChoiceResponse
	| MultipleResponseResponse
	| TrueFalseResponse
	| OrderingResponse
	| MatchingResponse
	| NumericResponse
	| ShortTextResponse
	| ClozeResponse;

export type ResponseFor<T extends QuestionType> = Extract<Response, { type: T }>;

/** A response counts as an answer when it says something: an empty selection or blank text does not. */
export function isAnswered(response: Response | null | undefined): boolean {
	if (!response) return false;
	switch (response.type) {
		case 'single-choice':
			return response.optionId !== '';
		case 'multiple-response':
			return response.optionIds.length > 0;
		case 'true-false':
			return true;
		case 'ordering':
			return response.itemIds.length > 0;
		case 'matching':
			return Object.values(response.matches).some((v) => v !== '');
		case 'numeric':
			return response.value.trim() !== '';
		case 'short-text':
			return response.text.trim() !== '';
		case 'cloze':
			return Object.values(response.blanks).some((v) => v.trim() !== '');
	}
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isStringRecord = (v: unknown): v is Record<string, string> =>
	isRecord(v) && Object.values(v).every((x) => typeof x === 'string');

// Generous limits: they only stop a runaway client from filling storage or the server's memory.
const MAX_TEXT = 2000;
const MAX_PARTS = 200;

/**
 * Why `value` is not a response of type `type`, or null when it is. Events and saved attempts
 * arrive from outside (a browser, storage, the network), so their shape is checked by hand here
 * rather than trusted or validated with a schema library the browser would have to download.
 */
export function responseProblem(value: unknown, type: QuestionType): string | null {
	if (!isRecord(value)) return 'a response is an object with a "type"';
	if (value.type !== type)
		return `a response to a ${type} question has type "${type}", not ${JSON.stringify(value.type)}`;
	const tooLong = (s: string) => s.length > MAX_TEXT;
	switch (type) {
		case 'single-choice':
			return typeof value.optionId === 'string' && !tooLong(value.optionId) ? null : '"optionId" must be a string';
		case 'multiple-response':
			return isStringArray(value.optionIds) && value.optionIds.length <= MAX_PARTS
				? null
				: '"optionIds" must be a list of strings';
		case 'true-false':
			return typeof value.value === 'boolean' ? null : '"value" must be true or false';
		case 'ordering':
			return isStringArray(value.itemIds) && value.itemIds.length <= MAX_PARTS
				? null
				: '"itemIds" must be a list of strings';
		case 'matching':
			return isStringRecord(value.matches) && Object.keys(value.matches).length <= MAX_PARTS
				? null
				: '"matches" must map pair ids to right-hand ids';
		case 'numeric':
			return typeof value.value === 'string' && !tooLong(value.value) ? null : '"value" must be the text typed';
		case 'short-text':
			return typeof value.text === 'string' && !tooLong(value.text) ? null : '"text" must be the text typed';
		case 'cloze':
			return isStringRecord(value.blanks) &&
				Object.keys(value.blanks).length <= MAX_PARTS &&
				!Object.values(value.blanks).some(tooLong)
				? null
				: '"blanks" must map blank ids to text';
	}
}

export const isResponseOf = <T extends QuestionType>(value: unknown, type: T): value is ResponseFor<T> =>
	responseProblem(value, type) === null;
