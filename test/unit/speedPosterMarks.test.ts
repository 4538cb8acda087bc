// Issue 13 (speed48): flatPosts' poster-mark tests read each block once, and not inside an ancestor read without a mark; the answers stay the regex's.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { PosterMarkTests, posterMarkTestsOf } from '../../src/core/extract/kinds/posterMarkTests';
import { POSTER_MARK_RE } from '../../src/core/extract/kinds/scatteredPosts';

/** Every block of the index in flatPosts' order: the top-level blocks, then each container's children, containers in page order. */
function blocksInVisitOrder(index: BlockIndex): Block[] {
	const out: Block[] = [...index.doc.blocks];
	for (const c of index.containers) out.push(...c.children);
	return out;
}

/** A board written flat: a markless wrapper, posters' lines (one with a mark), messages, nested cards. */
const BOARD = [
	'# A thread',
	'',
	'::: {.wrap}',
	'::: {.intro}',
	'Welcome to the board, please read the rules.',
	'',
	'::: {.inner}',
	'Nested text with no mark at all, and [a link](/about).',
	':::',
	':::',
	'',
	'::: {.head}',
	'Posted by [ann](/members/ann.12/) on 3 May 2021, 9:43',
	':::',
	'',
	'::: {.content}',
	'The first message, long enough to be read as a post of its own on this board.',
	':::',
	'',
	'::: {.head}',
	'Posted by [bob]{.username} on 4 May 2021, 10:02',
	':::',
	'',
	'::: {.content}',
	'A reply, with [a link](/topics/12) and text: no poster here.',
	':::',
	':::',
	'',
].join('\n');

suite('speed: poster-mark tests read once (issue 13, speed48)', () => {
	test('every answer is the regex\'s on the block\'s source, with fewer scans', () => {
		const dumps = [BOARD, BOARD.replace(/\[ann\]\(\/members\/ann\.12\/\)/, 'ann'), '# T\n\n::: {.a}\n::: {.b}\nText [x]{.c}\n:::\n\n[y](/users/7/)\n:::\n'];
		for (const dump of dumps) {
			const index = new BlockIndex(parseDump(dump));
			const marks = new PosterMarkTests(index);
			const blocks = blocksInVisitOrder(index);
			for (const b of [...blocks, ...blocks]) {
				assert.equal(marks.has(b), POSTER_MARK_RE.test(dump.slice(b.range.start, b.range.end)), `${JSON.stringify(dump.slice(b.range.start, b.range.end))}`);
			}
			// The second round is all memo, and blocks inside a markless wrapper were not scanned again.
			assert.ok(marks.tests < blocks.length, `${marks.tests} scans for ${blocks.length} blocks`);
		}
	});

	test('a block inside a markless ancestor is not scanned', () => {
		const index = new BlockIndex(parseDump(BOARD));
		const marks = new PosterMarkTests(index);
		const intro = index.containers.find((c) => c.kind === 'div' && BOARD.slice(c.range.start, c.range.end).startsWith('::: {.intro}'))!;
		assert.equal(marks.has(intro), false);
		const before = marks.tests;
		for (const k of intro.children) assert.equal(marks.has(k), false);
		assert.equal(marks.tests, before);
	});

	test('a block that starts after a word character is scanned: `\\b` at its start holds only in its own source', () => {
		// An invented index: the outer source has `xhref=`, no word boundary before `href`; the inner block starts at `h`.
		const text = 'xhref="/users/12/" ';
		const outer = { kind: 'paragraph', range: { start: 0, end: text.length } } as unknown as Block;
		const inner = { kind: 'paragraph', range: { start: 1, end: text.length } } as unknown as Block;
		const index = { doc: { text }, parent: { get: (b: Block) => (b === inner ? outer : undefined) } } as unknown as BlockIndex;
		assert.equal(POSTER_MARK_RE.test(text), false);
		assert.equal(POSTER_MARK_RE.test(text.slice(1)), true);
		const marks = new PosterMarkTests(index);
		assert.equal(marks.has(outer), false);
		assert.equal(marks.has(inner), true);
	});

	test('one set of tests per index, shared by the rules that ask (session 62): a block read by one is not scanned again by the other', () => {
		const index = new BlockIndex(parseDump(BOARD));
		const marks = posterMarkTestsOf(index);
		assert.equal(posterMarkTestsOf(index), marks);
		assert.notEqual(posterMarkTestsOf(new BlockIndex(parseDump(BOARD))), marks);
		for (const b of blocksInVisitOrder(index)) marks.has(b);
		const tests = marks.tests;
		for (const b of blocksInVisitOrder(index)) assert.equal(posterMarkTestsOf(index).has(b), POSTER_MARK_RE.test(BOARD.slice(b.range.start, b.range.end)));
		assert.equal(marks.tests, tests);
	});
});
