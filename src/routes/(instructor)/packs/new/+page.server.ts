import { formatArticle } from '$lib/content/article';
import { createPack, getDb, HTTP_STATUS } from '$lib/server';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { splitArticle } from '$lib/instructor/article-split';
import { packMetaFromForm } from '$lib/instructor/pack-form';
import { requireUser } from '$lib/instructor/server/auth.server';
import { formIssues, formObject } from '$lib/instructor/server/forms.server';
import { reservedPackIds } from '$lib/instructor/server/library.server';
import type { Actions, PageServerLoad } from './$types';

const field = (max: number) => z.string().max(max, `at most ${max} characters`).default('');

const packForm = z.object({
	title: field(200),
	id: field(64),
	language: field(35),
	description: field(2000),
	sourceTitle: field(300),
	author: field(300),
	publisher: field(300),
	date: field(100),
	url: field(2000),
	licence: field(300),
	topics: field(5000),
	article: field(200_000)
});

export const load: PageServerLoad = (event) => {
	requireUser(event);
	return {};
};

async function read(request: Request) {
	const fd = await request.formData();
	const fields = formObject(fd);
	const file = fd.get('articleFile');
	if (file instanceof File && file.size > 0) fields.article = await file.text();
	return fields;
}

export const actions: Actions = {
	preview: async (event) => {
		requireUser(event);
		const fields = await read(event.request);
		const split = splitArticle(fields.article ?? '');
		return { fields, passages: split.passages, errors: split.problems.map(articleIssue) };
	},

	create: async (event) => {
		const user = requireUser(event);
		const fields = await read(event.request);
		const parsed = packForm.safeParse(fields);
		if (!parsed.success) return fail(400, { fields, passages: [], errors: formIssues(parsed.error, fields) });
		const split = splitArticle(parsed.data.article);
		const meta = packMetaFromForm({ ...parsed.data, title: parsed.data.title || split.title || '' });
		if (split.problems.length) {
			return fail(400, { fields, passages: split.passages, errors: split.problems.map(articleIssue) });
		}
		const created = await createPack(
			getDb(),
			user.id,
			{ meta, article: formatArticle(split.passages) },
			{ reservedIds: reservedPackIds() }
		);
		if (!created.ok) {
			const errors = created.issues?.length
				? created.issues
				: [{ path: created.reason === 'conflict' ? 'meta.id' : '', message: created.message }];
			return fail(HTTP_STATUS[created.reason], { fields, passages: split.passages, errors });
		}
		redirect(303, `/packs/${created.value.id}/author?created`);
	}
};

function articleIssue(p: { line: number; column: number; message: string }) {
	return { path: 'article', message: `line ${p.line}, column ${p.column}: ${p.message}` };
}
