// The attribute tables (intern, shared blocks) outlive a dump: they must not keep the dump alive through a slice.
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { parseAttributes } from '../../src/core/dump/attributes';
import { parseDump } from '../../src/core/dump/parseDump';

/** The heap's live bytes after a full collection (the test process runs without --expose-gc). */
function liveHeap(): number {
	v8.setFlagsFromString('--expose-gc');
	const gc = vm.runInNewContext('gc') as () => void;
	gc();
	gc();
	return v8.getHeapStatistics().used_heap_size;
}

/** A dump this big: kept alive, it would show far above the noise of a collection. */
const BIG = 20_000_000;

/** Live bytes left after `use` has read a fresh dump of BIG characters and dropped it. */
function retainedBy(use: (text: string) => void): number {
	const before = liveHeap();
	(() => {
		// A fresh flat string each call, so nothing but the tables can hold it.
		const text = `${Math.random()}`.padEnd(BIG, ' ');
		use(text);
	})();
	return liveHeap() - before;
}

suite('attribute tables keep no dump alive', () => {
	test('a short shared block: its key and parts are copies (ids, classes, keys and values of 13+ characters)', () => {
		const retained = retainedBy((text) => {
			const block = '{#an-id-of-some-length .a-class-of-some-length key-of-13-chars="a value of 13 chars"}';
			const r = parseAttributes(text.slice(0, 100) + block + text.slice(100), 100, BIG);
			assert.equal(r?.attrs.id, 'an-id-of-some-length');
		});
		assert.ok(retained < BIG / 4, `${(retained / 1e6).toFixed(1)} MB kept after the dump was dropped`);
	});

	test('a long block (never shared): its interned keys and classes are copies', () => {
		const retained = retainedBy((text) => {
			const block = `{.interned-class-13 long-key-of-20-ch="${'v'.repeat(100)}"}`;
			const r = parseAttributes(block + text, 0, BIG);
			assert.deepEqual(r?.attrs.classes, ['interned-class-13']);
		});
		assert.ok(retained < BIG / 4, `${(retained / 1e6).toFixed(1)} MB kept after the dump was dropped`);
	});

	test('a parsed dump, dropped: nothing of it is kept', () => {
		const retained = retainedBy((text) => {
			const doc = parseDump(`::: {.card-container-wide data-role="card-of-page"}\n[A link](https://example.org/){.card-link-long-name}\n:::\n\n${text}`);
			assert.ok(doc.blocks.length >= 1);
		});
		assert.ok(retained < BIG / 4, `${(retained / 1e6).toFixed(1)} MB kept after the dump was dropped`);
	});

	test('bare fence words and <div> tags, shared since session 26: their table entries are copies too', () => {
		const retained = retainedBy((text) => {
			const doc = parseDump(`::: a-fence-word-of-some-length\nx\n:::\n\n<div class="a-tag-class-of-some-length" id="an-id-of-some-length">\n\ny\n\n</div>\n\n${text}`);
			assert.ok(doc.blocks.length >= 2);
		});
		assert.ok(retained < BIG / 4, `${(retained / 1e6).toFixed(1)} MB kept after the dump was dropped`);
	});

	test('the parts a shared block hands out are the same on the next block of that text', () => {
		const a = parseAttributes('{.same-block-class-name x="1"}', 0, 100);
		const b = parseAttributes('  {.same-block-class-name x="1"}', 2, 100);
		assert.ok(a?.parts && a.parts === b?.parts);
		assert.deepEqual(b?.attrs.classes, ['same-block-class-name']);
		assert.deepEqual(b?.attrs.pairs, [['x', '1']]);
	});
});
