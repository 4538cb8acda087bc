// The eval's declassed pages (EVAL_DECLASS): class and id words made opaque, structure, prose and standard attributes kept.
import * as assert from 'node:assert/strict';
import { classTokens, declassDump, opaque, parseDeclassMode, TokenSites } from '../../scripts/eval/declass';
import { MAYBE_CANDIDATE_RE, UNLIKELY_RE } from '../../src/core/extract/scoring';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';

const DUMP = [
	'::: {#main .product-detail .sourceCode itemprop="offers"}',
	'# Teak bench {#title .product-name}',
	'',
	'[Add to cart]{.btn-cart} and [save]{.btn-cart} it; a set {1, 2} in prose.',
	'',
	'<div class="related-items grid" id="rel">',
	'',
	'[Chair](/chair){.card-link}',
	'',
	'</div>',
	':::',
	'',
].join('\n');

suite('eval: declassed dumps', () => {
	test('no opaque token holds a word the prune or the scorer reads ("rss", "and"), and each keeps its name\'s length', () => {
		for (let n = 0; n < 20_000; n++) {
			const name = `w${n.toString(36)}-block-${(n * 7919).toString(36)}`;
			const token = opaque('.', name);
			assert.equal(token.length, name.length, name);
			assert.ok(!UNLIKELY_RE.test(token) && !MAYBE_CANDIDATE_RE.test(token), `${name} -> ${token}`);
			assert.equal(opaque('.', name), token, 'one name, one token');
		}
	});

	test('every class and id word becomes opaque; the same word the same token', () => {
		const out = declassDump(DUMP);
		for (const word of ['product-detail', 'product-name', 'btn-cart', 'related-items', 'card-link', '#main', '#title', 'id="rel"']) assert.ok(!out.includes(word), `${word} left in:\n${out}`);
		const carts = out.match(/\[(?:Add to cart|save)\]\{\.(c[a-z]*)\}/g) ?? [];
		assert.equal(carts.length, 2);
		assert.equal(carts[0].replace(/^\[[^\]]+\]/, ''), carts[1].replace(/^\[[^\]]+\]/, ''), 'one word, one token');
		assert.match(out, /^::: \{#i[a-z]* \.c[a-z]* \.sourceCode itemprop="offers"\}$/m, "pandoc's own class and key=value attributes stay");
		assert.match(out, /<div class="c[a-z]* c[a-z]*" id="i[a-z]*">/);
		assert.ok(out.includes('a set {1, 2} in prose.'), 'braces in prose are not attributes');
	});

	test('a token is as long as its word, so grid tables keep their columns; wrapped attribute blocks are renamed too', () => {
		const out = declassDump('[x]{.product-name .price\n.sale}\n');
		assert.match(out, /^\[x\]\{\.c[a-z]{11} \.c[a-z]{4}\n\.c[a-z]{3}\}$/m);
		assert.match(declassDump('::: css-6n7j50\ntext\n:::\n'), /^::: c[a-z]{9}\ntext\n:::$/m, 'a bare class word after the fence');
		assert.match(declassDump('-   item\n\n    ::: accordion-body\n    text\n    :::\n'), /^ {4}::: c[a-z]{13}$/m, 'indented, inside a list item');
		const grid = ['+-----------+-----+', '| [a]{.cell} | b   |', '+-----------+-----+', ''].join('\n');
		assert.deepEqual(declassDump(grid).split('\n').map((l) => l.length), grid.split('\n').map((l) => l.length));
	});

	test('raw HTML class and id attributes are renamed in place on their line; data attributes ending in -id or -class are not', () => {
		// A grid table whose cells hold a data attribute's quoted value across rows: the rows keep their lengths.
		const grid = ['| <a resource-id="12 | x |', '| 34" class="btn  big"> | y |', ''].join('\n');
		const out = declassDump(grid);
		assert.deepEqual(out.split('\n').map((l) => l.length), grid.split('\n').map((l) => l.length));
		assert.ok(out.includes('resource-id="12 |'), 'the data attribute is kept');
		assert.match(out, /class="c[a-z]{2} {2}c[a-z]{2}"/, 'two spaces stay two spaces');
		assert.match(declassDump("<p class='lead'>"), /^<p class='c[a-z]{3}'>$/, 'single quotes stay single');
	});

	test("a framework's ids stay: React's streamed parts are shown, renamed they would read as hidden", () => {
		const dump = '::: {#S:2b hidden=""}\nThe whole description.\n:::\n\n::: {#Summary .S:1}\n:::\n';
		const out = declassDump(dump);
		assert.match(out, /^::: \{#S:2b hidden=""\}$/m);
		assert.ok(!out.includes('#Summary') && !out.includes('.S:1'), 'only an id of that exact shape is kept');
	});

	test('the structure the parser reads is the same', () => {
		const shape = (blocks: readonly Block[]): string => blocks.map((b) => ('children' in b ? `${b.kind}(${shape(b.children)})` : b.kind)).join(' ');
		assert.equal(shape(parseDump(DUMP).blocks), 'div(heading paragraph htmlDiv(paragraph))');
		assert.equal(shape(parseDump(declassDump(DUMP)).blocks), shape(parseDump(DUMP).blocks));
	});

	test('rare:N keeps a word that N other sites use, never counting the page’s own site', () => {
		const sites = new TokenSites();
		sites.add('a.example', '::: {.nav .shop-a}\n:::\n');
		sites.add('b.example', '::: {.nav}\n:::\n');
		sites.add('c.example', '<div class="nav shop-a">');
		const keepOnA = sites.keeper('a.example', 2);
		assert.ok(keepOnA('.nav'), 'nav: b and c besides a');
		assert.ok(!keepOnA('.shop-a'), 'shop-a: only c besides a');
		assert.ok(sites.keeper('b.example', 2)('.shop-a'), 'shop-a: a and c besides b');
		const out = declassDump('::: {.nav .shop-a}\n:::\n', keepOnA);
		assert.match(out, /^::: \{\.nav \.c[a-z]*\}$/m);
		assert.deepEqual([...classTokens('::: {#X .Nav k=v}\n:::\n<p class="a b">')].sort(), ['#x', '.a', '.b', '.nav']);
	});

	test('modes: all, rare (ten sites), rare:N; anything else is an error', () => {
		assert.equal(parseDeclassMode(undefined), undefined);
		assert.deepEqual(parseDeclassMode('all'), { kind: 'all' });
		assert.deepEqual(parseDeclassMode('rare'), { kind: 'rare', sites: 10 });
		assert.deepEqual(parseDeclassMode('rare:3'), { kind: 'rare', sites: 3 });
		assert.throws(() => parseDeclassMode('some'), /EVAL_DECLASS takes all, unique, rare or rare:N/);
	});
	test('unique: every occurrence of a class gets a token of its own, as long as the name; all: one name, one token', () => {
		const dump = '::: {.post}\nOne\n:::\n\n::: {.post}\nTwo\n:::\n\n::: post\nThree\n:::\n';
		assert.deepStrictEqual(parseDeclassMode('unique'), { kind: 'unique' });
		const tokens = (d: string): string[] => [...d.matchAll(/^::: (?:\{\.)?(\w+)/gm)].map((m) => m[1]);
		const shared = tokens(declassDump(dump));
		assert.strictEqual(new Set(shared).size, 1, shared.join(' '));
		const apart = tokens(declassDump(dump, () => false, true));
		assert.strictEqual(apart.length, 3);
		assert.strictEqual(new Set(apart).size, 3, apart.join(' '));
		for (const t of apart) assert.strictEqual(t.length, 'post'.length, t);
	});

	test('a bare class word inside a blockquote is renamed; under unique, quote boxes no longer share a token', () => {
		const dump = ['> ::: quote-body', '> Quoted once.', '> :::', '', 'Reply.', '', '> > ::: quote-body', '> > Quoted twice.', '> > :::', '', '-   item', '', '    > ::: quote-body', '    > :::', ''].join('\n');
		const out = declassDump(dump);
		assert.ok(!out.includes('quote-body'), out);
		const tokens = [...out.matchAll(/^[ >]*::: (c[a-z]{9})$/gm)].map((m) => m[1]);
		assert.equal(tokens.length, 3, out);
		assert.equal(new Set(tokens).size, 1, 'all: one name, one token');
		const apart = [...declassDump(dump, () => false, true).matchAll(/^[ >]*::: (c[a-z]{9})$/gm)].map((m) => m[1]);
		assert.equal(new Set(apart).size, 3, `unique: ${apart.join(' ')}`);
		assert.ok(classTokens(dump).has('.quote-body'));
		assert.match(declassDump('::: lg:hidden\ntext\n:::\n'), /^::: c[a-z]{8}\ntext\n:::$/m, 'a word with a breakpoint colon');
	});

	test('a bare class word after a list marker is renamed: bullet, number, definition, inside a blockquote, nested', () => {
		const dump = ['-   ::: author-pane', '    Ann', '    :::', '', '1.  ::: author-pane', '    :::', '', ':   ::: author-pane', '    :::', '', '> -   ::: author-pane', '  :::', '', '-   -   ::: author-pane', '        :::', '', '- ::: not a fence word', ''].join('\n');
		const out = declassDump(dump);
		assert.ok(!out.includes('author-pane'), out);
		assert.deepEqual(out.split('\n').map((l) => l.length), dump.split('\n').map((l) => l.length), 'each line keeps its length');
		const apart = [...declassDump(dump, () => false, true).matchAll(/::: (c[a-z]{10})$/gm)].map((m) => m[1]);
		assert.equal(apart.length, 5);
		assert.equal(new Set(apart).size, 5, `unique: ${apart.join(' ')}`);
		assert.ok(classTokens(dump).has('.author-pane'));
		assert.ok(out.endsWith('- ::: not a fence word\n'), 'prose after a marker is not a class');
		const spaces = `-${' '.repeat(50_000)}x`;
		const started = Date.now();
		assert.equal(declassDump(spaces), spaces);
		assert.ok(Date.now() - started < 1000, 'a long run of spaces after a marker is read once');
	});

	test('an attribute block whose quoted values hold braces, escaped quotes and line ends is renamed; the values are kept', () => {
		const dump = [
			'::: {.widget .posts-grid data-id="4a" settings="{\\"gap\\":{\\"unit\\":\\"px\\"},',
			'  \\"note\\":\\"a .word in a value\\"}"}',
			'[Tag](/t){.topic-tag .Link click="{\\"event\\":\\"click\\"}"}',
			':::',
			'',
		].join('\n');
		const out = declassDump(dump);
		for (const word of ['.widget', '.posts-grid', '.topic-tag', '.Link']) assert.ok(!out.includes(word), `${word} left in:\n${out}`);
		assert.ok(out.includes('settings="{\\"gap\\":{\\"unit\\":\\"px\\"},\n  \\"note\\":\\"a .word in a value\\"}"}'), `the value is kept as it was:\n${out}`);
		assert.ok(out.includes('click="{\\"event\\":\\"click\\"}"}'), out);
		assert.deepEqual(out.split('\n').map((l) => l.length), dump.split('\n').map((l) => l.length), 'each line keeps its length');
		assert.deepEqual([...classTokens(dump)].sort(), ['.link', '.posts-grid', '.topic-tag', '.widget']);
	});
});
