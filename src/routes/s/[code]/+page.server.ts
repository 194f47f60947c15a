import { error } from '@sveltejs/kit';
import { sharedSet } from '$lib/instructor/server/shared.server';
import { describeSetSize } from '$lib/instructor/set-quiz';
import type { PageServerLoad } from './$types';

// A shared set is read from the database when it is opened: never prerendered.
export const prerender = false;

export const load: PageServerLoad = async ({ params }) => {
	const shared = await sharedSet(params.code);
	if (!shared) error(404, 'There is no set with this code. Check the link, or ask for a new one.');
	const { set, pack, settings } = shared;
	return {
		code: set.code,
		set: {
			title: set.title,
			description: set.body.description ?? null,
			size: describeSetSize(set.body),
			attempts: set.body.settings.attempts,
			feedback: set.body.settings.feedback,
			mode: set.body.settings.mode,
			timeLimitMinutes: set.body.settings.timeLimitMinutes,
			certainty: set.body.settings.certainty
		},
		pack,
		settings
	};
};
