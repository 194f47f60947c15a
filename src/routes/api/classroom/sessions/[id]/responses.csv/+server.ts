import { classroom } from '$lib/server/classroom/app.server';
import { refusalResponse, signedIn } from '$lib/server/classroom';
import type { RequestHandler } from './$types';

export const prerender = false;

/** Every response and score: one row per student and question. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = signedIn(locals);
	if (user instanceof Response) return user;
	const file = await classroom().csv(user.id, params.id);
	if (!file.ok) return refusalResponse(file);
	return new Response(file.value.body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${file.value.filename}"`,
			'cache-control': 'no-store'
		}
	});
};
