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
	// UTF-16 and the headings, sessions 18-25: the json step writes its output in pieces (render/jsonChunks.ts), the
	// block parser holds its pending inlines as offsets (dump/pendingInlines.ts), the output blocks, removed regions and
	// block index are columns (model/arrayView.ts, extract/blockOrder.ts, blockTexts.ts), the outline's headings compact
	// nodes made when found, repeated texts one string (extract/sharedTexts.ts), the metadata scan's nodes 48 bytes,
	// `--format html` written in pieces, the preview's toc capped at 1,000 (vscode/previewModel.ts MAX_TOC_ITEMS), and
	// diagnose's ranges Int32Arrays. The headings' smallest heap that finishes (bisection, 1 MB steps): 51-52 MB
	// (session 21), 46-47, 44-45, 40, 36-37 (session 24 and 25; a join of the html outside the heap reached 34-35 but
	// only moved its copy out of the measured heap, so it was not kept). UTF-16: 25-26 MB throughout (cap 19): its model
	// alone (3.5 MB) fills the 3.4 MB of room.
	// Session 26: the removed regions' step and signal are a byte per region (extract/article.ts: held after
	// extraction, above the warm heap, 11.96 -> 11.09 MB), and the html renders Markdown pieces of 2 KB, not 8 KB
	// (render/markdownChunks.ts: render html's live peak 18.4 -> 17.5 MB, extraction's 18.7 -> 17.6). The test's cap
	// here is 35 MB (probe base 15.75-15.85 MiB + 10 x 1.96 MB); the headings finish under it 7 runs of 8 (this test 3
	// of 4: one failure in a run of the whole file; 4 of 4 in the bench child), 1 of 3 before; bisections on a 1.92 MB
	// input: 35, 35, 37 (36-37 before); at 34 that input fails 3 of 3, in extraction (live peak about 17.6 MB: the model 8.1,
	// the text 1.8, the metadata scan's 117,601 nodes and their list 6.3) or render html (held 11.8, its 4.9 MB of
	// pieces, their 4.6 MB join). A run of the html step without the join (pieces only) needed as much heap: both steps
	// need about 1-2 MB less for a margin, the scan as columns (no object per node) or a smaller model.
	// Also session 26: a div's attribute block is shared parts and packed offsets, a heading's range packed in its
	// level field (model/, dump/): the UTF-16 model 3.70 -> 2.64 MB, smallest heap 25 -> 24 MB (it fails in
	// extraction, 5 MB over the model); the headings' model 10.1 -> 8.8 MB. Both changes together: the headings
	// finish under 35 MB 2 runs of 3 (still one failure in a few runs, so still skipped).
	'UTF-16',
	// 'encoded script links' and 'tracking pixels' pass since session 17: they finish under 30 and 29 MB (3 runs of
	// 3), 3 MB or more below their 33 MB cap; a link's one word of text and an image's repeated attribute block are
	// held without a list or an object of their own (model/linkNodes.ts).
	// 'headings named like the preview', session 27: the repeated blocks' removed regions (60,000 of its
	// 120,001 blocks) are compact nodes (heuristics/repeatedBlocks.ts `removedRegion`, 56 bytes), not a literal and its
	// range object (88). A heap snapshot near the limit (--heapsnapshot-near-heap-limit) showed the extraction's peak
	// was those regions (5.3 MB), not the metadata scan; it is the scan again now (its 120,001 nodes, 5.8 MB, and their
	// list). Smallest heap that finishes (the bench child, 1 MB steps): 34 (5 runs of 5; 33 and 32 fail 2 of 2), 35-37
	// before, where 34 failed 3 of 3; at 35, 8 of 8. The test at 35 MB: 3 of 3 alone, 1 of 1 in a run of
	// this file, 1 of 2 in a run of the whole unit suite (a machine at load average 13 on 2 cores), so still a run in
	// about a dozen that fails. What is left near the cap, each about 1 MB under it: the extraction (the scan) and the
	// html render (the model 7.2 MB, the text 1.96, the html's 4.9 MB of pieces and their 4.9 MB join).
	// So still skipped: a run in a dozen that fails is a CI run in a dozen that fails. It comes out of this list when
	// both steps have a MB or more of margin (a smaller scan node, or the html joined outside the heap's peak).
	// 'headings named like the preview' passes since session 54 (see the end of this list): the preview's html is
	// pieces of about 64 KB, posted a message each and never joined.
	// UTF-16 now finishes under 23 MB 2 runs of 3 (22 fails; cap 19): at its extraction peak 14,501 removed regions
	// of the conditional step (0.81 MB) each with its own signal string (`short 14 (a)`, 0.46 MB, clean.ts), the
	// 10,000 fenced divs (0.64 MB) and their two-child lists (about 0.6 MB).
	// Session 28: a removed region's signal shares the equal string of one of the last few regions (clean.ts
	// `sharedSignal`): UTF-16 finishes under 23 MB 6 runs of 10 (it failed 2 of 2 there the same day before), 22 fails
	// 4 of 4. What is left at its peak (a heap snapshot near the limit): two attempts' removed regions (10,000 and
	// 8,673 `RemovedRegionNode`, 1.05 MB), the fenced divs and their two-child lists (0.96 MB), headings and paragraphs
	// (1.04 MB): still 3 MB over its cap.
	// The headings, session 28: extraction's peak is the article's metadata read (extractArticle.ts step 9), where the
	// scan is made (the kind stage's read makes none on this shape): a snapshot after it, the scan 6.72 MB (120,001
	// `FieldBlockMNode` at 48 bytes and their 0.96 MB list) above 25.8 MB of heap before it (the model 7.2, the text
	// 1.96, compiled code 4.2); near the cap V8 gives up on "ineffective mark-compacts" at about 31 MB live of 33.6.
	// Nothing else there is big. The bench child that day (a machine at load average 1 to 13): 33 fails 5 of 5, 34
	// finishes 3 of 6, 35 2 of 3; so still skipped. Two MB of margin needs the scan's block nodes as columns (a node
	// per block, 56 bytes with its slot in the list, is most of the scan); a field less per node is 0.96 MB.
	// Session 29: a block's scan node holds no block (metadata/scan.ts `NodeTable`: the block index's number of it,
	// 4 bytes outside the heap), 40 bytes, not 48: 0.96 MB less at the scan. The headings' extraction now finishes
	// under 33 MB (2 of 2 traced runs), where it failed before, and the peak is render html's (33 fails 4 of 4): the
	// model 7.2 MB, the text 1.96, the Markdown 0.58, the article's blocks 0.48 and the html's 4.98 MB of pieces with
	// their 4.98 MB join, about 20 MB above the warm heap for 19.6 of room (a snapshot before the join). The bench
	// child that day: 34 finishes 2 of 4 (unchanged: render html), 35 7 of 7. So still skipped: the next MB is render
	// html's, a smaller model (a heading or a paragraph a field less, 0.48 MB each) or a join that does not hold the
	// pieces. UTF-16 the same day: 22 fails 3 of 3 (in extraction, where no scan is alive), 23 finishes 2 of 3.
	// Session 30 (no change to the pipeline): the probe's warm heap is now 16.9-17.5 MB (15.8 in session 26: more code
	// is loaded), so this test's caps are 35-36 MB for the headings and 20 MB for UTF-16. At a load average of 17-27
	// on 2 cores the headings finished 3 of 4 at 36 MB and 3 of 3 at 35 MB, render html taking 9-38 s of collections
	// near the limit (0.7 s uncapped): still one failure in a few runs, so still skipped. A snapshot before the join
	// (gc'd, used heap): 15.5 MB warm, +8.9 the model (120,002 heading and paragraph nodes 5.95 MB, the block list 0.96),
	// +1.3 the article (its 60,000-block list 0.48 MB, 0.8 MB of compiled code), +0.7 the Markdown, +5.1 the html's
	// 282 pieces, then +4.7 their join: 20.8 MB above the warm heap. 1.5 MB of it is code compiled during the run, not
	// data: irregexp native code of the extraction's big patterns (the date patterns 143 and 78 KB, the forum-control
	// one 57 KB, ...) and optimized functions, which the 0.2 MB prose warm-up does not compile. The pieces and their
	// join cannot both go: one flat string needs its sources alive while it is made, and returning the pieces as a
	// rope only moves that copy to the preview's postMessage (which flattens it, pieces still alive), so it was not
	// tried. What is left: a node field less on headings and paragraphs (0.48 MB each), the article's block list as
	// positions, or fewer bytes of compiled code.
	// Session 30, mem31: a heading's `end` is derived from its packed field (model/blockNodes.ts), 56 -> 48 bytes: gc'd
	// used heap (2 runs each, same day) after parse 24.68 -> 24.24 MB, at render html's join 36.69 -> 36.23-36.29 MB:
	// 0.40-0.46 MB less at every step's peak. At a fixed cap (runUnderHeapCap, factor 9: 34 MB; load average 6-7,
	// the unit suite running alongside in the first two runs each): this branch 3 of 4, main 1 of 4; at 33 MB both 0 of
	// 2; at the test's cap (36)
	// both 2 of 2. Half of the MB of margin asked for, so still skipped: the paragraph's field (0.48 MB) or the
	// article's blocks as positions (0.48) is the other half.
	// Session 33, mem36 (no change to the pipeline; main 50904cf, load average 12-18 on 2 cores, six helpers running):
	// the probe's warm heap 17.7-18.1 MB, so the caps are 36 MB (headings) and 21 MB (UTF-16). The bench child at a
	// fixed cap: the headings 36 MB 12 of 13 (7 of 8, then 5 of 5), 35 MB 5 of 8, 34 MB 1 of 4; UTF-16 23 MB 0 of 2
	// (and 21, 22 0 of 2), 24 MB 2 of 3, 25 MB 2 of 2. So the headings still fail about a run in ten at their own cap,
	// with no margin below it, and UTF-16 is 3-4 MB over.
	// The gc'd heap above the warm heap (the headings): after parse 7.9 MB, extract 9.3, render md 10.0, then the
	// html's 282 pieces 4.3-4.8 and their 4.98 MB join. Code space grows 4.7 -> 5.5 MB during the run (0.5 MB of it in
	// extraction). Why: the warm-up's prose is a two-byte string (21 characters above U+00FF in 0.24 MB), and irregexp
	// compiles a regexp once per subject width, so every pattern the one-byte headings (and UTF-16's Latin-1 text) run
	// is compiled again, one-byte. A second warm-up on the same prose made one-byte (those 21 characters as `?`) raised
	// the warm heap 1.35 MB (caps 38 and 22) and the run's peak as much or more (at 37 MB 5 of 6; at 36 MB 7 of 9,
	// and in runs taken in turns with the child as it is, 3 of 5 against its 5 of 5): the warm-up then holds the
	// one-byte code of patterns this shape never runs. No room gained, so not kept.
	// Session 37, mem42 (main 1241657, load average 14-21 on 2 cores): the probe's warm heap is now 19.1-19.9 MB, so
	// the headings' cap is 37-38 MB (UTF-16's 22). Main's bench child: 37 MB 4 of 6, 36 MB 6 of 6, 35 MB 0 of 4. The
	// article's blocks are positions in the document's top-level list where they all sit there (extract/
	// articleBlocks.ts, an Int32Array behind a view, from 4,096 blocks): gc'd used heap after extract 9.26 -> 8.99 MB
	// above the warm heap, render md 9.97 -> 9.69 (0.44 MB less at every later step). Runs taken in turns with main's
	// child: at 36 MB both 6 of 8; at 35 MB this branch 3 of 5, main 0 of 5. A --trace-gc run at 40 MB: the
	// extraction's live peak is about 31.7 MB (V8's MB), render html's 32.3 before the join and about 37.3 with its
	// 4.98 MB join (the failures are reported in diagnose: the next collection after the join); code space is 6.1 MB
	// of it (5.2 after the warm-up). So still skipped: not 10 of 10 at its cap, and near the cap the load decides as
	// much as the heap. What is left is the same: the paragraph's field (0.48 MB, with a packed start that makes
	// `start` an accessor on the most common block), fewer bytes of compiled code. UTF-16 is unchanged (its kept
	// blocks sit in fenced divs, so its list stays an array).
	// Session 46, mem51 (main 971b034, load average 17-19 on 2 cores): the probe's warm heap is 20.4-20.5 MB, so the
	// headings' cap is 39 MB (UTF-16's 23). Main's bench child: 39 MB 3 of 3, 38 3 of 4, 37 0 of 4 (failing in
	// extraction), 36 0 of 3. Heap snapshots near the limit (--heapsnapshot-near-heap-limit) showed extraction's peak
	// in the form-fields rule (heuristics/formFields.ts, added in session 39): an object per paragraph and heading,
	// 45,333 of them (2.2 MB) and their lists' slots, beside the repeated blocks' removed regions. Its leaves are now
	// columns (the block list, an Int32Array of containers, the label leaves): extraction's peak is the metadata scan
	// again (120,001 block nodes, 4.8 MB, and their list). This branch: 39 MB 1 of 1, 38 2 of 2, 37 2 of 4 (the
	// failures in render html's join, reported in diagnose), where main failed 4 of 4 in extraction; 36 0 of 3 (two
	// in render html, one in extraction), 35 0 of 2. So still skipped: about 1 MB better, no margin yet. What is left
	// (about 2 MB short of a 2 MB margin): render html (the text 1.96, the model 6.72: 120,001 nodes at 48 bytes and
	// their list 0.96; the Markdown 0.58, code compiled in the run 1.5-2, the 282 pieces 4.97 and their 4.97 MB join)
	// and extraction's scan. Both kinds of node are at the floor of an object (three fields; two for a scan node), so
	// what is left is columns for the model's paragraphs and headings, or for the scan's block nodes. UTF-16 fails at
	// 23 MB in extraction (2 of 2, both builds) and at 22 in parse (4 of 4): still about 3 MB over.
	// Session 53, mem58 (main e4632f7, load average 19-34 on 2 cores): the probe's warm heap is 22.0-22.2 MB, so the
	// caps are 40-41 MB (headings) and 25 MB (UTF-16). Measured with the child's MEMORY_STAGES and MEMORY_SNAPSHOT
	// (bench/memoryShapeChild.ts) and bench/heapSnapshotSummary.js; gc'd used heap in MiB.
	// UTF-16 (0.34 MB of text): warm 20.9, after parse 23.3 (+2.4 MB: 10,000 divs 0.64, their children lists 0.72,
	// headings 0.48, paragraphs 0.48, the text 0.32), its top in extraction 26.4-26.7 (the clean-ups' 10,000 removed
	// regions and the attempts' block lists), after extraction 25.4. Code compiled in the run is 1.7 MB of it, half
	// its 3.4 MB of room: one-byte native code of 75 regexps (0.8 MB; the warm-up's prose is a two-byte string) and
	// optimized functions with their deopt data (0.9). With the model (2.4 MB) that is over the room before
	// extraction holds anything: main fails at 25 MB 2 of 2, and the bench child fails at 26, 27 and 28 MB (2 of 2
	// each, in extraction). So UTF-16 stays skipped until its model is about a third of what it is (columns, no
	// object per block and no list per div) or the run compiles less.
	// The headings: after parse 29.0 (the nodes 5.76 MB, the block list 0.96, the text 1.96), extraction's top is the
	// metadata scan (120,001 nodes, 4.8 MB, and their list 0.96) and then the end of the clean-ups (35.0: 59,997
	// repeated blocks' removed regions at 56 bytes and their list). Removed whole blocks are now the block and a
	// shared cause (extract/article.ts `removedBlock`, 40 bytes): the clean-ups' end 35.0 -> 34.5. Where the runs
	// fail is render html's join (reported in diagnose, its first collection): after render md 31.0, then the 4.97 MB
	// of pieces and their 4.97 MB join, about 41 with code compiled in the run (1.4-2 MB: 0.4-0.6 of one-byte regexp
	// code, about 1 of optimized functions). That step needs the model (3.4x the input; 2.9x at the floor of an
	// object per block, two fields), the text (1x), the Markdown (0.3x) and the html twice (5.1x): 9.8x before any
	// compiled code, so no margin is possible while the preview's html is one string made in the heap beside an
	// object per block. At the test's own helper (runUnderHeapCap, factor 10, caps 40-41 MB), in turns with main:
	// this branch 9 runs of 10, main 8 of 10; the bench child at 39 MB: 3 of 3 and 2 of 3. One failure in ten is
	// no margin, so still skipped: what is left is a model without an object per block (paragraphs and headings as
	// columns read by index), or html handed to the preview in pieces. UTF-16 at its helper: 0 of 3 on both builds.
	// Session 54, mem59 (main 3f75897, load average 16-34 on 2 cores, six helpers running): the preview's html comes
	// in pieces of about 64 KB of whole top-level blocks (render/articleHtml.ts `renderArticleHtmlPieces`), posted one
	// message each and appended by the webview, so the extension host never holds their join; the bench child's
	// render html step is the preview's path. The headings at this test's helper (caps 41 MB): 10 of 10 runs with
	// only the other helpers' load (23-31), 10 of 10 with this branch's bench, checks and UTF-16 runs beside them
	// (18-33): out of this list. Its margin is small: the bench child at fixed caps finished 1 run of 3 at 39 MB,
	// 0 of 3 at 38 and 0 of 2 at 37, failing in extraction (MEMORY_STAGES: after parse 30.4 MB, warm 21.7), which is
	// now its binding step (the metadata scan and the clean-ups' removed regions, see above).
	// UTF-16 is unchanged by it (its html is 0.5 MB): the bench child fails at 26, 27 and 28 MB (2 of 2 each) and at
	// 29 in render html, where a gc'd heap after render md is already 26.8 MB (warm 22.1-22.5, cap 26).
	// Session 61, mem61 (main a1825e73, no change to the pipeline; heap only, load average 1-13): the probe's warm heap
	// is 24.9-25.0 MB, so UTF-16's cap is 27-28 MB; at this test's helper it fails 5 runs of 5. The bench child at
	// fixed caps: 31 MB fails 5 of 5, 32 finishes 1 of 4, 33 2 of 2, 34 3 of 3. Upper bounds, each a patched copy of
	// the build (not kept):
	// - No removed-block regions at all (clean.ts and heuristics/repeatedBlocks.ts push none: the most that columns for
	//   them could save): 31 fails 5 of 5, 32 finishes 1 of 2, 33 2 of 2; at the helper 0 of 5. Less than a MB of cap
	//   gained: the binding step moves to the metadata scan (a snapshot near the limit at 30 MB: 30,000
	//   `FieldBlockMNode` 1.2 MB and their lists 0.8, the block index's columns 1.37, code compiled in the run 1.2)
	//   and to render html. So columns for the removed regions (1.65 MB at main's failing step, and a change of type
	//   at about 40 steps that spread, filter and sort `RemovedRegion[]`) cannot bring UTF-16 under its cap.
	// - Code: with `--regexp-interpret-all --max-opt=0` (nothing compiled, in the probe and in the run) the warm heap
	//   is 20.4 MB (cap 23) and the run finishes at 24 (3 of 3) and fails at 23 (2 of 2), also without the removed
	//   regions (3 of 3): the data alone is about 1 MB over. With the default tiers 4-5 MB of the need is code
	//   compiled in the run (held after extraction: regexp native code 0.74 MB for 76 patterns, optimized functions
	//   and their deopt data about 1.4 MB). `--regexp-interpret-all` alone (warm 23.0, cap 26) fails at 29; the CLI's
	//   flags (src/cli/jitFlags.ts; warm 24.4, cap 27) fail at 30 and finish at 31 (3 of 3).
	// - Warm-ups: a second warm-up on the prose made one-byte raises the warm heap 1.8 MB (cap 29) and the run fails
	//   at 32; one on the shape's own first tenth raises it 3.2 MB (cap 31) and the run fails at 32, finishes at 33.
	//   No warm-up gives room: the run compiles its own code whatever ran before.
	// What is left for UTF-16: its data (the model 2.0 MB above the warm heap; then extraction's removed regions and
	// metadata scan, about 2 MB each, all of them as columns) and 4-5 MB of code compiled in the run, which no data
	// change removes, against 3.4 MB of room. (Its input is counted as the decoded text's UTF-8 size, 340,000 bytes;
	// the UTF-16 file opened is 640,002 bytes. At 10x the file, cap 30, it would still fail. Noted, not changed.)
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
