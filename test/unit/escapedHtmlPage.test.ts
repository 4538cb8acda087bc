// A page whose whole HTML pandoc wrote as escaped text is read as that HTML: its posts, with ranges into the dump.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { escapedHtmlDocument, isEscapedHtmlPage, MAX_ESCAPED_PAGE_CHARS } from '../../src/core/extract/escapedHtmlPage';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderText } from '../../src/core/render/articleText';
import type { Block, Inline } from '../../src/core/model/dumpDocument';
import { childBlocks } from '../../src/core/model/blockTree';
import { AttributesNode } from '../../src/core/model/attributesNode';
import { HeadingNode, ParagraphNode } from '../../src/core/model/blockNodes';
import { HtmlDivNode } from '../../src/core/model/divNodes';
import { LineBreakNode, TextNode } from '../../src/core/model/leafInlines';
import { ImageNode, LinkNode } from '../../src/core/model/linkNodes';
import { ListItemNode } from '../../src/core/model/listItemNode';

const POSTS = [
	['Marta', 'My loaf collapses in the oven every time I bake it with rye flour, although the dough looks fine before it goes in. What am I doing wrong?'],
	['Jonas', 'Rye has little gluten to hold the gas, so the loaf cannot stand a long final proof. Shorten the second rise by half and bake it in a tin.'],
	['Ines', 'A hotter oven for the first ten minutes helps as well: the crust sets before the crumb has a chance to sink under its own weight.'],
];

