import { error } from '@sveltejs/kit';
import { sharedSet } from '$lib/instructor/server/shared.server';
import type { PageServerLoad } from './$types';

export const prerender = false;

export const load: PageServerLoad = async ({ params }) => {
	const shared = await sharedSet(params.code);
	if (!shared) error(404, 'There is no set with this code.');
	const { pack } = shared;
	return {
		code: shared.set.code,
		setTitle: shared.set.title,
		pack: { title: pack.title, language: pack.language, source: pack.source },
		passages: pack.passages
	};
};
