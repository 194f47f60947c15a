// Which interchange format a file is in, from its content: Moodle files are often named `.txt`.

/** GIFT when it has answer blocks `{…}`, titles or categories; Aiken when it has `ANSWER:` lines after options. */
export function detectFormat(text: string): 'gift' | 'aiken' | null {
	const lines = text
		.replace(/^\uFEFF/, '')
		.split(/\r\n?|\n/)
		.map((l) => l.trim())
		.filter((l) => l !== '' && !l.startsWith('//'));
	let answers = 0;
	let options = 0;
	for (const l of lines) {
		if (/^ANSWER:\s*[A-Z]/.test(l)) answers++;
		else if (/^[A-Z][).]/.test(l)) options++;
	}
	const body = lines.join('\n').replace(/\\[\\{}]/g, '');
	const blocks = (body.match(/\{[^{}]*\}/g) ?? []).length;
	const giftMarks = lines.filter((l) => l.startsWith('::') || l.startsWith('$CATEGORY:')).length;
	if (answers > 0 && options >= 2 * answers && answers >= blocks) return 'aiken';
	if (blocks > 0 || giftMarks > 0) return 'gift';
	return null;
}
