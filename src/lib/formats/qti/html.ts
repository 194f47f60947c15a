// The app's Markdown subset as XHTML for QTI item bodies: the same nodes the pages render, written
// as `em`, `strong`, `a` and `br`, every piece of text escaped.
import { parseMarkdown, plainText, type MdNode } from '../../content/markdown';
import { xmlAttr, xmlText } from './xml';

function nodes(list: MdNode[], slot?: (text: string) => string): string {
	return list
		.map((n) => {
			switch (n.kind) {
				case 'text':
					return slot ? slot(n.text) : xmlText(n.text);
				case 'br':
					return '<br/>';
				case 'em':
				case 'strong':
					return `<${n.kind}>${nodes(n.children, slot)}</${n.kind}>`;
				case 'link':
					return `<a href="${xmlAttr(n.href)}">${nodes(n.children, slot)}</a>`;
			}
		})
		.join('');
}

/** Inline XHTML. `slot` writes each run of text, so a caller can put interactions inside it. */
export function inline(markdown: string, slot?: (text: string) => string): string {
	return nodes(parseMarkdown(markdown), slot);
}

export function plain(markdown: string): string {
	return xmlText(plainText(markdown));
}
