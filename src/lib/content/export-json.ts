// The JSON export: a public interface (documented in the README), so its shape is spelled out
// field by field here rather than left to whatever the internal types happen to hold.
import type { Pack, Question } from './types';

export const JSON_FORMAT_VERSION = 1;

export function exportJson(packs: Pack[]) {
	return {
		formatVersion: JSON_FORMAT_VERSION,
		packs: packs.map((p) => ({
			id: p.id,
			title: p.title,
			language: p.language,
			source: p.source,
			topics: p.topics.map((t) => ({ id: t.id, title: t.title, description: t.description ?? null })),
			passages: p.passages.map((x) => ({ id: x.id, section: x.section, text: x.text })),
			questions: p.questions.map(exportQuestion)
		}))
	};
}

export function exportQuestion(q: Question) {
	return {
		id: q.id,
		type: q.type,
		topic: q.topic,
		difficulty: q.difficulty,
		tags: q.tags,
		prompt: q.prompt,
		...typeFields(q),
		explanation: q.explanation,
		sources: q.sources.map((s) => ({ passage: s.passage, quote: s.quote })),
		uncited: q.uncited ?? false,
		derived: q.derived ?? null,
		version: q.version
	};
}

function typeFields(q: Question) {
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			return {
				options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, feedback: o.feedback ?? null }))
			};
		case 'true-false':
			return { answer: q.answer, feedback: { true: q.feedback?.true ?? null, false: q.feedback?.false ?? null } };
		case 'ordering':
			return { items: q.items.map((i) => ({ id: i.id, text: i.text, feedback: i.feedback ?? null })) };
		case 'matching':
			return {
				pairs: q.pairs.map((p) => ({ id: p.id, left: p.left, right: p.right, feedback: p.feedback ?? null })),
				distractors: q.distractors
			};
		case 'numeric':
			return { answer: q.answer, tolerance: q.tolerance, unit: q.unit ?? null, wrongAnswers: q.wrongAnswers };
		case 'short-text':
			return { accepted: q.accepted, wrongAnswers: q.wrongAnswers };
		case 'cloze':
			return {
				text: q.text,
				blanks: q.blanks.map((b) => ({
					id: b.id,
					accepted: b.accepted,
					choices: b.choices ?? null,
					feedback: b.feedback ?? null
				}))
			};
	}
}
