// The article HTML renderer and its sanitizer: hostile dumps must come out inert, blocks must map to dump lines.
import * as assert from 'node:assert';
import * as fc from 'fast-check';
import type { Article } from '../../src/core/extract/article';
import { countWords, isSafeImageUrl, isSafeLinkUrl, metadataRows, renderArticleHtml, renderHtmlDocument } from '../../src/core/render/articleHtml';
import type { OutputBlock, RenderedMarkdown } from '../../src/core/render/renderedMarkdown';
import { dumpLines as joinLines } from '../util/joinLines';


/** A RenderedMarkdown whose blocks are the blank-line separated paragraphs of `markdown`, each mapped to `sources[i]`. */
function rendered(markdown: string, sources: readonly { start: number; end: number }[] = []): RenderedMarkdown {
	const blocks: OutputBlock[] = [];
	const lines = markdown.split('\n');
	let start = -1;
	for (let i = 0; i <= lines.length; i++) {
		const blank = i === lines.length || lines[i].trim() === '';
		if (!blank && start < 0) start = i;
		if (blank && start >= 0) {
			const source = sources[blocks.length];
			if (source) blocks.push({ startLine: start, endLine: i - 1, source });
			start = -1;
		}
	}
	return { markdown, blocks };
}

const ALLOWED_TAGS = new Set([
	'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'em', 'strong', 's', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote',
	'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span',
]);
const ALLOWED_ATTRS = new Set(['href', 'src', 'alt', 'title', 'id', 'class', 'data-line-start', 'data-line-end', 'start', 'rel', 'loading', 'referrerpolicy']);
const TAG_RE = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*\/?>/;

/** An independent, deliberately naive check of a URL taken from the output (entities decoded, blanks dropped). */
function urlLooksSafe(raw: string, image: boolean): boolean {
	const decoded = raw
		.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
		.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '')
		.toLowerCase();
	if (/^(?:https?:|#|\/|\.)/.test(decoded)) return true;
	if (!image && decoded.startsWith('mailto:')) return true;
	if (image && /^data:image\/(?:png|gif|jpeg|webp)[;,]/.test(decoded)) return true;
	return !/^[a-z0-9+.-]*:/.test(decoded) && !decoded.includes('&#');
}

/** Fails unless every tag is on the allow-list, no attribute is a handler or style, and every URL is safe. */
function assertInert(html: string): void {
	for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
		const m = TAG_RE.exec(html.slice(i));
		assert.ok(m, `raw '<' that is not a plain tag at ${i}: ${html.slice(i, i + 60)}`);
		const name = m[1].toLowerCase();
		assert.ok(ALLOWED_TAGS.has(name), `tag <${name}> in output`);
		for (const a of m[2].matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) {
			const attr = a[1].toLowerCase();
			assert.ok(ALLOWED_ATTRS.has(attr), `attribute ${attr} on <${name}>`);
			if (attr === 'href') assert.ok(urlLooksSafe(a[2] ?? '', false), `unsafe href ${a[2]}`);
			if (attr === 'src') assert.ok(urlLooksSafe(a[2] ?? '', true), `unsafe src ${a[2]}`);
		}
	}
}

const HOSTILE = joinLines(
	'<script>alert(1)</script>',
	'',
	'<iframe src="https://evil.example/"></iframe>',
	'',
	'<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
	'',
	'<style>body { display: none }</style> <form action="https://evil.example/"><input name=x></form>',
	'',
	'<img src=x onerror=alert(1)> <a href="#" onclick="alert(1)">click</a> <svg onload=alert(1)>',
	'',
	'[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x09;script:alert(1)) [d](<java\tscript:alert(1)>)',
	'',
	'[e](vbscript:msgbox(1)) [f](file:///etc/passwd) [g](data:text/html;base64,PHNjcmlwdD4=) [h](&#106;avascript:alert(1))',
	'',
	'[i](java%0ascript:alert(1)) [j](&#x6A;&#x61;vascript&colon;alert(1)) [k]( javascript:alert(1)) <javascript:alert(1)>',
	'',
	'![x](javascript:alert(1)) ![y](data:image/svg+xml;base64,PHN2Zz4=) ![z](DATA:text/html,<b>) ![m](mailto:a@b.c)',
	'',
	'[ref]',
	'',
	'[ref]: JAVASCRIPT:alert(1)',
	'',
	'```{onclick="alert(1)"}',
	'<script>alert(2)</script>',
	'```',
	'',
	'| a | b |',
	'|:--|--:|',
	'| <script>x</script> | [t](javascript:x) |',
);

