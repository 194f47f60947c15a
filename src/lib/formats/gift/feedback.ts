// A question's explanation and citations as GIFT general feedback, and back. Each citation is a last
// line `Source: [passage-id] "quote"`, which reads well in Moodle and which the importer turns back
// into the question's sources.
import type { Citation } from '../../content/types';
import { escapeMarkdown, readableText } from '../text/escape';

/** Written by hand in an HTML field, the brackets arrive escaped (`\[…\]`): both are read. */
const SOURCE = /^Source: \\?\[([a-z0-9][a-z0-9-]*)\\?\] "(.*)"$/;

export function writeGeneralFeedback(explanation: string, sources: readonly Citation[]): string {
	if (sources.length === 0) return explanation;
	// A passage is one paragraph with its lines joined, so a quote that is really in it has no line
	// break; one that has would break the line it is written on.
	const lines = sources.map((s) => `Source: [${s.passage}] "${escapeMarkdown(s.quote.replace(/\s*\n\s*/g, ' '))}"`);
	return `${explanation}\n\n${lines.join('\n')}`;
}

export function readGeneralFeedback(subset: string): { explanation: string; sources: Citation[] } {
	if (!subset.includes('Source: ')) return { explanation: subset.trim(), sources: [] };
	const lines = subset.split('\n');
	const sources: Citation[] = [];
	while (lines.length) {
		const m = SOURCE.exec(lines[lines.length - 1].trim());
		if (!m) break;
		const quote = readableText(m[2]).trim();
		if (quote) sources.unshift({ passage: m[1], quote });
		lines.pop();
	}
	return { explanation: lines.join('\n').trim(), sources };
}
