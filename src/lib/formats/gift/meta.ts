// What a GIFT comment carries. Moodle reads `[id:…]` and `[tag:…]` from a question's comment lines;
// Footnote adds one line of its own, `// footnote: {…}`, for what GIFT has no place for (difficulty,
// topic, the ids of options and blanks, a unit, a "derived" note, the feedback of matching pairs).
// Moodle ignores that line.

export interface FootnoteMeta {
	difficulty?: 1 | 2 | 3;
	topic?: string;
	/** Ids of the options or pairs, in order, when they are not the ones made from their text. */
	ids?: string[];
	/** The id of a one-blank cloze's blank. */
	blank?: string;
	unit?: string;
	derived?: string;
	/** Feedback of each pair of a matching question, in order (GIFT has none). */
	pairFeedback?: (string | null)[];
}

export interface CommentData {
	idNumber?: string;
	tags: string[];
	meta: FootnoteMeta;
	/** Parts of the `footnote:` line that could not be used, in words. */
	problems: string[];
}

const ID = /\[id:((?:\\\]|[^\]\p{Cc}])+)\]/u;
const TAG = /\[tag:((?:\\\]|[^\]<>\p{Cc}])*)\]/gu;
const META = /^\/\/\s*footnote:\s*(.*)$/;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const OPTION_ID = /^[A-Za-z0-9_-]+$/;

export function readComments(comments: string[]): CommentData {
	if (comments.length === 0) return { tags: [], meta: {}, problems: [] };
	const text = comments.join('\n');
	const idMatch = ID.exec(text);
	const tags = [...text.matchAll(TAG)].map((m) => m[1].replace(/\\\]/g, ']').trim()).filter(Boolean);
	const out: CommentData = { tags, meta: {}, problems: [] };
	if (idMatch) out.idNumber = idMatch[1].replace(/\\\]/g, ']').trim();
	for (const line of comments) {
		const m = META.exec(line.trim());
		if (m) readMeta(m[1], out);
	}
	return out;
}

function readMeta(json: string, out: CommentData): void {
	const parsed = parseObject(json);
	if (!parsed) {
		out.problems.push(`the "footnote:" comment is not a JSON object: ${json.slice(0, 60)}`);
		return;
	}
	const m = out.meta;
	for (const [key, value] of Object.entries(parsed)) {
		if (key === 'difficulty' && (value === 1 || value === 2 || value === 3)) m.difficulty = value;
		else if (key === 'topic' && typeof value === 'string' && SLUG.test(value)) m.topic = value;
		else if (key === 'blank' && typeof value === 'string' && OPTION_ID.test(value)) m.blank = value;
		else if ((key === 'unit' || key === 'derived') && typeof value === 'string' && value.trim()) m[key] = value;
		else if (
			key === 'ids' &&
			Array.isArray(value) &&
			value.every((v): v is string => typeof v === 'string' && OPTION_ID.test(v))
		)
			m.ids = value;
		else if (
			key === 'pairFeedback' &&
			Array.isArray(value) &&
			value.every((v): v is string | null => v === null || (typeof v === 'string' && v.trim() !== ''))
		)
			m.pairFeedback = value;
		else out.problems.push(`the "footnote:" comment's ${key} = ${JSON.stringify(value)} was not used`);
	}
}

function parseObject(text: string): Record<string, unknown> | null {
	try {
		const v: unknown = JSON.parse(text);
		return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

export function writeMeta(meta: FootnoteMeta): string {
	return `// footnote: ${JSON.stringify(meta)}`;
}