suite('Article HTML: sanitizer', () => {
	test('raw HTML from the dump is escaped, never emitted', () => {
		const { html } = renderArticleHtml(rendered(HOSTILE));
		assertInert(html);
		for (const tag of ['script', 'iframe', 'base', 'meta', 'style', 'form', 'input', 'svg']) {
			assert.ok(!new RegExp(`<${tag}[\\s>/]`, 'i').test(html), `<${tag}> emitted`);
		}
		assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script shows as text');
	});

	test('script-like link targets never become href in any spelling', () => {
		const { html } = renderArticleHtml(rendered(HOSTILE));
		const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]);
		assert.deepStrictEqual(hrefs, [], `unexpected hrefs: ${hrefs.join(' | ')}`);
		const srcs = [...html.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]);
		assert.deepStrictEqual(srcs, []);
	});

	test('safe links and images are kept, external ones get rel', () => {
		const md = joinLines(
			'[a](https://example.com/x?y=1&z=2) [b](http://example.com) [c](mailto:me@example.com) [d](#part) [e](../rel/page.html)',
			'',
			'![p](https://example.com/p.png) ![q](data:image/png;base64,iVBORw0KGgo=) ![r](img/r.jpg) ![s](http://example.com/s.gif)',
		);
		const { html, stats } = renderArticleHtml(rendered(md));
		assertInert(html);
		assert.ok(html.includes('<a href="https://example.com/x?y=1&amp;z=2" rel="noopener noreferrer nofollow">a</a>'));
		assert.ok(html.includes('<a href="mailto:me@example.com" rel="noopener noreferrer nofollow">c</a>'));
		assert.ok(html.includes('<a href="#part">d</a>'));
		assert.ok(html.includes('<a href="../rel/page.html">e</a>'));
		assert.ok(html.includes('src="data:image/png;base64,iVBORw0KGgo="'));
		assert.ok(html.includes('src="http://example.com/s.gif"'));
		assert.deepStrictEqual({ links: stats.links, images: stats.images, blocked: stats.blockedUrls }, { links: 5, images: 4, blocked: 0 });
	});

	test('image policy https holds back plain http in place, none drops all images but keeps the alt text', () => {
		const md = joinLines('![plain](http://example.com/a.png) ![secure](https://example.com/b.png)');
		const https = renderArticleHtml(rendered(md), { images: 'https' }).html;
		assert.ok(!https.includes('http://example.com/a.png'));
		assert.ok(https.includes('src="https://example.com/b.png"'));
		assert.ok(https.includes('[remote image not loaded: plain]'));
		const embedded = renderArticleHtml(rendered(md), { images: 'embedded' });
		assert.ok(!embedded.html.includes('<img'));
		assert.ok(embedded.html.includes('class="pd-image-held"') && embedded.html.includes('[remote image not loaded: secure]'));
		assert.equal(embedded.stats.heldImages, 2);
		const none = renderArticleHtml(rendered(md), { images: 'none' }).html;
		assert.ok(!none.includes('<img'));
		assert.ok(none.includes('[image: plain]') && none.includes('[image: secure]'));
		assertInert(none);
	});

	test('a data: image is never a link, and mailto is never an image', () => {
		const { html } = renderArticleHtml(rendered('[x](data:image/png;base64,AAAA) ![y](mailto:a@b.c)\n'));
		assert.ok(!/href=/.test(html), html);
		assert.ok(!/src=/.test(html), html);
	});

	test('URL predicates see through case, entities, percent escapes and blanks', () => {
		for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', 'java&#x09;script:x', ' \u0000javascript:x', 'java%0Ascript:x',
			'&#106;avascript:x', 'javascript&colon;x', 'vbscript:x', 'file:///etc/passwd', 'data:text/html,<b>', 'DATA:image/svg+xml,<svg>', 'jav\u00adascript:x', 'java\u200bscript:x', 'foo:bar', ':x']) {
			assert.strictEqual(isSafeLinkUrl(url), false, `link ${JSON.stringify(url)}`);
			assert.strictEqual(isSafeImageUrl(url), false, `image ${JSON.stringify(url)}`);
		}
		for (const url of ['https://a.b/', 'HTTP://a.b', 'mailto:x@y.z', '#top', '/abs', 'rel/x.html', '?q=a:b', 'a/b:c', '//cdn.example/x']) {
			assert.strictEqual(isSafeLinkUrl(url), true, `link ${url}`);
		}
		assert.strictEqual(isSafeImageUrl('data:image/webp;base64,AA'), true);
		assert.strictEqual(isSafeImageUrl('data:image/gif,AA'), true);
		assert.strictEqual(isSafeImageUrl('mailto:x@y.z'), false);
		assert.strictEqual(isSafeImageUrl('http://a.b/c.png', 'https'), false);
		assert.strictEqual(isSafeImageUrl('https://a.b/c.png', 'none'), false);
	});

	test('random hostile soup always renders inert', () => {
		const pieces = ['<script>', '</script>', 'onclick="x()"', 'javascript:', 'JaVaScRiPt:', '&#x09;', '&#106;', '%0a', '\t', '[', ']', '(', ')', '![',
			'<', '>', '"', "'", '`', '```', '\n', '\n\n', '{', '}', 'data:text/html,', 'data:image/png,', 'https://a.b/', ' ', 'x', '&colon;', '|', '-', '#'];
		fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
			assertInert(renderArticleHtml(rendered(parts.join(''))).html);
		}), { numRuns: 500 });
	});
});

