import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block, CodeBlock, Emphasis, FencedDiv, Heading, HtmlDiv, Image, Inline, Link, List, Paragraph, Span, Table, Text } from '../../src/core/model/dumpDocument';
import { LineIndex } from '../../src/core/text/lineIndex';
import { extractedText } from '../util/extractedText';
import { joinLines, rangeOf } from '../util/joinLines';

function only<T extends Block>(blocks: Block[], kind: T['kind']): T {
	assert.equal(blocks.length, 1, `expected one block, got ${blocks.map((b) => b.kind).join(', ')}`);
	assert.equal(blocks[0].kind, kind);
	return blocks[0] as T;
}

function inlinesOf(text: string): Inline[] {
	return only<Paragraph>(parseDump(text).blocks, 'paragraph').content;
}

suite('parseDump: fenced divs', () => {
	test('attributes with id, classes and key/value pairs', () => {
		const text = joinLines('::: {#main .article .post data-x="a b" role=main}', 'Hello.', ':::');
		const div = only<FencedDiv>(parseDump(text).blocks, 'div');
		assert.equal(div.attrs.id, 'main');
		assert.deepEqual(div.attrs.classes, ['article', 'post']);
		assert.deepEqual(div.attrs.pairs, [['data-x', 'a b'], ['role', 'main']]);
		assert.deepEqual(div.range, { start: 0, end: text.length });
		assert.deepEqual(div.openRange, rangeOf(text, '::: {#main .article .post data-x="a b" role=main}'));
		assert.deepEqual(div.closeRange, { start: text.length - 3, end: text.length });
		assert.equal(div.closed, true);
		assert.equal(div.children[0].kind, 'paragraph');
	});

	test('a bare class word, nested fences, and a paragraph closed tight by a fence', () => {
		const text = joinLines('::: lia-page', '::: community-menu-item-title', 'Home', ':::', ':::');
		const outer = only<FencedDiv>(parseDump(text).blocks, 'div');
		assert.deepEqual(outer.attrs.classes, ['lia-page']);
		const inner = outer.children[0] as FencedDiv;
		assert.equal(inner.kind, 'div');
		assert.deepEqual(inner.attrs.classes, ['community-menu-item-title']);
		assert.deepEqual(inner.children[0].range, rangeOf(text, 'Home'));
	});

	test('a bare class word with colons is one class, as pandoc reads it (checked with pandoc 2.17)', () => {
		const text = joinLines('::: ipsFlex-flex:11', '# New 2500X PC Case', '', 'text', ':::', '', '::: sm:pad :::', 'para', ':::', '', '::: foo:::', 'x', ':::');
		const blocks = parseDump(text).blocks;
		assert.deepEqual(
			blocks.map((b) => (b as FencedDiv).attrs?.classes),
			[['ipsFlex-flex:11'], ['sm:pad'], ['foo:::']],
		);
		const first = blocks[0] as FencedDiv;
		assert.deepEqual(first.children.map((c) => c.kind), ['heading', 'paragraph']);
		assert.deepEqual((first.children[0] as Heading).contentRange, rangeOf(text, 'New 2500X PC Case'));
	});

	test('attributes that wrap across lines', () => {
		const text = joinLines('::: {.elementor-icon-list-text .elementor-post-info__item', '.elementor-post-info__item--type-date}', 'July 2, 2018', ':::');
		const div = only<FencedDiv>(parseDump(text).blocks, 'div');
		assert.deepEqual(div.attrs.classes, ['elementor-icon-list-text', 'elementor-post-info__item', 'elementor-post-info__item--type-date']);
		assert.equal(div.children.length, 1);
		assert.equal(div.attrs.range.end, text.indexOf('}') + 1);
	});

	test('attribute keys starting with _ and values starting with a space (pandoc cannot read these back)', () => {
		const text = joinLines('::: {_ngcontent-c3="" title=" spaced"}', 'x', ':::');
		const div = only<FencedDiv>(parseDump(text).blocks, 'div');
		assert.deepEqual(div.attrs.pairs, [['_ngcontent-c3', ''], ['title', ' spaced']]);
	});

	test('an unclosed fence is closed at the end and reported', () => {
		const text = joinLines('::: {#a}', 'text', '', '::: b', 'more');
		const doc = parseDump(text);
		const a = only<FencedDiv>(doc.blocks, 'div');
		assert.equal(a.closed, false);
		assert.equal((a.children[1] as FencedDiv).closed, false);
		assert.deepEqual(doc.problems.map((p) => p.kind), ['unclosed-fence', 'unclosed-fence']);
		assert.deepEqual(doc.problems[1].range, rangeOf(text, '::: {#a}'));
		assert.equal(a.range.end, text.length);
	});

	test('a stray closing fence is reported and dropped', () => {
		const text = joinLines('para', '', ':::', '', 'after');
		const doc = parseDump(text);
		assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
		assert.equal(doc.problems.length, 1);
		assert.equal(doc.problems[0].kind, 'stray-fence');
		assert.deepEqual(doc.problems[0].range, { start: 6, end: 9 });
	});

	test('10,000-deep nesting parses without recursion trouble and is capped with a problem', () => {
		const depth = 10000;
		const text = '::: {.d}\n'.repeat(depth) + 'deep\n' + ':::\n'.repeat(depth);
		const doc = parseDump(text);
		let node: Block = doc.blocks[0];
		let levels = 1;
		while (node.kind === 'div' && node.children.length > 0 && node.children[0].kind === 'div') {
			node = node.children[0];
			levels++;
		}
		assert.equal(levels, 512);
		assert.equal(doc.problems.filter((p) => p.kind === 'too-deep').length, 1);
		assert.equal(doc.problems.filter((p) => p.kind !== 'too-deep').length, 0, 'every fence still pairs up');
		assert.equal((doc.blocks[0] as FencedDiv).closed, true);
	});
});

