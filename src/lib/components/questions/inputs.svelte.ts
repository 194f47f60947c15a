// The input of each question type, loaded when a question of that type is first shown, so a quiz
// page ships only the input its first question needs; the rest follow right after.
import type { QuestionType } from '$lib/content/types';
import type ChoiceInput from './ChoiceInput.svelte';
import type TrueFalseInput from './TrueFalseInput.svelte';
import type OrderingInput from './OrderingInput.svelte';
import type MatchingInput from './MatchingInput.svelte';
import type TextInput from './TextInput.svelte';
import type ClozeInput from './ClozeInput.svelte';

export interface Inputs {
	choice: typeof ChoiceInput;
	trueFalse: typeof TrueFalseInput;
	ordering: typeof OrderingInput;
	matching: typeof MatchingInput;
	text: typeof TextInput;
	cloze: typeof ClozeInput;
}

type Kind = keyof Inputs;

const KIND: Record<QuestionType, Kind> = {
	'single-choice': 'choice',
	'multiple-response': 'choice',
	'true-false': 'trueFalse',
	ordering: 'ordering',
	matching: 'matching',
	numeric: 'text',
	'short-text': 'text',
	cloze: 'cloze'
};

const LOADERS: { [K in Kind]: () => Promise<{ default: Inputs[K] }> } = {
	choice: () => import('./ChoiceInput.svelte'),
	trueFalse: () => import('./TrueFalseInput.svelte'),
	ordering: () => import('./OrderingInput.svelte'),
	matching: () => import('./MatchingInput.svelte'),
	text: () => import('./TextInput.svelte'),
	cloze: () => import('./ClozeInput.svelte')
};

/** The inputs loaded so far; components re-render as more arrive. */
export const inputs: Partial<Inputs> = $state({});

export async function loadInput(type: QuestionType): Promise<void> {
	const kind = KIND[type];
	if (inputs[kind]) return;
	const m = await LOADERS[kind]();
	(inputs as Record<Kind, unknown>)[kind] = m.default;
}

/** Every input, for pages that will show any type next (after the first question is on screen). */
export const loadAllInputs = () => Promise.all((Object.keys(KIND) as QuestionType[]).map(loadInput));
