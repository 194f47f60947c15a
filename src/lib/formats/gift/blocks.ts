// A GIFT file as Moodle reads it: questions are separated by blank lines, every line is trimmed,
// and a line starting with `//` is a comment.

export interface GiftBlock {
	/** The line where the question's own text starts (after its comments). */
	line: number;
	/** The question's lines, trimmed and joined with "\n", without its comment lines. */
	text: string;
	comments: string[];
}

export function splitBlocks(source: string): GiftBlock[] {
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
	const blocks: GiftBlock[] = [];
	let text: string[] = [];
	let comments: string[] = [];
	let start = 0;
	const end = () => {
		if (text.length) blocks.push({ line: start, text: text.join('\n'), comments });
		text = [];
		comments = [];
		start = 0;
	};
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (line === '') end();
		else if (line.startsWith('//')) comments.push(line);
		else {
			if (!start) start = i + 1;
			text.push(line);
		}
	});
	end();
	return blocks;
}
