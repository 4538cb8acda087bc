// Metadata (issue 12): a page dumped as its escaped HTML source gives its headline, time element and poster's name.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

/** A forum thread's source written out as text, the way the converter escapes it; `tags` filler divs make it a page. */
function escapedPage(tags: number): string {
	const filler = Array.from({ length: tags }, (_, i) => `\\<div class=\\"w${i}\\"\\>\\</div\\>`).join(' ');
	return (
		`\\<div id=\\"top\\"\\> ${filler} \\<h1 class=\\"p-title-value\\"\\>Which lathe for a small shed?\\</h1\\>\n` +
		`\\<ul\\> \\<li\\> \\<a href=\\"/members/ada.12/\\" class=\\"username u-concealed\\"\\>ada_turns\\</a\\> \\</li\\>\n` +
		`\\<li\\> \\<time class=\\"u-dt\\" datetime=\\"2024-11-01T15:08:47-0400\\"\\>Nov 1, 2024\\</time\\> \\</li\\> \\</ul\\>\n` +
		`\\<p\\>I have room for a bench of two metres and want to turn bowls.\\</p\\> \\</div\\>\n`
	);
}

suite('Metadata: pages dumped as escaped HTML source', () => {
	test('the headline, the first time element after it and the poster\'s name are read', () => {
		const md = extractMetadata(parseDump(escapedPage(25)), {});
		assert.strictEqual(md.title?.value, 'Which lathe for a small shed?');
		assert.strictEqual(md.published?.value.slice(0, 10), '2024-11-01');
		assert.strictEqual(md.author?.value, 'ada_turns');
		assert.strictEqual(md.author?.rule, 'escaped-html:name');
	});

	test('a paragraph quoting a few tags is prose, not a page source', () => {
		const prose = '\\<h1\\>Tags in a post\\</h1\\> is how a headline starts; a poster writes \\<a class=\\"username\\"\\>ada_turns\\</a\\> and \\<time datetime=\\"2024-11-01\\"\\>\\</time\\> in a lesson.\n';
		const md = extractMetadata(parseDump(prose), {});
		assert.strictEqual(md.author, undefined);
		assert.strictEqual(md.published, undefined);
	});
});