/** Escapes HTML as pandoc writes text that looks like markup: every `<`, `>` and `"` behind a backslash. */
function escape(html: string): string {
	return html.replace(/([<>"])/g, '\\$1');
}

/** A forum page's HTML as pandoc escapes it when the page reached it as text: wrapped lines, one long paragraph. */
function escapedPage(): string {
	const nav = Array.from({ length: 12 }, (_, i) => `<div class="p-nav-item"><a href="/f/${i}">Forum ${i}</a></div>`).join(' ');
	const posts = POSTS.map(
		([who, text], i) =>
			`<article class="message message--post" id="js-post-${i + 1}"><div class="message-cell message-cell--user"><h4 class="message-name">${who}</h4><div class="message-userExtras">Messages: ${40 + i}</div></div><div class="message-cell message-cell--main"><div class="message-content"><div class="bbWrapper">${text}</div></div><div class="message-actionBar"><a class="actionBar-action">Reply</a></div></div></article>`,
	).join(' ');
	const html = `<div class="p-pageWrapper"><div class="p-nav">${nav}</div><div class="p-body"><h1 class="p-title-value">Rye loaf collapses</h1><div class="block-body">${posts}</div></div><div class="p-footer">Terms and rules &amp; privacy</div></div>`;
	// pandoc wraps its lines at spaces.
	return escape(html).replace(/(.{60,72}?) /g, '$1\n') + '\n';
}

function allBlocks(blocks: readonly Block[], out: Block[] = []): Block[] {
	for (const b of blocks) {
		out.push(b);
		allBlocks(childBlocks(b), out);
	}
	return out;
}

suite('escaped HTML pages', () => {
	test('a page of escaped HTML is recognised; a page that quotes a tag or two is not', () => {
		assert.equal(isEscapedHtmlPage(parseDump(escapedPage())), true);
		assert.equal(isEscapedHtmlPage(parseDump('# Divs\n\nWrite `\\<div\\>` or \\<div class=\\"x\\"\\> to open a box.\n')), false);
		// A real page with its divs that quotes a script's escaped HTML in one paragraph.
		const quoted = ['::: {.main}', '::: {.story}', 'Trend news of the day, told in a few plain sentences.', ':::', ':::', '', escapedPage()].join('\n');
		assert.equal(isEscapedHtmlPage(parseDump(quoted)), false);
	});

	test('a dump of escaped divs larger than the bound is read as the Markdown it is, not as HTML (memory)', () => {
		const unit = '\\<div class=\\"p-body\\"\\>Hello there, some words in a post.\\</div\\>\n';
		const small = parseDump(unit.repeat(Math.floor(MAX_ESCAPED_PAGE_CHARS / unit.length)));
		assert.equal(isEscapedHtmlPage(small), true);
		const large = parseDump(unit.repeat(Math.ceil(MAX_ESCAPED_PAGE_CHARS / unit.length) + 1));
		assert.equal(isEscapedHtmlPage(large), false);
		assert.equal(escapedHtmlDocument(large), undefined);
	});

	test('the thread is read post by post, without the navigation, member statistics and reply buttons', () => {
		const doc = parseDump(escapedPage());
		const article = extractArticle(doc);
		assert.equal(article.empty, false);
		assert.equal(article.metadata.pageType?.value, 'forum');
		const text = renderText(article, doc);
		let at = -1;
		for (const [, post] of POSTS) {
			const i = text.indexOf(post);
			assert.ok(i > at, `post in order: ${post}\n---\n${text}`);
			at = i;
		}
		assert.ok(!text.includes('Forum 3'), text);
		assert.ok(!text.includes('Messages: 41'), text);
		assert.ok(!/\bReply\b/.test(text), text);
	});

	test('the blocks read from the HTML point into the dump at their own text', () => {
		const dump = escapedPage();
		const html = escapedHtmlDocument(parseDump(dump));
		assert.ok(html);
		const texts = allBlocks(html.blocks).flatMap((b) => (b.kind === 'paragraph' ? b.content : [])).filter((n): n is Inline & { kind: 'text' } => n.kind === 'text');
		assert.ok(texts.length > 0);
		for (const t of texts) {
			const source = dump.slice(t.range.start, t.range.end).replace(/\\(.)/g, '$1').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
			assert.equal(source, t.value);
		}
	});

	test('the blocks, inlines and attribute blocks are of the parser\'s classes, with the values the plain objects had', () => {
		// Issue 13: plain objects of other shapes made every reader of the model see new shapes on the first escaped page.
		const items = Array.from({ length: 20 }, (_, i) => `<div class="card" id="c${i}"><h3 class="card-title">Loaf ${i}</h3><ul class="facts"><li>Rye ${i}<br>flour</li><li><a href="/r/${i}" rel="nofollow">Recipe ${i}</a></li></ul><div><img src="/p/${i}.jpg" alt="Loaf ${i}"></div></div>`).join(' ');
		const dump = escape(`<div class="page">${items}</div>`).replace(/(.{60,72}?) /g, '$1\n') + '\n';
		const html = escapedHtmlDocument(parseDump(dump));
		assert.ok(html);
		const blocks = allBlocks(html.blocks);
		const kinds = new Set<string>();
		const inlines: Inline[] = [];
		const walkInlines = (list: readonly Inline[]): void => {
			for (const n of list) {
				inlines.push(n);
				if (n.kind === 'link' || n.kind === 'emphasis' || n.kind === 'span') walkInlines(n.children);
				if (n.kind === 'image') walkInlines(n.alt);
			}
		};
		for (const b of blocks) {
			kinds.add(b.kind);
			if (b.kind === 'htmlDiv') {
				assert.ok(b instanceof HtmlDivNode);
				assert.ok(b.attrs instanceof AttributesNode);
				assert.equal(b.closed, true);
				assert.deepEqual(b.openRange, { start: b.range.start, end: b.range.start });
				assert.deepEqual(b.attrs.range, b.openRange);
			}
			if (b.kind === 'paragraph') assert.ok(b instanceof ParagraphNode);
			if (b.kind === 'heading') {
				assert.ok(b instanceof HeadingNode);
				assert.deepEqual(b.contentRange, b.range);
				assert.deepEqual(b.attrs?.classes, ['card-title']);
				assert.equal(b.attrs?.id, undefined);
			}
			if (b.kind === 'list') for (const it of b.items) assert.ok(it instanceof ListItemNode);
			if (b.kind === 'paragraph' || b.kind === 'heading') walkInlines(b.content);
		}
		assert.deepEqual([...kinds].sort(), ['heading', 'htmlDiv', 'list', 'paragraph']);
		const cards = blocks.filter((b) => b.kind === 'htmlDiv' && b.attrs.classes.includes('card'));
		assert.equal(cards.length, 20);
		assert.equal(cards[3].kind === 'htmlDiv' && cards[3].attrs.id, 'c3');
		const seen = new Set<string>();
		for (const n of inlines) {
			seen.add(n.kind);
			if (n.kind === 'text') assert.ok(n instanceof TextNode);
			if (n.kind === 'break') assert.ok(n instanceof LineBreakNode);
			if (n.kind === 'link') {
				assert.ok(n instanceof LinkNode);
				assert.equal(n.form, 'inline');
				assert.deepEqual(n.attrs?.pairs, [['href', n.href], ['rel', 'nofollow']]);
				assert.deepEqual(n.hrefRange, n.range);
			}
			if (n.kind === 'image') {
				assert.ok(n instanceof ImageNode);
				assert.equal(n.alt.length, 1);
				assert.ok(n.attrs instanceof AttributesNode);
			}
		}
		assert.deepEqual([...seen].sort(), ['break', 'image', 'link', 'text']);
	});
});
