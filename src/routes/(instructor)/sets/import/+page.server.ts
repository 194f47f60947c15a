import { getDb, HTTP_STATUS } from '$lib/server';
import { fail } from '@sveltejs/kit';
import type { ReportEntry } from '$lib/formats';
import {
	FORMAT_NAMES,
	importFormSchema,
	MAX_IMPORT_BYTES,
	planImport,
	readSource,
	saveImport,
	type ImportSource
} from '$lib/instructor/interchange';
import { requireUser } from '$lib/instructor/server/auth.server';
import { formObject } from '$lib/instructor/server/forms.server';
import { packChoices, packForOwner } from '$lib/instructor/server/library.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const packs = await packChoices(getDb(), user.id);
	const asked = event.url.searchParams.get('pack');
	return { packs, pack: packs.some((p) => p.id === asked) ? asked : (packs[0]?.id ?? null) };
};

interface Kept {
	pack?: string;
	format?: string;
	text?: string;
}

// Pasted text comes back with a refusal, so nothing typed is lost; a file is simply chosen again.
const refuse = (status: number, message: string, kept: Kept = {}, report: ReportEntry[] = []) =>
	fail(status, { message, report, pack: kept.pack ?? '', format: kept.format ?? 'auto', text: kept.text ?? '' });

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		let fd: FormData;
		try {
			fd = await event.request.formData();
		} catch (e) {
			// The server stops reading a body over its limit before the file can be looked at.
			if ((e as { status?: number }).status === 413) {
				const mb = MAX_IMPORT_BYTES / (1024 * 1024);
				const why = e instanceof Error ? ` (${e.message.replace(/\.$/, '')})` : '';
				return refuse(
					413,
					`the upload is larger than this server accepts${why}: split the file, or start the server with BODY_SIZE_LIMIT=3M to import files of up to ${mb} MB`
				);
			}
			return refuse(400, 'the form did not arrive whole: choose the file again and import');
		}
		const fields = formObject(fd);
		const parsed = importFormSchema.safeParse(fields);
		if (!parsed.success) return refuse(400, parsed.error.issues.map((i) => i.message).join('; '), fields);
		const form = parsed.data;
		const file = fd.get('file');
		// A form with no file chosen still sends an empty, nameless file part.
		const source: ImportSource =
			file instanceof File && (file.size > 0 || file.name)
				? { name: file.name || 'the uploaded file', bytes: new Uint8Array(await file.arrayBuffer()) }
				: { name: null, text: form.text };
		const read = readSource(source);
		if (!read.ok) return refuse(400, read.message, form);

		const db = getDb();
		const owned = await packForOwner(db, user.id, form.pack);
		if (!owned.ok) return refuse(HTTP_STATUS[owned.reason], owned.message, form);
		const planned = planImport({ text: read.text, name: read.name, format: form.format, pack: owned.value.pack });
		if (!planned.ok) return refuse(400, planned.message, form, planned.report);
		const { plan } = planned;
		const saved = await saveImport(db, user.id, plan);
		if (!saved.ok) return refuse(HTTP_STATUS[saved.reason], saved.message, form, plan.report);
		return {
			imported: {
				setId: saved.value.set.id,
				title: saved.value.set.title,
				file: read.name ?? 'the pasted text',
				format: FORMAT_NAMES[plan.format],
				detected: plan.detected,
				count: plan.questions.length,
				uncited: plan.questions.filter((q) => q.uncited).length
			},
			report: plan.report,
			pack: form.pack,
			format: form.format
		};
	}
};
