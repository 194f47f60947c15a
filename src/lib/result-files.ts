// A finished attempt as files a learner keeps or a teacher collects: JSON with everything, CSV with
// a row per question.
import type { QuizView } from '$lib/quiz/view';

export function resultJson(view: QuizView, packId: string): string {
	const r = view.results;
	if (!r) throw new Error('the attempt is not finished');
	return JSON.stringify(
		{
			app: 'footnote',
			kind: 'result',
			formatVersion: 1,
			pack: packId,
			seed: view.seed,
			settings: view.settings,
			finishedBy: view.finishedBy,
			points: r.points,
			max: r.max,
			percent: r.percent,
			certainty: r.certainty,
			timeMs: r.timeMs,
			byTopic: r.byTopic,
			byDifficulty: r.byDifficulty,
			byPassage: r.byPassage,
			questions: (view.review ?? []).map((q) => ({
				id: q.question.id,
				version: q.reveal?.version ?? null,
				topic: q.question.topic,
				difficulty: q.question.difficulty,
				status: q.reveal?.result.status ?? null,
				points: q.reveal?.result.points ?? 0,
				max: q.reveal?.result.max ?? 1,
				certainty: q.certainty,
				response: q.response,
				key: q.reveal?.key ?? null,
				citations: q.reveal?.citations ?? []
			}))
		},
		null,
		2
	);
}

const cell = (v: unknown): string => {
	const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
	// Quote every field, double inner quotes, and defuse spreadsheet formulas (=, +, -, @).
	return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

export function resultCsv(view: QuizView): string {
	const header = ['question', 'topic', 'difficulty', 'status', 'points', 'max', 'certainty', 'response', 'key'];
	const rows = (view.review ?? []).map((q) => [
		q.question.id,
		q.question.topic,
		q.question.difficulty,
		q.reveal?.result.status ?? '',
		q.reveal?.result.points ?? 0,
		q.reveal?.result.max ?? 1,
		q.certainty ?? '',
		q.response,
		q.reveal?.key ?? null
	]);
	return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
