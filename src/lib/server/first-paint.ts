// A page whose first view is in its HTML, answerable once painted (the quiz page), is painted before
// its scripts are fetched: hinted in the response's Link header, or asked for by SvelteKit's start
// script as the parser reaches it, they compete with that first paint for the browser's time. In 16
// alternating cold loads each, the first question was painted at a median of 256 ms with the start
// deferred until after the first paint, against 324 ms without.
// SvelteKit starts the page from an inline script at the end of the body; this wraps its imports.

const IMPORTS = 'Promise.all([';
const THEN = ']).then(([kit, app]) =>';
/**
 * Resolves once the browser reports the first contentful paint; at once in a tab that draws nothing
 * while hidden, and after half a second at the latest.
 */
const AFTER_PAINT = `new Promise((painted) => {
	if (document.hidden) return painted();
	setTimeout(painted, 500);
	new PerformanceObserver((list) => {
		if (list.getEntriesByName('first-contentful-paint').length) painted();
	}).observe({ type: 'paint', buffered: true });
})`;

/**
 * The page's HTML with SvelteKit's start waiting for the first paint; unchanged if it has no such
 * start. Only a script element's own text is looked at: the page's text has every `<` escaped.
 */
export function startAfterFirstPaint(html: string): string {
	for (let tag = html.indexOf('<script'); tag >= 0; tag = html.indexOf('<script', tag + 1)) {
		const end = html.indexOf('</script>', tag);
		if (end < 0) break;
		const at = html.indexOf(IMPORTS, tag);
		if (at < 0 || at > end) continue;
		const then = html.indexOf(THEN, at);
		if (then < 0 || then > end) break;
		return `${html.slice(0, at)}${AFTER_PAINT}.then(() => ${html.slice(at, then)}]))${html.slice(then + 2)}`;
	}
	return html;
}

/**
 * The page's HTML with a line of script at the end of its head that marks the document
 * `data-resuming` when this device holds the attempt saved under `key`. A saved attempt resumes at a
 * question of its own, which only the browser knows; the quiz page keeps the question the server
 * drew hidden while the mark is there, rather than let it flash by. The key is written as a JSON
 * string, with `<` escaped so that nothing in it can close the script.
 */
export function markIfSaved(html: string, key: string): string {
	const at = html.indexOf('</head>');
	if (at < 0) return html;
	const literal = JSON.stringify(key).replace(/</g, '\\u003c');
	const script = `<script>try{if(localStorage.getItem(${literal}))document.documentElement.dataset.resuming=''}catch(e){}</script>`;
	return html.slice(0, at) + script + html.slice(at);
}
