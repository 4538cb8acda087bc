// Document links: relative targets resolved against the canonical URL, #fragments to the element with that id, hostile targets dropped.
import * as assert from 'node:assert/strict';
import { idIndex, pandocAutoId } from '../../src/core/dump/ids';
import { parseDump } from '../../src/core/dump/parseDump';
import { documentLinks, resolveHref, type DumpLink } from '../../src/core/outline/links';
import { LineIndex } from '../../src/core/text/lineIndex';
import { loadFixture } from './outlineFixtures';

const BASE = 'https://news.example/2017/10/tides?ref=home#top';

/** `line:col href -> target` (one-based line, zero-based column), with a fragment target shown as `#id@line`. */
function shown(links: readonly DumpLink[], lines: LineIndex): string[] {
	return links.map((l) => {
		const p = lines.positionAt(l.range.start);
		const to = l.target.kind === 'url' ? l.target.url : `#${l.target.id}@${lines.lineAt(l.target.range.start) + 1}`;
		return `${p.line + 1}:${p.character} ${l.href} -> ${to}`;
	});
}

suite('Document links', () => {
	test('news fixture: relative links resolve against the canonical URL; #fragments go to the element; javascript: is dropped', () => {
		const f = loadFixture('news-megamenu.txt');
		const links = documentLinks(f.doc, BASE);
		assert.deepEqual(shown(links, f.lines), [
			'2:18 #main-content -> #main-content@26',
			'5:66 / -> https://news.example/',
			'11:13 /world/europe -> https://news.example/world/europe',
			'12:11 /world/asia -> https://news.example/world/asia',
			'16:14 /business/markets -> https://news.example/business/markets',
			'17:11 /business/tech -> https://news.example/business/tech',
			'21:24 /news/ferry-strike -> https://news.example/news/ferry-strike',
			'22:24 /news/harbor-tolls -> https://news.example/news/harbor-tolls',
			'29:16 /authors/mara-lind -> https://news.example/authors/mara-lind',
			'38:27 #how-the-sensors-work -> #how-the-sensors-work@42',
			'39:14 /about/methodology -> https://news.example/about/methodology',
			'40:18 https://example.org/report.pdf -> https://example.org/report.pdf',
			'63:11 https://facebook.com/share -> https://facebook.com/share',
			'64:8 mailto:?subject=Tide%20tables -> mailto:?subject=Tide%20tables',
			'71:32 /news/lighthouses -> https://news.example/news/lighthouses',
			'72:21 /news/new-pier -> https://news.example/news/new-pier',
			'77:10 /contact -> https://news.example/contact',
			'77:32 /privacy -> https://news.example/privacy',
		]);
		// The clickable range is exactly the target as written.
		for (const l of links) assert.equal(f.text.slice(l.range.start, l.range.end), l.href);
		// The data: logo image and the javascript: link are not links.
		assert.ok(!links.some((l) => /^(data|javascript):/i.test(l.href)));
	});

	test('a fragment target covers the whole element: a fenced div from fence to fence', () => {
		const f = loadFixture('news-megamenu.txt');
		const skip = documentLinks(f.doc, BASE)[0];
		assert.equal(skip.target.kind, 'fragment');
		if (skip.target.kind !== 'fragment') return;
		assert.equal(f.lines.lineAt(skip.target.range.start) + 1, 26);
		assert.equal(f.lines.lineAt(skip.target.range.end) + 1, 67);
	});

	test('without a canonical URL, relative links are not links; absolute ones and known fragments still are', () => {
		const f = loadFixture('blog-sidebar-comments.txt');
		const links = documentLinks(f.doc);
		assert.deepEqual(links.map((l) => l.href), ['https://fieldnotes.example/', 'https://wordpress.org/']);
	});

	test('an unknown #fragment goes to the original page; a link to this page with a fragment stays in the dump', () => {
		const text = '::: {#comments}\nHi\n:::\n\n[a](#nowhere) [b](https://news.example/2017/10/tides#comments) [c](//cdn.example/x.js)\n';
		const doc = parseDump(text);
		const links = documentLinks(doc, BASE);
		assert.deepEqual(shown(links, new LineIndex(text)), [
			'5:4 #nowhere -> https://news.example/2017/10/tides?ref=home#nowhere',
			'5:18 https://news.example/2017/10/tides#comments -> #comments@1',
			'5:67 //cdn.example/x.js -> https://cdn.example/x.js',
		]);
	});

	test('reference links and definitions, autolinks and image sources are links', () => {
		const text = 'See [the docs][d] and <https://example.com/a>.\n\n![Chart](img/chart.png)\n\n[d]: /docs/start "Start"\n';
		const links = documentLinks(parseDump(text), 'https://site.example/blog/post');
		assert.deepEqual(links.map((l) => [l.source, l.href, l.target.kind === 'url' ? l.target.url : l.target.id, text.slice(l.range.start, l.range.end)]), [
			['reference', '/docs/start', 'https://site.example/docs/start', 'd'],
			['autolink', 'https://example.com/a', 'https://example.com/a', 'https://example.com/a'],
			['image', 'img/chart.png', 'https://site.example/blog/img/chart.png', 'img/chart.png'],
			['definition', '/docs/start', 'https://site.example/docs/start', '/docs/start'],
		]);
	});

	test('hostile targets never resolve, in any spelling', () => {
		for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'vbscript:x', 'data:text/html,<script>', 'file:///etc/passwd', 'jav&#x61;script:x']) {
			assert.equal(resolveHref(href, BASE) === undefined || /^https:\/\/news\.example\//.test(resolveHref(href, BASE)!), true, href);
			assert.ok(!/^(javascript|vbscript|data|file):/i.test(resolveHref(href, BASE) ?? ''), href);
		}
		assert.equal(resolveHref('/x', 'javascript:alert(1)'), undefined);
	});

	test('the id index: explicit ids first, raw HTML ids and anchors, pandoc auto ids, duplicates in order', () => {
		const text = [
			'## Intro',
			'',
			'::: {#dup .a}',
			'one',
			':::',
			'',
			'[x]{#dup}',
			'',
			'<p id="raw">html</p>',
			'',
			'<a name="old"></a> <span name="not-an-anchor"></span>',
			'',
			'## The 2nd Part! {#part-two}',
			'',
		].join('\n');
		const ids = idIndex(parseDump(text));
		assert.equal(ids.get('intro')?.origin, 'auto');
		assert.deepEqual(ids.all('dup').map((t) => [t.origin, text.slice(t.range.start, t.range.end)]), [['div', '#dup'], ['span', '#dup']]);
		assert.equal(text.slice(ids.get('raw')!.range.start, ids.get('raw')!.range.end), 'raw');
		assert.equal(ids.get('old')?.origin, 'html');
		assert.equal(ids.get('not-an-anchor'), undefined);
		assert.equal(ids.get('part-two')?.origin, 'heading');
		assert.equal(pandocAutoId('The 2nd Part!'), 'the-2nd-part');
		assert.equal(pandocAutoId('123'), 'section');
	});
});
