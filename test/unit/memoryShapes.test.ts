// Peak heap per hostile shape: the whole pipeline in a child whose heap is capped at 10x the input must finish.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { memoryShapeList } from '../../bench/memoryShapes';
import { runUnderHeapCap } from '../util/heapCap';

/** The hardening issue's aim: peak heap at most this many times the input on every pathological shape. */
const HEAP_FACTOR = 10;
/** A liveness bound per child (a busy 2-core machine), never a speed test. */
const CHILD_BOUND_MS = 240_000;
const CHILD = path.join(__dirname, '..', '..', 'bench', 'memoryShapeChild.js');

/**
 * Shapes of the bench's memory table that still need more than 10x their size: skipped here, and un-skipped as they
 * come under it. Their model alone is over 10x (block- or link-dense shapes at 40 to 160 nodes per KB, where a node
 * costs 100 to 200 bytes), or the extraction and rendering after it are: see the notes of the hardening issue.
 */
const STILL_OVER = new Set([
	// 'prose (samples, 5 MB)' passes since session 14: it finishes under 58 MB, 4 MB below its cap (V8 gives up at
	// about 85-94% of the cap, so a margin under that is what makes it pass every time).
	// UTF-16 and the headings: since session 18 the json step writes its output in pieces (render/jsonChunks.ts) and
	// holds 0.7 and 1.2 MB over the model (it held the 3.7 and 23.1 MB string and the object tree it was made from),
	// but every other step is still over the cap (18 and 34 MB). Live peaks under a 60-80 MB heap (session 18, the
	// last mark-compact of each step, so lower bounds; warm heap 14.5 MB): headings: parse 53-57 (the block parser's
	// pending inlines: a 152-byte array and an entry per paragraph or heading; trimmed, 37), extraction 56-59 (the
	// metadata scan's candidates, 9 MB, and the kind measures' nodes, 6.7 MB, on 60,000 headings), html 52, diagnose
	// 50, the model alone 15 (with the text). UTF-16: its model alone is 3.7 MB of its 3.4 MB of room.
	// Session 19: the block parser holds its pending inlines as offsets (dump/pendingInlines.ts): the headings' parse
	// peaks 33.0 -> 10.4 MB above the heap before the input (text 1.9 and model 9.4 of it), under its cap now; the
	// steps after it still are not (above the same heap: extraction 42.6, outline 35, md 39, html 38, diagnose 47,
	// with the model, article and Markdown, 26 MB, held by all). UTF-16 (its input is built without a spread now):
	// model 4.3 MB, extraction 12.7 MB above the same heap.
	// Session 21 (removed regions as compact nodes, prune reasons only where there is one, the block index's order as a
	// hash table of numbers (extract/blockOrder.ts), text tables, scan lists and the top-level block list without push
	// slack): smallest heap that finishes (bisection, 1 MB steps, +-1 MB between runs): UTF-16 26 MB (26 before, cap
	// 19), the headings 51-52 MB (53 before, cap 34). Held after each step above the warm heap (full GC; headings /
	// UTF-16): parse 10.3 / 3.8 (10.7 / 3.8 before), extract 15.0 / 5.5 (17.5 / 6.1), md 19.4 / 6.3, json 20.3 / 6.8.
	// Live peaks (last mark-compact, lower bounds): the headings' extraction 33.1 -> 27.8 MB, outline 32 (its symbols
	// and their two ranges each, 11 MB for 60,000 headings), html 33.5 (the html string twice while its parts are
	// joined, 5 MB, its toc, ids and the used-id set, 6 MB); UTF-16 extraction 10.2 -> 8.6, html 10.0, diagnose 9.3.
	// What is held after the md step alone is over the room of either cap (19.6 and 3.4 MB, of which V8 uses about
	// 90%): the model (a div, a heading and a paragraph of 'UTF-16' are 336 bytes with their attributes and children
	// array: 3.5 MB for 0.34 MB of input; a heading 76 bytes and a paragraph 46 in the headings), the removed regions
	// (56 bytes each, 60,000 in the headings) and the output block map (56 bytes a block). Un-skipping needs those as
	// columns (typed arrays by block order) rather than an object per block, and the outline's symbols likewise.
	// Session 22: the output block map and the removed regions are columns behind a read-only array view
	// (model/arrayView.ts), the outline's headings columns while found and compact nodes with getters (outline.ts
	// HeadingNode). The headings: held after each step above the warm heap (full GC) extract 15.2 -> 12.4, md 19.7 ->
	// 13.1, json 20.5 -> 14.0 MB; the outline it returns 14.2 -> 5.1 MB; smallest heap that finishes 51-52 -> 46-47 MB (cap
	// 34), and what it now fails in is html (live peak 27-30 MB above the warm heap: the html string twice while its
	// parts are joined, its toc of 60,000 entries, their ids and the used-id set) and extraction (25-29 MB: the metadata
	// scan and the kind measures), both still over the cap's 19.6 MB of room. UTF-16: json 6.8 -> 6.05 MB held,
	// smallest heap still 26 MB (cap 19): its model alone (3.5 MB) fills the 3.4 MB of room.
	// Session 23: `--format html` is written in pieces (render/articleHtml.ts writeHtmlDocument), heading ids are kept
	// without a set of every id (render/headingIds.ts), repeated toc texts share one string. The headings, live peaks
	// above the warm heap (12.9 MB held before html): the CLI's html 23.6-24.1 -> 14.3-15.1 MB; this child's 'render
	// html' (renderArticleHtml, the preview's call) 26.5-27.7 -> 23.9-25.0, because its output alone is over the room:
	// the html string (4.6 MB, twice while its pieces are joined) and the toc (58,800 entries, 5.7 MB: 56-byte
	// objects and 33-byte ids), 12.9 + 4.6 + 5.7 = 23.2 MB against 19.6; under it needs the preview's toc capped and
	// its html handed on in pieces (src/vscode). Smallest heap 45-46 -> 44-45 MB (cap 34): it fails first in
	// extraction now (live peak 26.8-29.4 MB: the metadata scan's 71,667 nodes, 4.4 MB, and its two block text tables,
	// the block index's texts and columns, two whole-page attempts' block lists of 1.4 MB each, the page's text joined
	// by kinds/companyVoice.ts, 1.7 MB).
	// Later in session 23: companyVoice.ts counts block by block (no joined text), and the preview caps its Contents
	// list at 1,000 headings (vscode/previewModel.ts MAX_TOC_ITEMS; this child renders html as the preview does). The
	// smallest heap after these two: 45 MB (44 failed 2 of 2, in extraction); extraction needs more room than the cap leaves.
	// Session 24: repeated paragraph and heading texts of the block index are one string each (extract/sharedTexts.ts),
	// a raw paragraph text equal to its collapsed text takes no slot (blockTexts.ts OverlayTexts), the metadata scan's
	// node list is sized by the index (no growth copy), its text table is made only for texts unlike the index's, its
	// nodes keep their parent by order (48 bytes, not 56), and the whole-page block list is cut to length. The
	// headings' extraction, live peak above the warm heap under a tight cap (46 / 42 MB): 28.1 -> 23.0 MB (heap
	// snapshot at the limit: the scan's 120,001 nodes, 6.4 MB, still the largest part); smallest heap 45 -> 40 MB (39
	// fails; 40 passes 1 run of 3): it fails first in diagnose now (live peak 23.4 MB, unchanged), extraction at 38.
	// UTF-16: 25 MB (cap 19).
	// Later in session 24: diagnose keeps the kept blocks' ranges as two Int32Arrays and a heading's auto id as an
	// object of one field (diagnose/context.ts), the index's blocks by order, the article attempt and the whole page
	// share the document's list when they hold the same blocks (extract/sameBlocks.ts), and the index's collapsed
	// texts are numbers into a list of distinct texts (blockTexts.ts). The headings, live peaks above the warm heap
	// under a 40 MB heap (before -> after): extraction 22.3 -> 17.6-19.1, diagnose 22.4 -> 13.6; outline 18.8 and
	// render html 19.0 are now the highest (their files were not in this change). Smallest heap 40 -> 36-37 MB (the
	// test's cap is 34 here: probe base 15.4 MB + 10 x 1.92 MB); it fails first in render html (35, 36) and outline
	// (34), extraction finishes at 34.
	// Session 25: the outline makes a heading's node when it finds it, nests the one list into the roots in place and
	// shares repeated names (outline.ts: no columns beside the nodes, 58,803 names of three texts one string each).
	// The headings, live peaks above the warm heap (under a 37-40 MB heap, before -> after): outline 18.2-18.9 ->
	// 12.1-16.0; render html 18.8-19.2 and extraction 18.3-18.8 are now the highest. A join of the html through a
	// UTF-8 buffer outside the heap took render html to 15.1-15.5 and the smallest heap to 34-35 MB, but it only moved
	// the 4.64 MB copy out of the measured heap (the process held as much), so it was not kept. The html needs handing
	// on in pieces, and extraction about 2 MB less (the metadata scan's nodes). UTF-16: 25 MB (cap 19), unchanged.
	'UTF-16',
	// 'encoded script links' and 'tracking pixels' pass since session 17: they finish under 30 and 29 MB (3 runs of
	// 3), 3 MB or more below their 33 MB cap; a link's one word of text and an image's repeated attribute block are
	// held without a list or an object of their own (model/linkNodes.ts).
	'headings named like the preview',
]);

/** Every shape of the bench's table, and the 10 MB single line (the bench runs it with --memory-all only). */
const SHAPES = memoryShapeList(true);

suite(`peak heap <= ${HEAP_FACTOR}x the input (child process, heap capped)`, function () {
	this.timeout(2 * CHILD_BOUND_MS + 10_000);
	for (const [kind, name, size] of SHAPES) {
		(STILL_OVER.has(name) ? test.skip : test)(name, async () => {
			const r = await runUnderHeapCap(CHILD, [kind, name, size], HEAP_FACTOR, CHILD_BOUND_MS);
			assert.ok(r.ok, `${name} (${r.bytes} bytes) did not finish under a ${r.capMb} MB heap: ${r.detail}`);
			console.log(`      ${name}: ${(r.bytes / 1e6).toFixed(2)} MB finished under a ${r.capMb} MB heap`);
		});
	}
});
