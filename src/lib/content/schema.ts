// The shapes of a pack's files. Server, CLI and tests validate with these; the browser only ever
// imports the inferred types (erased at build time), so zod stays off the quiz pages.
import { z } from 'zod';

export const QUESTION_TYPES = [
	'single-choice',
	'multiple-response',
	'true-false',
	'ordering',
	'matching',
	'numeric',
	'short-text',
	'cloze'
] as const;

const slug = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens (e.g. "crocus-attack")');
const text = z.string().trim().min(1, 'must not be empty');

export const citationSchema = z.strictObject({
	passage: slug,
	quote: text
});

const common = {
	id: slug,
	topic: slug.optional(),
	difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
		error: 'difficulty is 1 (recall), 2 (understanding) or 3 (reasoning)'
	}),
	prompt: text,
	explanation: text,
	tags: z.array(slug).default([]),
	sources: z.array(citationSchema).default([]),
	// An imported question waits for its citation: allowed, but reported as a warning.
	uncited: z.boolean().optional(),
	// Why a key that does not appear in the cited words follows from them (a difference of dates…).
	derived: text.optional()
};

const optionId = z.string().regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, "-" or "_"');

const choiceOption = z.strictObject({
	id: optionId.optional(),
	text,
	correct: z.boolean().default(false),
	feedback: text.optional()
});

export const singleChoiceSchema = z.strictObject({
	...common,
	type: z.literal('single-choice'),
	options: z.array(choiceOption).min(2, 'needs at least 2 options')
});

export const multipleResponseSchema = z.strictObject({
	...common,
	type: z.literal('multiple-response'),
	options: z.array(choiceOption).min(2, 'needs at least 2 options')
});

export const trueFalseSchema = z.strictObject({
	...common,
	type: z.literal('true-false'),
	answer: z.boolean({ error: 'answer is true or false' }),
	// Shown to a learner who picked that value.
	feedback: z.strictObject({ true: text.optional(), false: text.optional() }).optional()
});

export const orderingSchema = z.strictObject({
	...common,
	type: z.literal('ordering'),
	// Listed in the correct order; the quiz shuffles them.
	items: z
		.array(z.strictObject({ id: optionId.optional(), text, feedback: text.optional() }))
		.min(3, 'needs at least 3 items to order')
});

export const matchingSchema = z.strictObject({
	...common,
	type: z.literal('matching'),
	pairs: z
		.array(z.strictObject({ id: optionId.optional(), left: text, right: text, feedback: text.optional() }))
		.min(2, 'needs at least 2 pairs'),
	// Extra right-hand choices that match nothing.
	distractors: z.array(text).default([])
});

export const numericSchema = z.strictObject({
	...common,
	type: z.literal('numeric'),
	answer: z.number({ error: 'answer must be a number' }),
	tolerance: z.number().default(0),
	unit: text.optional(),
	wrongAnswers: z.array(z.strictObject({ value: z.number(), feedback: text })).default([])
});

export const shortTextSchema = z.strictObject({
	...common,
	type: z.literal('short-text'),
	accepted: z.array(text).min(1, 'needs at least one accepted answer'),
	wrongAnswers: z.array(z.strictObject({ text, feedback: text })).default([])
});

export const clozeSchema = z.strictObject({
	...common,
	type: z.literal('cloze'),
	// The sentence, with each blank written {{blank-id}}.
	text,
	blanks: z
		.array(
			z.strictObject({
				id: optionId,
				accepted: z.array(text).min(1, 'needs at least one accepted answer'),
				// With choices the blank is a drop-down; without, the learner types.
				choices: z.array(text).optional(),
				feedback: text.optional()
			})
		)
		.min(1, 'needs at least one blank')
});

export const questionSchema = z.discriminatedUnion('type', [
	singleChoiceSchema,
	multipleResponseSchema,
	trueFalseSchema,
	orderingSchema,
	matchingSchema,
	numericSchema,
	shortTextSchema,
	clozeSchema
]);

export const bankSchema = z.strictObject({
	topic: slug,
	questions: z.array(z.unknown())
});

const nullableText = z.string().trim().nullable().default(null);

export const packMetaSchema = z.strictObject({
	id: slug,
	// The pack's own descriptive title; the source's own title, if it has one, is source.title.
	title: text,
	language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language tag such as "en"'),
	description: text.optional(),
	source: z.strictObject({
		title: nullableText,
		author: nullableText,
		publisher: nullableText,
		date: nullableText,
		url: nullableText,
		licence: nullableText,
		note: nullableText
	}),
	article: text.default('article.md'),
	topics: z
		.array(z.strictObject({ id: slug, title: text, description: text.optional() }))
		.min(1, 'declare at least one topic'),
	banks: z.array(text).min(1, 'list at least one bank file')
});

export type QuestionInput = z.input<typeof questionSchema>;
export type ParsedQuestion = z.output<typeof questionSchema>;
export type PackMeta = z.output<typeof packMetaSchema>;
export type Citation = z.output<typeof citationSchema>;

export const setSettingsSchema = z.strictObject({
	mode: z.enum(['practice', 'exam']).default('practice'),
	/** Minutes; null for no limit. */
	timeLimitMinutes: z.number().positive().nullable().default(null),
	/** How many attempts a learner may make; null for unlimited. */
	attempts: z.number().int().positive().nullable().default(null),
	shuffleQuestions: z.boolean().default(true),
	shuffleOptions: z.boolean().default(true),
	/** When feedback is shown: after each answer, at the end, or never (score only). */
	feedback: z.enum(['immediate', 'end', 'never']).default('immediate'),
	/** Retries per question in practice mode before the key is shown. */
	retries: z.number().int().min(0).default(0),
	certainty: z.boolean().default(false)
});

export const setDrawSchema = z.strictObject({
	count: z.number().int().positive(),
	topics: z.array(slug).default([]),
	types: z.array(z.enum(QUESTION_TYPES)).default([]),
	difficulty: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).default([]),
	tags: z.array(slug).default([])
});

/**
 * A question set: questions picked from a pack's banks (by id), optionally "N drawn at random"
 * from a filter, and questions written for the set itself (authored or imported).
 */
export const setFileSchema = z.strictObject({
	id: slug,
	title: text,
	pack: slug,
	description: text.optional(),
	/** The topic of new questions that name none. */
	topic: slug.optional(),
	settings: setSettingsSchema.default(() => setSettingsSchema.parse({})),
	questions: z.array(slug).default([]),
	draw: setDrawSchema.optional(),
	newQuestions: z.array(z.unknown()).default([])
});

export type SetSettings = z.output<typeof setSettingsSchema>;
export type SetFile = z.output<typeof setFileSchema>;
