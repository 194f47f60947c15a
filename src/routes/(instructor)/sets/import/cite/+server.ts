import { getDb, HTTP_STATUS } from '$lib/server';
import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { citeLink } from '$lib/instructor/interchange';
import { requireUser } from '$lib/instructor/server/auth.server';
import type { RequestHandler } from './$types';

export const prerender = false;

const query = z.object({
	set: z.string({ error: 'name the set with ?set=' }).min(1, 'name the set with ?set='),
	question: z.string({ error: 'name the question with ?question=' }).min(1, 'name the question with ?question=')
});

/** A question of a set, opened in the authoring page to add the citations it lacks. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const params = Object.fromEntries(event.url.searchParams);
	const parsed = query.safeParse(params);
	if (!parsed.success) error(400, parsed.error.issues.map((i) => i.message).join('; '));
	const link = await citeLink(getDb(), user.id, parsed.data.set, parsed.data.question);
	if (!link.ok) error(HTTP_STATUS[link.reason], link.message);
	redirect(303, link.value);
};
