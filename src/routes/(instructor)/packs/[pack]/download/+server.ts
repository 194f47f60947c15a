import { getDb, HTTP_STATUS, listSets, getSet } from '$lib/server';
import type { SetFile } from '$lib/content/schema';
import { error } from '@sveltejs/kit';
import { bankYaml, packFiles, zipFolder } from '$lib/instructor/pack-files';
import { requireUser } from '$lib/instructor/server/auth.server';
import { packForOwner } from '$lib/instructor/server/library.server';
import type { RequestHandler } from './$types';

export const prerender = false;

/**
 * Your own pack as the files `npm run validate` reads (a zip with pack.yaml, article.md, banks and
 * sets); on a pack of the repository, the questions you wrote for it as one bank file to add.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const owned = await packForOwner(db, user.id, event.params.pack);
	if (!owned.ok) error(HTTP_STATUS[owned.reason], owned.message);
	const { stored, authored, pack } = owned.value;
	if (!stored) {
		const file = `${user.username}-questions.yaml`;
		return new Response(
			bankYaml(
				pack.topics[0].id,
				authored.map((a) => a.body)
			),
			{
				headers: {
					'content-type': 'application/yaml; charset=utf-8',
					'content-disposition': `attachment; filename="${file}"`
				}
			}
		);
	}
	const sets: SetFile[] = [];
	for (const summary of await listSets(db, user.id)) {
		if (summary.packId !== stored.id) continue;
		const set = await getSet(db, summary.id);
		if (set) sets.push(set.body);
	}
	const files = packFiles({ meta: stored.meta, article: stored.article, questions: authored.map((a) => a.body), sets });
	return new Response(zipFolder(stored.id, files), {
		headers: {
			'content-type': 'application/zip',
			'content-disposition': `attachment; filename="${stored.id}.zip"`
		}
	});
};