suite('Article HTML: source lines and structure', () => {
	// Dump: line 0 chrome, 1-2 heading, 3 blank, 4-6 paragraph, 7 blank, 8-9 list.
	const dump = joinLines('chrome', '## Part one {#p1}', '', '', 'First line', 'second line', 'third line', '', '-   a', '-   b');
	const offsetOf = (line: number) => dump.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);

	test('every top-level block carries the dump lines it came from', () => {
		const md = joinLines('## Part one', '', 'First line second line third line', '', '- a', '- b');
		const r = rendered(md, [
			{ start: offsetOf(1), end: offsetOf(2) },
			{ start: offsetOf(4), end: offsetOf(7) },
			{ start: offsetOf(8), end: dump.length },
		]);
		const { html, toc } = renderArticleHtml(r, { dump });
		assert.ok(html.includes('<h2 data-line-start="1" data-line-end="1" id="pd-h-part-one">Part one</h2>'), html);
		assert.ok(html.includes('<p data-line-start="4" data-line-end="6">'), html);
		assert.ok(html.includes('<ul data-line-start="8" data-line-end="9">'), html);
		assert.ok(!/<li data-line/.test(html), 'only top-level blocks are annotated');
		assert.deepStrictEqual(toc, [{ level: 2, text: 'Part one', id: 'pd-h-part-one', line: 1 }]);
	});

	test('a block made of several output blocks spans all their sources; fences carry lines on <pre>', () => {
		const md = joinLines('a', 'b', '', '```js', 'x < y', '```');
		const r: RenderedMarkdown = {
			markdown: md,
			blocks: [
				{ startLine: 0, endLine: 0, source: { start: offsetOf(4), end: offsetOf(5) } },
				{ startLine: 1, endLine: 1, source: { start: offsetOf(6), end: offsetOf(7) } },
				{ startLine: 3, endLine: 5, source: { start: offsetOf(8), end: offsetOf(9) } },
			],
		};
		const { html } = renderArticleHtml(r, { dump });
		assert.ok(html.includes('<p data-line-start="4" data-line-end="6">a\nb</p>'), html);
		assert.ok(html.includes('<pre data-line-start="8" data-line-end="8"><code class="language-js">x &lt; y\n</code></pre>'), html);
	});

	test('without a dump no line attributes are written', () => {
		const { html } = renderArticleHtml(rendered('text\n', [{ start: 0, end: 4 }]));
		assert.strictEqual(html, '<p>text</p>\n');
	});

	test('heading ids are unique and prefixed; the TOC keeps levels', () => {
		const { toc } = renderArticleHtml(rendered(joinLines('# Intro', '', '## Intro', '', '### <script>', '', '## ')));
		assert.deepStrictEqual(toc.map((t) => [t.level, t.id, t.text]), [[1, 'pd-h-intro', 'Intro'], [2, 'pd-h-intro-2', 'Intro'], [3, 'pd-h-script', '<script>'], [2, 'pd-h-section', '']]);
	});

	test('table alignment becomes classes, not style attributes', () => {
		const { html } = renderArticleHtml(rendered(joinLines('| a | b |', '|:--|--:|', '| 1 | 2 |')));
		assert.ok(!html.includes('style='), html);
		assert.ok(html.includes('<th class="pd-align-left">a</th>'), html);
		assert.ok(html.includes('<td class="pd-align-right">2</td>'), html);
	});

	test('stats count words, links and images', () => {
		const { stats } = renderArticleHtml(rendered(joinLines("It's a well-known [fact](https://a.b) ![i](https://a.b/i.png)", '', '```', 'code here', '```')));
		assert.deepStrictEqual(stats, { words: 6, links: 1, images: 1, blockedUrls: 0, heldImages: 0 });
		assert.strictEqual(countWords('  '), 0);
		assert.strictEqual(countWords('東京 Ωμέγα 2024'), 3);
	});
});

