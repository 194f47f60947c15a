// A new pack's metadata from the fields of the "your own article" form. Ids are made from titles
// when none is typed; what is left empty stays empty (null), never invented.
import { slugify, uniqueSlug } from './slug';

export interface PackFormFields {
	title: string;
	id: string;
	language: string;
	description: string;
	sourceTitle: string;
	author: string;
	publisher: string;
	date: string;
	url: string;
	licence: string;
	/** One topic title per line. */
	topics: string;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function topicsFromLines(text: string): { id: string; title: string }[] {
	const taken = new Set<string>();
	const topics = text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean)
		.map((title) => ({ id: uniqueSlug(slugify(title, 40) || 'topic', taken), title }));
	return topics.length ? topics : [{ id: 'general', title: 'General' }];
}

export function packMetaFromForm(f: PackFormFields) {
	return {
		id: f.id.trim() || slugify(f.title, 48),
		title: f.title,
		language: f.language.trim() || 'en',
		...(f.description.trim() ? { description: f.description.trim() } : {}),
		source: {
			title: orNull(f.sourceTitle),
			author: orNull(f.author),
			publisher: orNull(f.publisher),
			date: orNull(f.date),
			url: orNull(f.url),
			licence: orNull(f.licence),
			note: null
		},
		topics: topicsFromLines(f.topics)
	};
}
