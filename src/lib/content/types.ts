// The validated, normalised shapes every part of Footnote works with. These are plain types so the
// browser can import them without pulling in the validator.

export type QuestionType =
	'single-choice' | 'multiple-response' | 'true-false' | 'ordering' | 'matching' | 'numeric' | 'short-text' | 'cloze';

export interface Citation {
	passage: string;
	quote: string;
}

export interface Passage {
	id: string;
	/** The heading above the passage, or null before the first heading. */
	section: string | null;
	/** The paragraph exactly as in the article. */
	text: string;
}

export interface Topic {
	id: string;
	title: string;
	description?: string;
}

export interface SourceInfo {
	title: string | null;
	author: string | null;
	publisher: string | null;
	date: string | null;
	url: string | null;
	licence: string | null;
	note: string | null;
}

interface QuestionBase {
	id: string;
	topic: string;
	difficulty: 1 | 2 | 3;
	prompt: string;
	explanation: string;
	tags: string[];
	sources: Citation[];
	uncited?: boolean;
	derived?: string;
	/** Content hash of prompt, options and key: tells an edited question from the one answered. */
	version: string;
}

export interface ChoiceOption {
	id: string;
	text: string;
	correct: boolean;
	feedback?: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
	type: 'single-choice';
	options: ChoiceOption[];
}

export interface MultipleResponseQuestion extends QuestionBase {
	type: 'multiple-response';
	options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionBase {
	type: 'true-false';
	answer: boolean;
	feedback?: { true?: string; false?: string };
}

export interface OrderingItem {
	id: string;
	text: string;
	feedback?: string;
}

export interface OrderingQuestion extends QuestionBase {
	type: 'ordering';
	/** In the correct order. */
	items: OrderingItem[];
}

export interface MatchingPair {
	id: string;
	left: string;
	right: string;
	feedback?: string;
}

export interface MatchingQuestion extends QuestionBase {
	type: 'matching';
	pairs: MatchingPair[];
	distractors: string[];
}

export interface NumericQuestion extends QuestionBase {
	type: 'numeric';
	answer: number;
	tolerance: number;
	unit?: string;
	wrongAnswers: { value: number; feedback: string }[];
}

export interface ShortTextQuestion extends QuestionBase {
	type: 'short-text';
	accepted: string[];
	wrongAnswers: { text: string; feedback: string }[];
}

export interface ClozeBlank {
	id: string;
	accepted: string[];
	choices?: string[];
	feedback?: string;
}

export interface ClozeQuestion extends QuestionBase {
	type: 'cloze';
	/** The sentence with each blank written {{blank-id}}. */
	text: string;
	blanks: ClozeBlank[];
}

export type Question =
	| SingleChoiceQuestion
	| MultipleResponseQuestion
	| TrueFalseQuestion
	| OrderingQuestion
	| MatchingQuestion
	| NumericQuestion
	| ShortTextQuestion
	| ClozeQuestion;

export interface Pack {
	id: string;
	title: string;
	language: string;
	description?: string;
	source: SourceInfo;
	topics: Topic[];
	passages: Passage[];
	questions: Question[];
}
