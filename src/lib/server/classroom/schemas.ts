// Request bodies of the classroom endpoints, validated at the edge. A response's shape is checked
// here as the engine's types say; whether it fits the question (an option it has, a blank it asks)
// is the machine's own guard.
import { z } from 'zod';

const id = z.string().min(1).max(200);
const text = z.string().max(2000);
const ids = z.array(id).max(200);
const idMap = z.record(id, text).refine((m) => Object.keys(m).length <= 200, 'at most 200 entries');

export const responseSchema = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('single-choice'), optionId: id }),
	z.strictObject({ type: z.literal('multiple-response'), optionIds: ids }),
	z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
	z.strictObject({ type: z.literal('ordering'), itemIds: ids }),
	z.strictObject({ type: z.literal('matching'), matches: idMap }),
	z.strictObject({ type: z.literal('numeric'), value: text }),
	z.strictObject({ type: z.literal('short-text'), text }),
	z.strictObject({ type: z.literal('cloze'), blanks: idMap })
]);

export const studentEventSchema = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('answer.change'), response: responseSchema, questionId: id.optional() }),
	z.strictObject({ type: z.literal('answer.clear') }),
	z.strictObject({
		type: z.literal('answer.certainty'),
		level: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()])
	}),
	z.strictObject({ type: z.literal('answer.check') }),
	z.strictObject({ type: z.literal('question.next') }),
	z.strictObject({ type: z.literal('question.prev') }),
	z.strictObject({ type: z.literal('question.goto'), index: z.number().int().min(0).max(10_000) }),
	z.strictObject({ type: z.literal('question.flag') }),
	z.strictObject({ type: z.literal('quiz.submit') }),
	z.strictObject({ type: z.literal('quiz.confirm') }),
	z.strictObject({ type: z.literal('quiz.cancel') })
]);

/** An idempotency key: whatever the client draws, within reason. */
export const idempotencyKey = z
	.string()
	.regex(/^[A-Za-z0-9_-]{8,64}$/, 'the key is 8 to 64 letters, digits, "-" or "_", new for each event');

export const studentEventBody = z.strictObject({ key: idempotencyKey, event: studentEventSchema });

/** Names are shown to the class: printable text, no markup tricks needed since pages escape it. */
export const displayName = z
	.string({ error: 'the name must be text' })
	.transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
	.pipe(
		z
			.string()
			.min(1, 'write the name the class knows you by')
			.max(40, 'the name is too long; use at most 40 characters')
			// eslint-disable-next-line no-control-regex
			.regex(/^[^\u0000-\u001f\u007f]*$/, 'the name has characters that cannot be shown')
	);

export const joinBody = z.strictObject({
	code: z.string({ error: 'the code must be text' }).max(40),
	name: displayName
});

export const paceSchema = z.enum(['self', 'instructor']);

export const startBody = z.strictObject({ setId: id, pace: paceSchema.default('self') });

export const controlBody = z.discriminatedUnion('action', [
	z.strictObject({ action: z.literal('close-joining') }),
	z.strictObject({ action: z.literal('open-joining') }),
	z.strictObject({ action: z.literal('end') }),
	z.strictObject({ action: z.literal('release') }),
	/** Instructor-paced: open a question for the class (the next one when no index is given). */
	z.strictObject({ action: z.literal('open-round'), index: z.number().int().min(0).max(10_000).optional() }),
	z.strictObject({ action: z.literal('close-round') }),
	z.strictObject({ action: z.literal('remove-student'), studentId: id })
]);

export type StartBody = z.output<typeof startBody>;
export type ControlAction = z.output<typeof controlBody>;
export type JoinBody = z.output<typeof joinBody>;
