import { getDb, HTTP_STATUS, listSets } from '$lib/server';
import { parseYaml } from '$lib/content/yaml';
import { error, fail, redirect } from '@sveltejs/kit';
import { draftFromQuestion, emptyDraft } from '$lib/instructor/draft';
import { requireUser } from '$lib/instructor/server/auth.server';
import { packForOwner } from '$lib/instructor/server/library.server';
import { removeQuestion, saveQuestion } from '$lib/instructor/server/questions.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = getDb();
	const owned = await packForOwner(db, user.id, event.params.pack);
	if (!owned.ok) error(HTTP_STATUS[owned.reason], owned.message);
	const { pack, authored, stored } = owned.value;
	const params = event.url.searchParams;
	const editing = authored.find((a) => a.id === params.get('edit')) ?? null;
	const sets = (await listSets(db, user.id))
		.filter((s) => s.packId === pack.id)
		.map((s) => ({ id: s.id, title: s.title }));
	const setId = params.get('set');
	return {
		pack: { id: pack.id, title: pack.title, own: !!stored, topics: pack.topics, passages: pack.passages },
		takenIds: pack.questions.map((q) => q.id).filter((id) => id !== editing?.body.id),
		mine: authored.map((a) => ({
			rowId: a.id,
			id: a.body.id,
			type: a.body.type,
			prompt: a.body.prompt,
			set: sets.find((s) => s.id === a.setId)?.title ?? null
		})),
		sets,
		setId: sets.some((s) => s.id === setId) ? setId : null,
		editing: editing ? { rowId: editing.id, id: editing.body.id } : null,
		draft: editing ? draftFromQuestion(editing.body) : emptyDraft(),
		saved: params.get('saved'),
		deleted: params.has('deleted'),
		created: params.has('created')
	};
};

function readBody(
	fd: FormData
): { ok: true; body: unknown } | { ok: false; errors: { path: string; message: string }[] } {
	if (fd.get('from') === 'yaml') {
		const text = fd.get('yaml');
		const f = parseYaml('question.yaml', typeof text === 'string' ? text : '');
		if (f.errors.length) {
			return {
				ok: false,
				errors: f.errors.map((e) => ({ path: '', message: `line ${e.line}, column ${e.column}: ${e.message}` }))
			};
		}
		// A bank's list of one question is taken as that question.
		const data = Array.isArray(f.data) && f.data.length === 1 ? f.data[0] : f.data;
		return { ok: true, body: data };
	}
	const json = fd.get('question');
	try {
		return { ok: true, body: JSON.parse(typeof json === 'string' ? json : '') as unknown };
	} catch {
		return { ok: false, errors: [{ path: '', message: 'the question did not arrive; write it as YAML instead' }] };
	}
}

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const fd = await event.request.formData();
		const text = (name: string) => {
			const v = fd.get(name);
			return typeof v === 'string' && v ? v : null;
		};
		const body = readBody(fd);
		const yaml = text('yaml') ?? '';
		if (!body.ok) return fail(400, { errors: body.errors, yaml });
		const saved = await saveQuestion(getDb(), user.id, {
			packId: event.params.pack,
			rowId: text('rowId'),
			setId: text('setId'),
			body: body.body
		});
		if (!saved.ok) {
			return fail(HTTP_STATUS[saved.reason], {
				errors: saved.issues?.length ? saved.issues : [{ path: '', message: saved.message }],
				yaml
			});
		}
		const setId = text('setId');
		redirect(
			303,
			`?saved=${encodeURIComponent(saved.value.body.id)}${setId ? `&set=${encodeURIComponent(setId)}` : ''}`
		);
	},

	delete: async (event) => {
		const user = requireUser(event);
		const rowId = (await event.request.formData()).get('rowId');
		const r = await removeQuestion(getDb(), user.id, typeof rowId === 'string' ? rowId : '');
		if (!r.ok) return fail(HTTP_STATUS[r.reason], { errors: [{ path: '', message: r.message }], yaml: '' });
		redirect(303, '?deleted');
	}
};