suite('parseDump: raw <div> blocks', () => {
	test('a <div> pair holds Markdown content', () => {
		const text = joinLines('<div>', '', '[Excel](/t5/excel "Excel")', '', '</div>');
		const div = only<HtmlDiv>(parseDump(text).blocks, 'htmlDiv');
		assert.equal(div.closed, true);
		const link = (div.children[0] as Paragraph).content[0] as Link;
		assert.equal(link.href, '/t5/excel');
		assert.equal(link.title, 'Excel');
		assert.deepEqual(div.closeRange, rangeOf(text, '</div>'));
	});

	test('a <div> with attributes keeps them; a stray </div> is reported', () => {
		const text = joinLines('<div id="x" class="a b">', '', 'in', '', '</div>', '', '</div>');
		const doc = parseDump(text);
		const div = doc.blocks[0] as HtmlDiv;
		assert.equal(div.attrs.id, 'x');
		assert.deepEqual(div.attrs.classes, ['a', 'b']);
		assert.equal(doc.problems[0].kind, 'stray-html-div-close');
	});

	test('fences and <div>s interleave; closing the outer closes an unclosed inner', () => {
		const text = joinLines('::: outer', '<div>', '', 'x', '', ':::');
		const doc = parseDump(text);
		const outer = only<FencedDiv>(doc.blocks, 'div');
		assert.equal(outer.closed, true);
		assert.equal((outer.children[0] as HtmlDiv).closed, false);
		assert.equal(doc.problems[0].kind, 'unclosed-html-div');
	});
});

suite('parseDump: headings', () => {
	test('ATX heading with trailing attributes and spans', () => {
		const text = '## [ Products]{#menu-link-prod title="Products"} [(72)]{.small} {#menu-products .active}';
		const h = only<Heading>(parseDump(text).blocks, 'heading');
		assert.equal(h.level, 2);
		assert.equal(h.attrs?.id, 'menu-products');
		assert.deepEqual(h.contentRange, { start: 3, end: text.indexOf(' {#menu-products') });
		assert.equal((h.content[0] as Span).attrs.id, 'menu-link-prod');
		assert.equal((h.content[2] as Span).attrs.classes[0], 'small');
	});

	test('heading whose text is a link inside a span', () => {
		const text = '# [ [Title here](/t5/blog/title/ba-p/1){#link_6 .page-link} ]{.lia-message-unread} {#title-1 .message-subject itemprop="name"}';
		const h = only<Heading>(parseDump(text).blocks, 'heading');
		assert.equal(h.level, 1);
		const span = h.content[0] as Span;
		const link = span.children.find((c) => c.kind === 'link') as Link;
		assert.equal(link.href, '/t5/blog/title/ba-p/1');
		assert.deepEqual(link.range, rangeOf(text, '[Title here](/t5/blog/title/ba-p/1){#link_6 .page-link}'));
		assert.deepEqual(h.attrs?.pairs, [['itemprop', 'name']]);
	});

	test('setext heading and closing hashes', () => {
		const doc = parseDump(joinLines('Title', '=====', '', '### Sub ###'));
		assert.deepEqual(doc.blocks.map((b) => [b.kind, (b as Heading).level]), [['heading', 1], ['heading', 3]]);
		assert.equal(((doc.blocks[1] as Heading).content[0] as { value: string }).value, 'Sub');
	});

	test('a hash without a space is text', () => {
		assert.equal(parseDump('#hashtag').blocks[0].kind, 'paragraph');
	});

	test("a heading with its attributes right under a card's bare link is a heading, not the link's text", () => {
		const doc = parseDump(joinLines('[](/e/talk-1){.card-link aria-label="View the talk"}', '### The canal talk {#the-canal-talk .card-title .#3a3247}', '', 'Sat, Apr 11'));
		assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph', 'heading', 'paragraph']);
		const h = doc.blocks[1] as Heading;
		assert.equal(h.level, 3);
		assert.equal(h.attrs?.id, 'the-canal-talk');
		assert.equal((h.content[0] as Text).value, 'The canal talk');
	});

	test('a hash line without attributes under text stays the paragraph\'s text, as pandoc reads it', () => {
		const doc = parseDump(joinLines('We counted the herons', '# of them by the weir, and wrote it down {here}'));
		assert.deepEqual(doc.blocks.map((b) => b.kind), ['paragraph']);
	});
});

