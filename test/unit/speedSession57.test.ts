// Speed (issue 13, session 52): the kind measures read a paragraph's or heading's collapsed text from the run's cache (the block index's), not by building it again.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { BlockOrder } from '../../src/core/extract/blockOrder';
import * as inlineTextModule from '../../src/core/extract/inlineText';
import { collapse, collapsedText, inlineText, withTextCache } from '../../src/core/extract/inlineText';
import { inlineLinkChars, measureBlocks } from '../../src/core/extract/kinds/blockMeasures';
import { headedSections } from '../../src/core/extract/kinds/headedSections';
import { LONG_PARAGRAPH_CHARS } from '../../src/core/extract/kinds/signals';
import { childBlocks } from '../../src/core/model/blockTree';
import type { Block } from '../../src/core/model/dumpDocument';
import { walkBlocks } from '../../src/core/model/walk';

/** Headed sections of prose in containers, a list of teasers and white space that collapses; no links in the prose. */
const PAGE = [
	'::: {.main}',
	'## First  section',
	'',
	`${'Plain words of a long section about nothing in particular, '.repeat(8)}`,
	'',
	'##   Second\u00a0section  ',
	'',
	`A shorter  paragraph\u3000with [a hidden span]{style="display:none"} and **bold** words, ${'more text here. '.repeat(4)}`,
	':::',
	'',
	'- ### A teaser heading',
	'',
	'  [A teaser link](/a) and text.',
	'',
].join('\n');

/** The measures as they were read before: each text built from the inlines and collapsed. */
function oldMeasures(blocks: readonly Block[]): { linkChars: number; longParagraphs: number; chars: number[] } {
	let linkChars = 0;
	let longParagraphs = 0;
	const chars: number[] = [];
	const visit = (b: Block): void => {
		if (b.kind === 'paragraph' || b.kind === 'heading') {
			const n = collapse(inlineText(b.content)).length;
			chars.push(n);
			const links = inlineLinkChars(b.content);
			linkChars += links;
			if (b.kind === 'paragraph' && n >= LONG_PARAGRAPH_CHARS && links < n * 0.3) longParagraphs++;
			return;
		}
		for (const c of childBlocks(b)) visit(c);
	};
	for (const b of blocks) visit(b);
	return { linkChars, longParagraphs, chars };
}

/** Calls of `inlineText` made through the module while `run` runs (the rules call it through the module's exports). */
function countInlineTextCalls(run: () => void): number {
	const mod = inlineTextModule as { inlineText: typeof inlineText };
	const original = mod.inlineText;
	let calls = 0;
	mod.inlineText = (...args: Parameters<typeof inlineText>) => {
		calls++;
		return original(...args);
	};
	try {
		run();
	} finally {
		mod.inlineText = original;
	}
	return calls;
}

suite('Speed (session 52): kind measures read the cached collapsed texts', () => {
	test('in an extraction run, measureBlocks and headedSections build no paragraph or heading text the block index already holds', () => {
		const doc = parseDump(PAGE);
		const main = doc.blocks.filter((b) => b.kind !== 'list');
		// Outside an extraction run there is no cache: each text is built from the block's inlines, as before.
		const sections = headedSections(main);
		assert.equal(sections.sections, 2);
		withTextCache(() => {
			new BlockIndex(doc);
			const calls = countInlineTextCalls(() => {
				const m = measureBlocks(main);
				assert.deepEqual(m, { linkChars: 0, longParagraphs: 1 });
				assert.deepEqual(headedSections(main), sections);
			});
			assert.equal(calls, 0);
		});
	});

	test('the measures equal those read from each block\'s own inlines, in and out of a run, on the golden pages and generated pages', () => {
		const dir = path.join(__dirname, '../../../test/fixtures/pages');
		const texts = fs.readdirSync(dir).map((d) => fs.readFileSync(path.join(dir, d, 'source.txt'), 'utf8'));
		texts.push(PAGE);
		const piece = fc.constantFrom('word', ' ', '  ', '\u00a0', '\t', '[x]{style="display:none"}', '[link](/l)', '**b**', '&nbsp;', 'y. ');
		const line = fc.array(piece, { minLength: 1, maxLength: 30 }).map((xs) => xs.join(''));
		const leaf = fc.oneof(line, line.map((l) => `## ${l}`), line.map((l) => `- ${l}`), line.map((l) => `::: {.c}\n${l}\n:::`));
		const generated = fc.sample(fc.array(leaf, { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n\n')), { numRuns: 200, seed: 57 });
		for (const text of [...texts, ...generated]) {
			const doc = parseDump(text);
			const expected = oldMeasures(doc.blocks);
			const measures = (): { linkChars: number; longParagraphs: number } => {
				const m = measureBlocks([...doc.blocks]);
				return { linkChars: m.linkChars, longParagraphs: m.longParagraphs };
			};
			// Outside a run each text is built from the block's inlines (no cache), as the old code read it.
			const sections = headedSections(doc.blocks);
			assert.deepEqual(measures(), { linkChars: expected.linkChars, longParagraphs: expected.longParagraphs });
			withTextCache(() => {
				new BlockIndex(doc);
				assert.deepEqual(measures(), { linkChars: expected.linkChars, longParagraphs: expected.longParagraphs });
				assert.deepEqual(headedSections(doc.blocks), sections);
			});
		}
	});
});

suite('Speed (session 52): the block index sets its texts by number', () => {
	test('building the index in an extraction run looks up no block\'s number, and its texts are the blocks\' own', () => {
		const doc = parseDump(PAGE);
		const get = BlockOrder.prototype.get;
		let lookups = 0;
		BlockOrder.prototype.get = function (this: BlockOrder, b: Block): number | undefined {
			lookups++;
			return get.call(this, b);
		};
		let index: BlockIndex | undefined;
		try {
			withTextCache(() => void (index = new BlockIndex(doc)));
		} finally {
			BlockOrder.prototype.get = get;
		}
		assert.equal(lookups, 0);
		assert.ok(index);
	});

	test('the collapsed and raw texts the index keeps equal those built from each paragraph\'s and heading\'s inlines (golden and generated pages)', () => {
		const dir = path.join(__dirname, '../../../test/fixtures/pages');
		const texts = fs.readdirSync(dir).map((d) => fs.readFileSync(path.join(dir, d, 'source.txt'), 'utf8'));
		const piece = fc.constantFrom('word', ' ', '  ', '\u00a0', '\t', 'x\\', '[x]{style="display:none"}', '[link](/l)', '**b**', '&nbsp;', 'y. ', 'Same line.');
		const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((xs) => xs.join(''));
		const leaf = fc.oneof(line, line.map((l) => `## ${l}`), line.map((l) => `- ${l}`), line.map((l) => `::: {.c}\n${l}\n\n# ${l}\n:::`), fc.constant('Same line.'), fc.constant('# Same line.'));
		texts.push(PAGE, ...fc.sample(fc.array(leaf, { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n\n')), { numRuns: 200, seed: 52 }));
		for (const text of texts) {
			const doc = parseDump(text);
			withTextCache(() => {
				const index = new BlockIndex(doc);
				walkBlocks(doc.blocks, (b) => {
					if ((b.kind !== 'paragraph' && b.kind !== 'heading') || index.leftovers.has(b)) return;
					assert.equal(collapsedText(b), collapse(inlineText(b.content)), JSON.stringify(text));
					if (b.kind === 'paragraph') assert.equal(index.rawText.get(b), inlineText(b.content), JSON.stringify(text));
				});
			});
		}
	});
});
