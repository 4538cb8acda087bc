// Extraction's texts and measures held lean: `collapse` trims instead of rebuilding, repeats share one signal, 16-bit stats.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import type { Stats } from '../../src/core/extract/blockIndex';
import { dropRepeatedBlocks } from '../../src/core/extract/heuristics/repeatedBlocks';
import { collapse } from '../../src/core/extract/inlineText';
import { extractMetadata } from '../../src/core/extract/metadata';
import { StatsColumns } from '../../src/core/extract/statsColumns';

/** The definition `collapse` must keep: every run of white space one space, the ends trimmed. */
function reference(s: string): string {
	return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Every string of up to `n` characters over `alphabet`. */
function* strings(alphabet: readonly string[], n: number): Generator<string> {
	yield '';
	let layer = [''];
	for (let k = 0; k < n; k++) {
		const next: string[] = [];
		for (const s of layer) for (const c of alphabet) next.push(s + c);
		yield* next;
		layer = next;
	}
}

suite('Lean texts', () => {
	test('collapse agrees with the regex definition on every short mix of words and white space', () => {
		// Plain, tab, line feed, no-break, em and ideographic spaces, a byte order mark, and two letters.
		const alphabet = ['a', 'b', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff'];
		let n = 0;
		for (const s of strings(alphabet, 5)) {
			assert.equal(collapse(s), reference(s), JSON.stringify(s));
			n++;
		}
		assert.ok(n > 60_000);
	});

	test('collapse trims a text whose only extra white space is at its ends, and collapses inner runs', () => {
		assert.equal(collapse('Words of the article.  '), 'Words of the article.');
		assert.equal(collapse('\n  two words\u00a0'), 'two words');
		assert.equal(collapse('  two  words '), 'two words');
		assert.equal(collapse('two\twords  '), 'two words');
		assert.equal(collapse(' \u3000 '), '');
		assert.equal(collapse('already collapsed'), 'already collapsed');
	});

	test('every repeat of a block is removed under the signal of its text, cut at 40 characters', () => {
		const long = 'A paragraph that a carousel prints again and again for its slides.';
		const short = 'Buy now for less';
		const doc = parseDump([long, short, long, '# Buy now for less', long, short].join('\n\n') + '\n');
		const removed: RemovedRegion[] = [];
		const kept = dropRepeatedBlocks(doc.blocks, removed, undefined, Infinity);
		assert.deepEqual(kept.map((b) => b.kind), ['paragraph', 'paragraph']);
		const cut = `${long.toLowerCase().slice(0, 40)}…`;
		assert.deepEqual(removed.map((r) => [r.step, r.signal]), [
			['repeated-block', cut],
			['repeated-block', short.toLowerCase()],
			['repeated-block', cut],
			['repeated-block', short.toLowerCase()],
		]);
		assert.deepEqual(removed.map((r) => r.range.start), [doc.blocks[2].range.start, doc.blocks[3].range.start, doc.blocks[4].range.start, doc.blocks[5].range.start]);
	});
});

suite('Stats columns', () => {
	const row = (k: number): Stats => ({ chars: k, linkChars: k % 7, commas: k % 3, paragraphs: 1, images: k % 2, listItems: 0, listChars: 0, headingChars: k % 5, proseChars: k });

	test('small integer measures come back as stored, past every growth and after the columns are cut to size', () => {
		const cols = new StatsColumns();
		for (let k = 0; k < 3000; k++) cols.set(k, row(k));
		cols.fit(3000);
		for (let k = 0; k < 3000; k++) assert.deepEqual(cols.get(k), row(k));
	});

	test('a measure a 16-bit column cannot hold is kept exactly: large, negative, fractional, -0', () => {
		const cols = new StatsColumns();
		const odd = [{ ...row(1), chars: 65_536 }, { ...row(2), proseChars: 1e9 }, { ...row(3), commas: -1 }, { ...row(4), linkChars: 2.5 }, { ...row(5), linkChars: -0 }, row(65_535)];
		odd.forEach((s, k) => cols.set(k, s));
		cols.fit(odd.length);
		odd.forEach((s, k) => assert.deepStrictEqual(cols.get(k), s));
		assert.ok(Object.is(cols.get(4).linkChars, -0));
	});
});

suite('Title rule names', () => {
	test('a title read from a heading is named by its level, the same name on every page', () => {
		const body = 'A paragraph of the article, long enough to read as prose, with a few commas, words and more words in it.\n\n';
		for (const level of [1, 2, 1, 2]) {
			const field = extractMetadata(parseDump(`${'#'.repeat(level)} The headline of page ${level}\n\n${body}`), {}).title;
			assert.equal(field?.value, `The headline of page ${level}`);
			assert.equal(field?.rule, `heading-h${level}`);
		}
	});
});

suite('Collapse at the ends of long white space', () => {
	test('a short text after a long run of white space is collapsed as any other', () => {
		const s = `${' '.repeat(10_000)}a short text here\n${'\t'.repeat(10_000)}`;
		assert.equal(collapse(s), 'a short text here');
		assert.equal(collapse(`${'x'.repeat(20)}${' '.repeat(30)}`), 'x'.repeat(20));
	});
});
