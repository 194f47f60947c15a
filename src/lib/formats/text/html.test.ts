import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './html';

describe('htmlToMarkdown', () => {
	it.each([
		['<p>The sun rises in which direction?</p>', 'The sun rises in which direction?'],
		['What planet did <em>you</em> grow up on?', 'What planet did *you* grow up on?'],
		['<b>Awesome!</b>', '**Awesome!**'],
		['<i>a</i><strong> b </strong>c', '*a* **b** c'],
		['<em><strong>Dos.</strong> Igualmente</em>', '_**Dos.** Igualmente_'],
		['<strong><em>both</em></strong>', '**_both_**'],
		['see <a href="https://moodle.org/x?a=1&amp;b=2">the docs</a>', 'see [the docs](https://moodle.org/x?a=1&b=2)'],
		['<a href="http://x.org/a b(c)">x</a>', '[x](http://x.org/a%20b%28c%29)'],
		['line<br>two<br/>three', 'line\ntwo\nthree'],
		['<p>one</p>\n<p>two</p>', 'one\n\ntwo'],
		['<ul><li>one</li><li>two</li></ul><p>after</p>', '• one\n• two\n\nafter'],
		['a &lt;b&gt; &amp; &eacute;&#233;&#xE9; &nosuch;', 'a <b> & ééé &nosuch;'],
		['5*3 and _x_ and [y]', '5\\*3 and \\_x\\_ and \\[y\\]'],
		['spaces   and\n\ttabs', 'spaces and tabs'],
		['<p><!-- a comment --> kept</p>', 'kept'],
		['<script>alert(1)</script>safe', 'safe'],
		['unclosed <b>bold', 'unclosed **bold**'],
		['stray </i> close', 'stray close'],
		['a < b and c > d', 'a < b and c > d'],
		['<pre>keep\n  lines</pre>', 'keep\nlines'],
		['<h3>Heading</h3>text', '**Heading**\n\ntext']
	])('%j becomes %j', (html, markdown) => {
		expect(htmlToMarkdown(html).text).toBe(markdown);
	});

	it('keeps the words of links it cannot keep, and says so', () => {
		expect(htmlToMarkdown('a <a href="javascript:alert(1)">click</a>')).toEqual({
			text: 'a click',
			notes: ['link to "javascript:alert(1)" dropped (links go to http(s), mailto or this site); its text is kept']
		});
	});

	it('names the formatting and images it drops', () => {
		expect(
			htmlToMarkdown('<span style="color:red">H<sub>2</sub>O</span> <u>u</u> <img src="a.png" alt="diagram">').notes
		).toEqual([
			'HTML formatting not carried (the words are kept): span style, sub, u',
			'image "a.png" not imported (its alt text "diagram" is kept)'
		]);
	});

	it('never lets a tag through', () => {
		const out = htmlToMarkdown('<div onclick="x()"><iframe src="evil"></iframe><object>o</object><p>ok</p></div>');
		expect(out.text).toBe('ok');
	});
});
