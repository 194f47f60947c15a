// A pack made in the app as the files `npm run validate` reads from questions/<pack>/: pack.yaml,
// the article with its passage markers, one bank per topic and the pack's sets. Zipped under a
// folder named for the pack, so it unpacks straight into questions/.
import { strToU8, zipSync } from 'fflate';
import { stringify } from 'yaml';
import type { PackMeta, ParsedQuestion, SetFile } from '../content/schema';
import { setToYaml } from './set-yaml';
import { uniqueSlug } from './slug';

export type StoredMeta = Omit<PackMeta, 'article' | 'banks'>;

export interface PackFilesInput {
	meta: StoredMeta;
	/** The article with its `<!-- #id -->` markers. */
	article: string;
	/** The questions as written (bank form). */
	questions: readonly ParsedQuestion[];
	sets?: readonly SetFile[];
}

/** A question with the fields that only repeat a default left out, as a person would write it. */
export function tidyQuestion(q: ParsedQuestion): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(q)) {
		if (value === undefined) continue;
		if (Array.isArray(value) && value.length === 0 && key !== 'sources') continue;
		if (key === 'options' && Array.isArray(value)) {
			out.options = value.map((o: Record<string, unknown>) => {
				const { correct, ...rest } = o;
				return correct ? { ...rest, correct } : rest;
			});
			continue;
		}
		if (key === 'tolerance' && value === 0) continue;
		out[key] = value;
	}
	return out;
}

/** A bank file: the topic, then its questions. */
export function bankYaml(topic: string, questions: readonly ParsedQuestion[]): string {
	return stringify({ topic, questions: questions.map(tidyQuestion) }, { lineWidth: 0 });
}

/** File contents by path relative to the pack folder. */
export function packFiles(input: PackFilesInput): Record<string, string> {
	const { meta } = input;
	const first = meta.topics[0].id;
	const byTopic = new Map<string, ParsedQuestion[]>();
	for (const q of input.questions) {
		const topic = q.topic ?? first;
		byTopic.set(topic, [...(byTopic.get(topic) ?? []), q]);
	}
	// A pack lists at least one bank, so a pack with no questions yet gets an empty one.
	if (byTopic.size === 0) byTopic.set(first, []);
	const files: Record<string, string> = {};
	const banks: string[] = [];
	for (const [topic, questions] of byTopic) {
		const path = `banks/${topic}.yaml`;
		banks.push(path);
		// Questions naming their bank's topic need not repeat it.
		files[path] = bankYaml(
			topic,
			questions.map((q) => (q.topic === topic ? ({ ...q, topic: undefined } as ParsedQuestion) : q))
		);
	}
	const packYaml: Record<string, unknown> = {
		id: meta.id,
		title: meta.title,
		language: meta.language,
		...(meta.description ? { description: meta.description } : {}),
		source: meta.source,
		article: 'article.md',
		topics: meta.topics,
		banks
	};
	files['pack.yaml'] = stringify(packYaml, { lineWidth: 0 });
	files['article.md'] = input.article.endsWith('\n') ? input.article : `${input.article}\n`;
	const names = new Set<string>();
	for (const set of input.sets ?? []) files[`sets/${uniqueSlug(set.id, names)}.yaml`] = setToYaml(set);
	return files;
}

/** The files zipped in a folder named `folder`. */
export function zipFolder(folder: string, files: Record<string, string>): Uint8Array<ArrayBuffer> {
	const entries = Object.fromEntries(Object.entries(files).map(([path, text]) => [`${folder}/${path}`, strToU8(text)]));
	return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
