// The packs the app serves, loaded and validated once per process. Content with errors stops the
// server (and the build) with the validator's own lines, rather than serving a broken quiz.
import { loadRepository } from '$lib/content/disk';
import { formatProblem, hasErrors } from '$lib/content/problems';
import type { Pack } from '$lib/content/types';
import { error } from '@sveltejs/kit';

let cache: Map<string, Pack> | null = null;

export function packs(): Map<string, Pack> {
	if (cache) return cache;
	const repo = loadRepository(process.env.FOOTNOTE_QUESTIONS_DIR ?? 'questions');
	if (hasErrors(repo.problems)) {
		const lines = repo.problems.filter((p) => p.severity === 'error').map(formatProblem);
		throw new Error(`the question packs have errors (npm run validate):\n${lines.join('\n')}`);
	}
	cache = new Map(repo.packs.map((p) => [p.id, p]));
	return cache;
}

/** Prerender entries for routes under /packs/[pack]. */
export const packEntries = () => [...packs().keys()].map((pack) => ({ pack }));

export function packOr404(id: string): Pack {
	const pack = packs().get(id);
	if (!pack) error(404, `There is no pack "${id}".`);
	return pack;
}

/** What a list of packs needs, without passages and questions. */
export function packSummaries() {
	return [...packs().values()].map((p) => ({
		id: p.id,
		title: p.title,
		description: p.description ?? null,
		language: p.language,
		topics: p.topics,
		questionCount: p.questions.length,
		countsByTopic: Object.fromEntries(p.topics.map((t) => [t.id, p.questions.filter((q) => q.topic === t.id).length]))
	}));
}