suite('parseDump: lists, quotes, code, rules', () => {
	test('nested bullet and ordered lists with wrapped link text', () => {
		const text = joinLines('-   [Community Hubs', '    Home](/hubs){#home}', '-   Two', '    1.  inner one', '    2.  inner two', '', '3.  three');
		const doc = parseDump(text);
		const list = doc.blocks[0] as List;
		assert.equal(list.kind, 'list');
		assert.equal(list.ordered, false);
		assert.equal(list.items.length, 2);
		const link = (list.items[0].children[0] as Paragraph).content[0] as Link;
		assert.deepEqual(link.range, rangeOf(text, '[Community Hubs\n    Home](/hubs){#home}'));
		// The line break is folded into the text before it.
		assert.deepEqual(link.children.map((c) => c.kind), ['text', 'text']);
		assert.equal((link.children[0] as Text).softBreakAfter, true);
		const inner = list.items[1].children[1] as List;
		assert.equal(inner.ordered, true);
		assert.equal(inner.items.length, 2);
		assert.deepEqual(inner.items[1].markerRange, rangeOf(text, '2.'));
		const ordered = doc.blocks[1] as List;
		assert.equal(ordered.ordered, true);
		assert.equal(ordered.start, 3);
	});

	test('block quote with a lazy line', () => {
		const text = joinLines('> quoted', 'lazy', '>', '> second');
		const bq = only<Block & { kind: 'blockquote'; children: Block[] }>(parseDump(text).blocks, 'blockquote');
		assert.equal(bq.children.length, 2);
		assert.deepEqual(bq.children[1].range, rangeOf(text, 'second'));
	});

	test('fenced code with attributes keeps language and indentation; raw blocks keep their format', () => {
		const text = joinLines('``` {.javascript style="x"}', 'if (a) {', '  b();', '}', '```', '', '```{=html}', '<b>x</b>', '```');
		const doc = parseDump(text);
		const code = doc.blocks[0] as CodeBlock;
		assert.equal(code.language, 'javascript');
		assert.equal(code.text, 'if (a) {\n  b();\n}');
		assert.equal((doc.blocks[1] as CodeBlock).rawFormat, 'html');
		assert.deepEqual(code.range, rangeOf(text, '``` {.javascript style="x"}\nif (a) {\n  b();\n}\n```'));
	});

	test('tilde fences, an indented code block and an unclosed fence inside a div', () => {
		const text = joinLines('~~~ python', 'x = 1', '~~~', '', '    indented', '    code', '', '::: box', '```', 'never closed', ':::', '', 'after');
		const doc = parseDump(text);
		assert.equal((doc.blocks[0] as CodeBlock).language, 'python');
		assert.equal((doc.blocks[1] as CodeBlock).text, 'indented\ncode');
		const box = doc.blocks[2] as FencedDiv;
		assert.equal(box.closed, true, 'the unclosed code fence ends at the div fence');
		assert.equal((box.children[0] as CodeBlock).closed, false);
		assert.equal(doc.blocks[3].kind, 'paragraph');
		assert.ok(doc.problems.some((p) => p.kind === 'unclosed-code'));
	});

	test('thematic breaks, spacers and link definitions', () => {
		const text = joinLines('* * * * *', '', '\\', '', '\u00a0', '', '[ref]: https://example.com/a "T"', '', 'See [the page][ref] and [ref].');
		const doc = parseDump(text);
		assert.deepEqual(doc.blocks.map((b) => b.kind), ['hr', 'spacer', 'spacer', 'linkDefinition', 'paragraph']);
		const links = (doc.blocks[4] as Paragraph).content.filter((c): c is Link => c.kind === 'link');
		assert.deepEqual(links.map((l) => [l.href, l.form]), [['https://example.com/a', 'reference'], ['https://example.com/a', 'reference']]);
	});

	test('raw HTML blocks and the URL-encoded original HTML line', () => {
		const encoded = '%3CLINGO-SUB%20id%3D%22lingo-sub-1%22%3ETitle%3C%2FLINGO-SUB%3E' + '%3CP%3Ex%3C%2FP%3E'.repeat(20);
		const text = joinLines('<iframe src="https://x">', '</iframe>', '', encoded);
		const doc = parseDump(text);
		assert.deepEqual(doc.blocks.map((b) => b.kind), ['rawHtml', 'encodedHtml']);
		assert.deepEqual(doc.blocks[1].range, rangeOf(text, encoded));
	});
});

suite('parseDump: tables', () => {
	test('pipe table', () => {
		const text = joinLines('| a | b |', '|---|:-:|', '| 1 | [x](/y) |');
		const table = only<Table>(parseDump(text).blocks, 'table');
		assert.equal(table.format, 'pipe');
		assert.deepEqual(table.header?.cells.map((c) => c.text), ['a', 'b']);
		assert.deepEqual(table.rows[0].cells.map((c) => c.text), ['1', '[x](/y)']);
		const link = (table.rows[0].cells[1].blocks[0] as Paragraph).content[0] as Link;
		assert.deepEqual(link.range, rangeOf(text, '[x](/y)'));
	});

	test('simple table with a header', () => {
		const text = joinLines('  Name    Value', '  ------- -------', '  one     1', '  two     2');
		const table = only<Table>(parseDump(text).blocks, 'table');
		assert.equal(table.format, 'simple');
		assert.deepEqual(table.header?.cells.map((c) => c.text), ['Name', 'Value']);
		assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [['one', '1'], ['two', '2']]);
	});

	test('grid table whose cell holds a fenced code block and a fence', () => {
		const text = joinLines(
			'+------------------------+',
			'| ``` {.js}              |',
			'| let a = 1;             |',
			'|   a++;                 |',
			'| ```                    |',
			'+------------------------+',
			'| ::: note               |',
			'| cell text              |',
			'| :::                    |',
			'+------------------------+',
		);
		const table = only<Table>(parseDump(text).blocks, 'table');
		assert.equal(table.format, 'grid');
		assert.equal(table.rows.length, 2);
		const code = table.rows[0].cells[0].blocks[0] as CodeBlock;
		assert.equal(code.kind, 'code');
		assert.equal(code.language, 'js');
		assert.equal(code.text, 'let a = 1;\n  a++;');
		const note = table.rows[1].cells[0].blocks[0] as FencedDiv;
		assert.equal(note.kind, 'div');
		assert.equal(note.closed, true);
		assert.deepEqual(note.children[0].range, rangeOf(text, 'cell text'));
	});
});

