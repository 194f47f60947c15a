// What a quiz machine starts from: a pack with settings and a seed for a new attempt, or a saved
// attempt to resume. A saved attempt that cannot be used gives way to a new attempt and a notice
// saying why, so the learner is never stuck on an error.
import type { Pack } from '../content/types';
import { freshContext, type Notice, type QuizContext } from './attempt';
import { newSeed } from './random';
import { restoreAttempt, type FindVersion } from './saved';
import { readSettings } from './settings';

export interface QuizInput {
	pack: Pack;
	/** Checked field by field; what cannot be read falls back to the default, with a notice. */
	settings?: unknown;
	/** Without one, a new seed is drawn. */
	seed?: string;
	/** A saved attempt (the object or its JSON text) to resume instead of starting anew. */
	saved?: unknown;
	/** Questions at the versions an old attempt answered, when the server keeps them. */
	findVersion?: FindVersion;
}

export function contextFromInput(input: QuizInput): QuizContext {
	const notices: Notice[] = [];
	if (input.saved !== undefined && input.saved !== null) {
		const restored = restoreAttempt(input.saved, input.pack, input.findVersion);
		if (restored.ok) return restored.context;
		notices.push({
			kind: 'restore-refused',
			questionId: null,
			message: `${restored.reason}; a new attempt has been started`
		});
	}
	const { settings, problems } = readSettings(input.settings);
	for (const message of problems) notices.push({ kind: 'settings', questionId: null, message });
	const seed = input.seed && /^[A-Za-z0-9_-]{1,64}$/.test(input.seed) ? input.seed : newSeed();
	return freshContext(input.pack, settings, seed, notices);
}
