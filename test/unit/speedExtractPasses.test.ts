// Issue 13 (perf32): the extraction's speed changes give the answers the plain forms gave.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { CONTENT_BESIDE_SIDEBAR_RE, QUALIFIED_CHROME_RE, withoutQualifiedChrome } from '../../src/core/extract/chromeQualifiers';
import { filterBlockTree } from '../../src/core/extract/heuristics/cardRepeats';
import { pageTitleHeading } from '../../src/core/extract/heuristics/heroSections';
import { firstTitle } from '../../src/core/extract/kinds/pageStart';
import type { Block } from '../../src/core/model/dumpDocument';


/** Pieces of class lists around the chrome qualifiers' words, in any case. */
const PIECES = ['with', 'has', 'no', 'without', '-', '_', ' ', 'header', 'footer', 'sidebar', 'side-bar', 'side', 'bar', 'rail', 'aside', 'menu', 'nav', 'content', 'article', 'entry', 'post', 'wrap', 'wrapper', 'container', 'row', 'section', 'NO', 'x', 'é'];
const WORDS = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.boolean()), { maxLength: 10 }).map((xs) => xs.map(([p, up]) => (up ? p.toUpperCase() : p)).join(''));

suite('speed: extraction passes (issue 13, perf32)', () => {
	test('withoutQualifiedChrome skips its replaces only where they change nothing', () => {
		for (const w of ['section-with-header', 'p-body-main--withSidebar', 'no-sidebar', 'content-sidebar-wrap', 'article-rail-container', 'header--has-menu', 'plain main']) {
			assert.equal(withoutQualifiedChrome(w), w.replace(QUALIFIED_CHROME_RE, '$1$2').replace(CONTENT_BESIDE_SIDEBAR_RE, '$1$2-$3'), w);
		}
		fc.assert(
			fc.property(WORDS, (w) => withoutQualifiedChrome(w) === w.replace(QUALIFIED_CHROME_RE, '$1$2').replace(CONTENT_BESIDE_SIDEBAR_RE, '$1$2-$3')),
			{ numRuns: 3000 },
		);
	});

	test('firstTitle finds the first h1 in reading order, lists included', () => {
		const doc = parseDump('::: {.top}\n- item\n- [nested]{.x}\n\n  # In a list\n:::\n\n# Later\n');
		assert.equal(firstTitle(doc.blocks)?.kind, 'heading');
		assert.equal(firstTitle(doc.blocks)?.range.start, doc.text.indexOf('# In a list'));
		assert.equal(firstTitle(doc.blocks, () => false), undefined);
	});

	test('pageTitleHeading is the same heading when asked again, and none for a page without one', () => {
		const doc = parseDump('# [Logo](/)\n\nText.\n\n# The page title\n\nBody.\n');
		const title = pageTitleHeading(doc.blocks);
		assert.equal(title?.range.start, doc.text.indexOf('# The page title'));
		assert.equal(pageTitleHeading(doc.blocks), title);
		const none = parseDump('## Only h2\n\nText.\n');
		assert.equal(pageTitleHeading(none.blocks), undefined);
		assert.equal(pageTitleHeading(none.blocks), undefined);
	});

	test('filterBlockTree returns a list of its own, unchanged subtrees shared and changed ones rebuilt', () => {
		const doc = parseDump('::: {.a}\nKeep one.\n\nDrop me.\n:::\n\n::: {.b}\nKeep two.\n:::\n\n- Keep three.\n- Drop me.\n');
		const drop = (b: Block): boolean => !(b.kind === 'paragraph' && doc.text.slice(b.range.start, b.range.end).startsWith('Drop'));
		const all = filterBlockTree(doc.blocks, () => true);
		assert.notEqual(all, doc.blocks);
		assert.deepEqual(all, [...doc.blocks]);
		const kept = filterBlockTree(doc.blocks, drop);
		assert.equal(kept.length, 3);
		assert.notEqual(kept[0], doc.blocks[0]);
		assert.equal(kept[1], doc.blocks[1]);
		const texts = (bs: readonly Block[]): string[] => bs.flatMap((b) => (b.kind === 'paragraph' ? [doc.text.slice(b.range.start, b.range.end)] : b.kind === 'list' ? texts(b.items.flatMap((it) => it.children)) : 'children' in b ? texts(b.children) : []));
		assert.deepEqual(texts(kept), ['Keep one.', 'Keep two.', 'Keep three.']);
	});
});