suite('parseDump: inlines', () => {
	test('a link with title and attributes: range from [ to the last }', () => {
		const text = 'See [the docs](https://example.com/a_(b) "Title"){#l1 .ext target="_blank"} now.';
		const link = inlinesOf(text)[1] as Link;
		assert.equal(link.kind, 'link');
		assert.equal(link.href, 'https://example.com/a_(b)');
		assert.equal(link.title, 'Title');
		assert.equal(link.attrs?.id, 'l1');
		assert.deepEqual(link.range, rangeOf(text, '[the docs](https://example.com/a_(b) "Title"){#l1 .ext target="_blank"}'));
		assert.deepEqual(link.hrefRange, rangeOf(text, 'https://example.com/a_(b)'));
	});

	test('an image inside a link, with a caption as alt and attributes that wrap', () => {
		const text = joinLines('[![Logo of', 'the site](/logo.png){.c-image', 'itemprop="logo"}](https://www.example.com){#uhfLogo}');
		const link = inlinesOf(text)[0] as Link;
		const image = link.children[0] as Image;
		assert.equal(image.kind, 'image');
		assert.equal(image.src, '/logo.png');
		assert.deepEqual(image.attrs?.pairs, [['itemprop', 'logo']]);
		assert.deepEqual(image.range, rangeOf(text, '![Logo of\nthe site](/logo.png){.c-image\nitemprop="logo"}'));
		assert.equal(link.href, 'https://www.example.com');
		assert.equal(link.range.end, text.length);
	});

	test('spans with leading spaces, empty links, autolinks and raw inline HTML', () => {
		const text = '[ July 2, 2018 ]{.date} [](javascript:void(0)){#menu} <https://a.example/x> <span class="x">y</span>';
		const nodes = inlinesOf(text);
		const kinds = nodes.filter((n) => n.kind !== 'text').map((n) => n.kind);
		assert.deepEqual(kinds, ['span', 'link', 'link', 'rawHtml', 'rawHtml']);
		assert.equal((nodes[2] as Link).href, 'javascript:void(0)');
		assert.equal((nodes[2] as Link).children.length, 0);
		assert.equal((nodes[4] as Link).form, 'autolink');
	});

	test('emphasis, strong, strike, code spans and escapes', () => {
		const nodes = inlinesOf("*em* **strong** ~~gone~~ `a `` b` it\\'s \\[not a link\\] snake_case_name");
		assert.deepEqual(nodes.filter((n) => n.kind !== 'text').map((n) => (n.kind === 'emphasis' ? n.style : n.kind)), ['em', 'strong', 'strike', 'code']);
		const text = nodes.filter((n) => n.kind === 'text').map((n) => (n as { value: string }).value).join('');
		assert.ok(text.includes("it's [not a link] snake_case_name"), text);
	});

	test('a hard break at line end and a soft break between lines', () => {
		const nodes = inlinesOf(joinLines('one\\', 'two', 'three'));
		assert.deepEqual(nodes.map((n) => n.kind), ['text', 'break', 'text', 'text']);
		assert.deepEqual(nodes.map((n) => n.kind === 'text' && n.softBreakAfter === true), [false, false, true, false]);
	});

	test('brackets that form nothing stay text', () => {
		const nodes = inlinesOf('a [b] c ] [d');
		assert.deepEqual(nodes.map((n) => n.kind), ['text']);
		assert.equal((nodes[0] as { value: string }).value, 'a [b] c ] [d');
	});
});

	test('attributes in a list item (a joined source) keep their values, on one line, wrapped and escaped', () => {
		const text = joinLines('-   item [a]{.c key="one value" k2=bare}', '    then [b]{title="wrapped', '    value" esc="a\\"b"}');
		const doc = parseDump(text);
		const list = doc.blocks[0] as List;
		const para = list.items[0].children[0] as Paragraph;
		const spans = para.content.filter((n): n is Span => n.kind === 'span');
		assert.deepEqual(spans.map((s) => s.attrs.pairs), [
			[['key', 'one value'], ['k2', 'bare']],
			[['title', 'wrapped value'], ['esc', 'a"b']],
		]);
		assert.deepEqual(spans[0].attrs.classes, ['c']);
		assert.equal(text.slice(spans[1].attrs.range.start, spans[1].attrs.range.end), '{title="wrapped\n    value" esc="a\\"b"}');
	});