suite('Article HTML: standalone document', () => {
	const article: Article = {
		metadata: {
			title: { value: 'Tides </title><script>alert(1)</script>', rule: 'heading-in-article', confidence: 0.9 },
			author: { value: 'Mara "<b>" Lind', rule: 'class:byline', confidence: 0.8 },
			published: { value: '2024-03-03', rule: 'class:published', confidence: 0.7 },
			url: { value: 'javascript:alert(1)', rule: 'encoded-html', confidence: 0.5 },
			language: { value: 'en" onload="x', rule: 'encoded-html:slang', confidence: 0.5 },
			tags: { value: ['a<b', 'c'], rule: 'tags-list', confidence: 0.5 },
		},
		blocks: [],
		removed: [],
		empty: false,
	};

	test('a hostile article and metadata give a document without script, handlers or unsafe URLs', () => {
		const doc = renderHtmlDocument(article, rendered(HOSTILE));
		assert.ok(doc.startsWith('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">'), doc.slice(0, 80));
		assert.ok(doc.includes('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;'));
		assert.ok(!/<script/i.test(doc));
		assert.ok(!/<(iframe|base|form|input)/i.test(doc));
		assert.strictEqual((doc.match(/<meta /g) ?? []).length, 6, 'only our own meta tags');
		assert.strictEqual((doc.match(/<style>/g) ?? []).length, 1, 'only our own style');
		assert.ok(!/href="javascript/i.test(doc));
		assert.ok(doc.includes('<title>Tides &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>'));
		assert.ok(doc.includes('By <span class="pd-author">Mara &quot;&lt;b&gt;&quot; Lind</span>'));
		assert.ok(!doc.includes('Source:'), 'an unsafe URL is not shown as the source');
		const body = doc.slice(doc.indexOf('<body>') + 6, doc.indexOf('</body>'));
		assertInert(body.replace(/<\/?(article|header|time)( [a-z]+="[^"]*")*>/g, ''));
	});

	test('a plain article gets its metadata header and lang', () => {
		const plain: Article = {
			metadata: {
				title: { value: 'Tide Tables', rule: 'h', confidence: 1 },
				url: { value: 'https://example.org/tides', rule: 'u', confidence: 1 },
				siteName: { value: 'Harbor Notes', rule: 's', confidence: 1 },
				language: { value: 'en-US', rule: 'l', confidence: 1 },
			},
			blocks: [],
			removed: [],
			empty: false,
		};
		const doc = renderHtmlDocument(plain, rendered('Body text.\n'), { generator: 'pagedump' });
		assert.ok(doc.includes('<html lang="en-US">'));
		assert.ok(doc.includes('<h1>Tide Tables</h1>'));
		assert.ok(doc.includes('<p class="pd-source">Source: <a href="https://example.org/tides" rel="noopener noreferrer nofollow">Harbor Notes</a></p>'));
		assert.ok(doc.includes('<p>Body text.</p>\n</article>'));
		assert.ok(doc.includes('<meta name="generator" content="pagedump">'));
	});

	test('metadata rows list every field in order and mark missing ones', () => {
		const rows = metadataRows(article.metadata);
		assert.deepStrictEqual(rows.map((r) => r.key), ['title', 'author', 'published', 'modified', 'url', 'siteName', 'language', 'description', 'tags', 'leadImage', 'wordCount', 'pageType']);
		assert.strictEqual(rows[3].value, undefined);
		assert.strictEqual(rows[8].value, 'a<b, c');
		assert.strictEqual(rows[0].rule, 'heading-in-article');
	});

	test('only fields with a measured confidence are marked uncertain on the card', () => {
		const guessed = { ...article.metadata, language: { value: 'en', rule: 'guess:stopwords', confidence: 0.2 }, author: { value: 'Jane Doe', rule: 'text:by-line', confidence: 0.3 } };
		const rows = metadataRows(guessed);
		assert.strictEqual(rows.find((r) => r.key === 'language')?.uncertain, false, 'a rough score is not a measured doubt');
		assert.strictEqual(rows.find((r) => r.key === 'author')?.uncertain, true);
	});
});