suite('parseDump: positions', () => {
	test('CRLF and lone CR line ends give the positions VS Code gives', () => {
		const text = '# Title\r\n\r\n::: {#a}\rBody [x](/y)\r\n:::';
		const doc = parseDump(text);
		const index = new LineIndex(text);
		const div = doc.blocks[1] as FencedDiv;
		assert.deepEqual(index.rangeOf(div.range), { start: { line: 2, character: 0 }, end: { line: 4, character: 3 } });
		const link = (div.children[0] as Paragraph).content[1] as Link;
		assert.deepEqual(index.rangeOf(link.range), { start: { line: 3, character: 5 }, end: { line: 3, character: 12 } });
	});

	test('UTF-16 columns: characters outside the BMP count twice', () => {
		const text = '😀 [x](/y)';
		const link = inlinesOf(text)[1] as Link;
		assert.deepEqual(new LineIndex(text).rangeOf(link.range), { start: { line: 0, character: 3 }, end: { line: 0, character: 10 } });
	});

	test('empty, blank and binary-ish input never throws', () => {
		for (const input of ['', '\n\n', '\u0000\u0001\u0002', '\ufeff# Title', ':::', '[', '![', '{', '``', '<']) {
			const doc = parseDump(input);
			assert.ok(Array.isArray(doc.blocks));
		}
	});
});

suite('parseDump: cases found on real dumps', () => {
	test('an attribute block of 12 KB (inline data) still opens a fence', () => {
		const text = '::: {#a data-x="' + 'x'.repeat(12000) + '"}\ntext\n:::\n';
		const doc = parseDump(text);
		assert.deepEqual(doc.blocks.map((b) => b.kind), ['div']);
		assert.equal(doc.problems.length, 0);
	});

	test('a long data: image stays an image', () => {
		const image = inlinesOf('![alt](data:image/png;base64,' + 'A'.repeat(5000) + ')')[0];
		assert.equal(image.kind, 'image');
	});

	test('a headerless simple table between dash lines is a table, not a rule', () => {
		const table = only<Table>(parseDump(joinLines('  ----- -----', '  a     b', '  c     d', '  ----- -----')).blocks, 'table');
		assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [['a', 'b'], ['c', 'd']]);
	});

	test('a simple table row goes on while a cell leaves an image srcset open, so its URL lines stay in the image', () => {
		const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(1, n - s.length));
		const text = joinLines(
			'  ' + '-'.repeat(60) + ' ' + '-'.repeat(60),
			'  ' + pad('[![Acme logo](//cdn.example/acme.png){.logo srcset="', 61) + '[![Zeta logo](//cdn.example/zeta.png){.logo srcset="',
			'  ' + pad('    //cdn.example/acme.png?w=180 180w,', 61) + '    //cdn.example/zeta.png?w=180 180w,',
			'  ' + pad('    //cdn.example/acme.png?w=360 360w', 61) + '    //cdn.example/zeta.png?w=360 360w',
			'  ' + pad('  " width="180"}](/acme)', 61) + '  " width="180"}](/zeta)',
			'  ' + '-'.repeat(60) + ' ' + '-'.repeat(60),
		);
		const table = only<Table>(parseDump(text).blocks, 'table');
		assert.equal(table.rows.length, 1);
		for (const c of table.rows[0].cells) {
			const link = only<Paragraph>(c.blocks, 'paragraph').content[0] as Link;
			assert.equal(link.kind, 'link');
			assert.equal(link.children[0].kind, 'image');
		}
		// Nothing of the srcset reaches the extracted text.
		const page = joinLines('# Featured', '', 'We were featured in these places, and the list of them is below for anyone who asks about it.', '', text);
		assert.doesNotMatch(extractedText(page), /cdn\.example|180w|360w/);
	});

	test('a different bullet or delimiter starts a new list', () => {
		assert.deepEqual(parseDump(joinLines('- a', '', '* b')).blocks.map((b) => (b as List).items.length), [1, 1]);
		assert.deepEqual(parseDump(joinLines('1. a', '2. b', '', '1) c')).blocks.map((b) => (b as List).items.length), [2, 1]);
	});
});

suite('parseDump: grid cells', () => {
	test('a link cut by pandoc to fit a column is joined back without spaces', () => {
		const text = joinLines(
			'+-----------------------+',
			'| was nominated for an  |',
			'| [Academy              |',
			'| Awa                   |',
			'| rd](https://en.wikipe |',
			'| dia.org/wiki/Academy_ |',
			'| Award "Academy Award" |',
			'| ){.mw-redirect}.      |',
			'+-----------------------+',
		);
		const table = only<Table>(parseDump(text).blocks, 'table');
		const para = table.rows[0].cells[0].blocks[0] as Paragraph;
		const link = para.content.find((n): n is Link => n.kind === 'link');
		assert.ok(link, 'the link is whole again');
		assert.equal(link.href, 'https://en.wikipedia.org/wiki/Academy_Award');
		assert.equal(link.title, 'Academy Award');
		assert.deepEqual(link.children.map((c) => (c.kind === 'text' ? c.value + (c.softBreakAfter ? '+softbreak' : '') : c.kind)), ['Academy+softbreak', 'Award']);
		assert.equal(link.attrs?.classes[0], 'mw-redirect');
	});
});

/** A compact reading of inlines: `strong[…]`, `em[…]`, text as JSON strings, other kinds by name. */
function shape(nodes: readonly Inline[]): string {
	return nodes.map((n) => (n.kind === 'text' ? JSON.stringify(n.value) : n.kind === 'emphasis' ? `${n.style}[${shape(n.children)}]` : n.kind)).join(',');
}

// Each case below was read by `pandoc -f markdown -t native` (pandoc 2.17, the version the dumps were made with).
suite('parseDump: read as pandoc reads (issue 12)', () => {
	test('a closing ** after a hard break, a space or a no-break space', () => {
		const text = joinLines('**Isolation\\', '** Tasks');
		const nodes = inlinesOf(text);
		assert.equal(shape(nodes), 'strong["Isolation",break]," Tasks"');
		assert.deepEqual(nodes[0].range, { start: 0, end: text.indexOf(' Tasks') });
		assert.equal(shape(inlinesOf('**Isolation **Tasks')), 'strong["Isolation "],"Tasks"');
		assert.equal(shape(inlinesOf('*a *b')), 'em["a "],"b"');
		const nbsp = inlinesOf('**Bold\u00a0** after');
		assert.equal(shape(nbsp), 'strong["Bold\u00a0"]," after"');
		assert.deepEqual(nbsp[0].range, { start: 0, end: 9 });
	});

	test('a run of *** closed by ** then * (and the other way round)', () => {
		const text = '***Tech Enabled:** CNET chronicles.*';
		const nodes = inlinesOf(text);
		assert.equal(shape(nodes), 'em[strong["Tech Enabled:"]," CNET chronicles."]');
		const em = nodes[0] as Emphasis;
		assert.deepEqual(em.range, { start: 0, end: text.length });
		assert.deepEqual(em.children[0].range, { start: 1, end: text.indexOf(' CNET') });
		assert.equal(shape(inlinesOf('***a*b**')), 'strong[em["a"],"b"]');
		assert.equal(shape(inlinesOf('***a***')), 'strong[em["a"]]');
	});

	test('a run of *** that closes ** and opens *', () => {
		const text = '**First (x)***Some sunshine.*';
		const nodes = inlinesOf(text);
		assert.equal(shape(nodes), 'strong["First (x)"],em["Some sunshine."]');
		assert.deepEqual(nodes[0].range, rangeOf(text, '**First (x)**'));
		assert.deepEqual(nodes[1].range, rangeOf(text, '*Some sunshine.*'));
		assert.equal(shape(inlinesOf('*a ***b**')), 'em["a "],strong["b"]');
	});

	test("pandoc's writer's strong inside a strong, `****x? ****`, is one strong; a lone `****` stays literal", () => {
		// Pandoc's reader keeps a run of four literal; its writer makes one from <h1><strong><strong>x? </strong></strong>.
		const text = '# ****What is a Hot-Swappable Keyboard? **** {#what-is-a-hot-swappable-keyboard}';
		const heading = only<Heading>(parseDump(text).blocks, 'heading');
		assert.equal(shape(heading.content), 'strong["What is a Hot-Swappable Keyboard? "]');
		assert.deepEqual(heading.content[0].range, rangeOf(text, '****What is a Hot-Swappable Keyboard? ****'));
		assert.deepEqual((heading.content[0] as Emphasis).children[0].range, rangeOf(text, 'What is a Hot-Swappable Keyboard? '));
		assert.equal(shape(inlinesOf('a ****b****')), '"a ",strong["b"]');
		assert.equal(shape(inlinesOf('***x ***')), 'strong[em["x "]]');
		assert.equal(shape(inlinesOf('rated **** and ****')), '"rated **** and ****"');
		assert.equal(shape(inlinesOf('card ****1234 or ****5678, ****x**')), '"card ****1234 or ****5678, ****x**"');
		assert.equal(shape(inlinesOf('*a****b*')), 'em["a****b"]');
		assert.equal(shape(inlinesOf('_____x_____')), '"_____x_____"');
	});

	test('what stays literal as in pandoc: a run before a space opens nothing, `_` closes nothing inside a word', () => {
		assert.equal(shape(inlinesOf('** a**')), '"** a**"');
		assert.equal(shape(inlinesOf('_a _b')), '"_a _b"');
		assert.equal(shape(inlinesOf('_a _ b')), 'em["a "]," b"');
		assert.equal(shape(inlinesOf('x **a *b* c** y')), '"x ",strong["a ",em["b"]," c"]," y"');
		assert.equal(shape(inlinesOf('**a**b**c**')), 'strong["a"],"b",strong["c"]');
	});

	test('an empty target with a title is an empty link', () => {
		const text = '[x]( "Share via facebook")';
		const link = inlinesOf(text)[0] as Link;
		assert.equal(link.kind, 'link');
		assert.equal(link.href, '');
		assert.equal(link.title, 'Share via facebook');
		assert.deepEqual(link.hrefRange, { start: 4, end: 4 });
		assert.deepEqual(link.range, { start: 0, end: text.length });
	});

	test('entities in a link target and title are decoded', () => {
		const text = '[x](http://a.example/?a=1&amp;b=2 "t &amp; u")';
		const link = inlinesOf(text)[0] as Link;
		assert.equal(link.href, 'http://a.example/?a=1&b=2');
		assert.equal(link.title, 't & u');
		assert.deepEqual(link.hrefRange, rangeOf(text, 'http://a.example/?a=1&amp;b=2'));
		assert.equal((inlinesOf('![i](/p.png?w=1&#38;h=2)')[0] as Image).src, '/p.png?w=1&h=2');
	});

	test('a text of thousands of entities and escapes is one text node with every piece in order', () => {
		const text = 'a&amp;b\\*c&#x41;'.repeat(3000);
		const nodes = inlinesOf(text);
		assert.equal(nodes.length, 1);
		assert.equal((nodes[0] as Text).value, 'a&b*cA'.repeat(3000));
		assert.deepEqual(nodes[0].range, { start: 0, end: text.length });
	});

	test('a link tail that never closes is text, entities decoded once', () => {
		const text = 'before [x](' + '&amp;'.repeat(5000) + ' after';
		const nodes = inlinesOf(text);
		assert.deepEqual(nodes.map((n) => n.kind), ['text']);
		assert.equal((nodes[0] as Text).value, 'before [x](' + '&'.repeat(5000) + ' after');
	});

	test('an unescaped " inside a title keeps the link', () => {
		const text = '[x](http://s.example/a "Monday on "All In," said") after';
		const nodes = inlinesOf(text);
		const link = nodes[0] as Link;
		assert.equal(link.kind, 'link');
		assert.equal(link.href, 'http://s.example/a');
		assert.equal(link.title, 'Monday on "All In," said');
		assert.deepEqual(link.range, rangeOf(text, text.slice(0, text.indexOf(' after'))));
	});

	test('a definition list: terms, definitions, continuation paragraphs, links kept', () => {
		const text = joinLines('Car', ':   [Academy](/a)', ':   [Genie', '    app](/g){.b}', '', 'About', '', ':   [About us](/about/)', '', '    More [here](/m).', '', 'after');
		const blocks = parseDump(text).blocks;
		assert.deepEqual(blocks.map((b) => b.kind), ['list', 'paragraph']);
		const list = blocks[0] as List;
		assert.equal(list.definition, true);
		assert.equal(list.items.length, 2);
		const [car, about] = list.items;
		assert.deepEqual(car.range, { start: 0, end: text.indexOf('{.b}') + 4 });
		assert.deepEqual(car.markerRange, rangeOf(text, ':'));
		assert.deepEqual(car.children.map((b) => b.range), [rangeOf(text, 'Car'), rangeOf(text, '[Academy](/a)'), { start: text.indexOf('[Genie'), end: text.indexOf('{.b}') + 4 }]);
		assert.deepEqual(about.children.map((b) => b.range), [rangeOf(text, 'About'), rangeOf(text, '[About us](/about/)'), rangeOf(text, 'More [here](/m).')]);
		const links = [...car.children, ...about.children].flatMap((b) => (b as Paragraph).content.filter((n): n is Link => n.kind === 'link').map((l) => l.href));
		assert.deepEqual(links, ['/a', '/g', '/about/', '/m']);
		assert.deepEqual(blocks[1].range, rangeOf(text, 'after'));
	});

	// Pandoc's writer prints a `<dt>` holding a `<br>` (Asciidoctor's option lists: `-m <msg>` and `--message=<msg>`) as
	// term lines ending in a hard break. Its reader (2.17, as the dumps were made, and 3.9 alike) reads one line as a
	// term, so it reads these back as a paragraph and a ": ..." paragraph; we read them as the writer meant.
	test('a term over lines joined by hard breaks is one term', () => {
		const text = joinLines('[]{#a}`-a`\\', '`--all`', '', ':   Stage every file.', '', '`-m` *\\<msg\\>*\\', '`--message`', '', ':   ::: paragraph', '    Use the message.', '    :::', '', 'after');
		const doc = parseDump(text);
		assert.equal(doc.problems.length, 0, doc.problems.map((p) => p.message).join('; '));
		assert.deepEqual(doc.blocks.map((b) => b.kind), ['list', 'paragraph']);
		const list = doc.blocks[0] as List;
		assert.equal(list.definition, true);
		assert.equal(list.items.length, 2);
		const [all, message] = list.items;
		assert.deepEqual(all.range, { start: 0, end: rangeOf(text, 'Stage every file.').end });
		assert.deepEqual(all.markerRange, rangeOf(text, ':'));
		assert.deepEqual(all.children.map((b) => b.range), [{ start: 0, end: rangeOf(text, '`--all`').end }, rangeOf(text, 'Stage every file.')]);
		// The term's lines are one paragraph with a line break between them.
		const term = all.children[0] as Paragraph;
		assert.deepEqual(term.content.map((n) => n.kind), ['span', 'code', 'break', 'code']);
		assert.deepEqual(term.content[2].range, { start: text.indexOf('\\\n`--all`'), end: rangeOf(text, '`--all`').start });
		assert.deepEqual(message.range, { start: rangeOf(text, '`-m`').start, end: text.indexOf('\n\nafter') });
		assert.deepEqual(message.markerRange, rangeOf(text, ':', rangeOf(text, '`--message`').end));
		assert.deepEqual(message.children[0].range, { start: rangeOf(text, '`-m`').start, end: rangeOf(text, '`--message`').end });
		const div = message.children[1] as FencedDiv;
		assert.equal(div.kind, 'div');
		assert.deepEqual(div.attrs.classes, ['paragraph']);
		assert.deepEqual(div.children.map((b) => b.range), [rangeOf(text, 'Use the message.')]);
		assert.deepEqual(doc.blocks[1].range, rangeOf(text, 'after'));
	});

	test('hard-break term lines: a line with no break ends the term, an escaped backslash is no break, eight lines at most', () => {
		// A line with no break before the blank line: a paragraph, then a marker line of its own.
		const para = joinLines('one\\', 'two', 'three', '', ':   def');
		assert.deepEqual(parseDump(para).blocks.map((b) => [b.kind, b.range]), [['paragraph', { start: 0, end: rangeOf(para, 'three').end }], ['paragraph', rangeOf(para, ':   def')]]);
		// `\\` is an escaped backslash, not a break: the first line is no term of two lines.
		const escaped = joinLines('one\\\\', 'two', '', ':   def');
		assert.deepEqual(parseDump(escaped).blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
		// `\\\` is an escaped backslash and a break.
		const odd = joinLines('one\\\\\\', 'two', '', ':   def');
		const oddList = only<List>(parseDump(odd).blocks, 'list');
		assert.deepEqual(oddList.items[0].children.map((b) => b.range), [{ start: 0, end: rangeOf(odd, 'two').end }, rangeOf(odd, 'def')]);
		// A list marker on the next line starts no term line.
		assert.deepEqual(parseDump(joinLines('one\\', '-   two', '', ':   def')).blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
		const lines = (n: number): string[] => Array.from({ length: n }, (_, i) => `t${i + 1}${i + 1 < n ? '\\' : ''}`);
		const eight = joinLines(...lines(8), '', ':   def');
		const eightList = only<List>(parseDump(eight).blocks, 'list');
		assert.deepEqual(eightList.items[0].children[0].range, { start: 0, end: rangeOf(eight, 't8').end });
		assert.deepEqual(parseDump(joinLines(...lines(9), '', ':   def')).blocks.map((b) => b.kind), ['paragraph', 'paragraph']);
	});

	test('a one-column simple table is a table, not a rule and a heading', () => {
		const text = joinLines('  -----------', '  only cell', '  two', '  -----------', '', 'after');
		const blocks = parseDump(text).blocks;
		assert.deepEqual(blocks.map((b) => b.kind), ['table', 'paragraph']);
		const table = blocks[0] as Table;
		assert.equal(table.format, 'simple');
		assert.deepEqual(table.range, { start: 0, end: text.indexOf('\n\nafter') });
		assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.range)), [[rangeOf(text, 'only cell')], [rangeOf(text, 'two')]]);
		// Rows of several lines between blank lines: a multiline table of one column.
		const multi = only<Table>(parseDump(joinLines('------', 'a', 'b', '', 'c', '------')).blocks, 'table');
		assert.equal(multi.format, 'multiline');
		assert.deepEqual(multi.rows.map((r) => r.cells[0].text), ['a\nb', 'c']);
		// A rule with a blank line under it stays a rule.
		assert.deepEqual(parseDump(joinLines('------', '', 'text', '------')).blocks.map((b) => b.kind), ['hr', 'heading']);
	});

	test('a simple table ends at a closing fence written tight under its last row', () => {
		const text = joinLines('::: w-embed', '::: responsive-table', '  Service   Tip', '  --------- -----', '  Bar       15%', ':::', ':::', '', 'after');
		const doc = parseDump(text);
		assert.equal(doc.problems.length, 0, doc.problems.map((p) => p.message).join('; '));
		const outer = doc.blocks[0] as FencedDiv;
		assert.deepEqual(outer.range, { start: 0, end: text.indexOf('\n\nafter') });
		const inner = outer.children[0] as FencedDiv;
		const table = only<Table>(inner.children, 'table');
		assert.deepEqual(table.range, { start: rangeOf(text, '  Service').start, end: rangeOf(text, '15%').end });
		assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [['Bar', '15%']]);
		assert.deepEqual(doc.blocks[1].range, rangeOf(text, 'after'));
	});

	test('a spaced rule `- - - - -` over text is a rule: a headerless table needs a closing dash line', () => {
		const text = joinLines('- - - - -', 'Some text', '', 'More');
		const blocks = parseDump(text).blocks;
		assert.deepEqual(blocks.map((b) => b.kind), ['hr', 'paragraph', 'paragraph']);
		assert.deepEqual(blocks[0].range, rangeOf(text, '- - - - -'));
		assert.deepEqual(blocks[1].range, rangeOf(text, 'Some text'));
	});

	test('a line that is only a list marker inside an item is an empty item', () => {
		const text = joinLines('-   Menu', '    -   [a](/a)', '    -   ', '    -   [b](/b)', '-   Next');
		const list = only<List>(parseDump(text).blocks, 'list');
		assert.equal(list.items.length, 2);
		const inner = list.items[0].children[1] as List;
		assert.equal(inner.kind, 'list');
		assert.deepEqual(inner.items.map((it) => it.range), [rangeOf(text, '-   [a](/a)'), rangeOf(text, '-   ', text.indexOf('/a)')), rangeOf(text, '-   [b](/b)')]);
		assert.deepEqual(inner.items[1].children, []);
	});
});
