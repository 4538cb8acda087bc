// Speed (issue 13, session 49): texts by the index's number (blockTexts.ts `getAt`, `setAt`; metadata/scan.ts), and dates chosen once for kinds that ask the same (metadata.ts `KindLog`).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { BlockTexts, OverlayTexts } from '../../src/core/extract/blockTexts';
import { withTextCache } from '../../src/core/extract/inlineText';
import { extractMetadata, KindLog, metadataReader } from '../../src/core/extract/metadata';
import { MetadataScan } from '../../src/core/extract/metadata/scan';
import type { Block, DumpDocument, SourceRange } from '../../src/core/model/dumpDocument';

/** Stand-in blocks: the tables key them by identity through the order map only. */
function blocks(n: number): Block[] {
	return Array.from({ length: n }, (_, i) => ({ kind: 'spacer', range: { start: i, end: i + 1 } }) as unknown as Block);
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';

/** A dated article in a `.post` wrapper, its byline at the title. */
const DATED = ['::: site-header', '[Example Daily](/)', ':::', '', '::: {.post .article-body}', '# A story in a wrapper', '', 'By Jane Roe', '', 'March 6, 2026', '', BODY, '', BODY, ':::'];
/** A page whose only date is an update stamp: the dates ask whether the page is documentation (`docsUpdateStamp.ts`). */
const STAMPED = ['::: {.post .article-body}', '# Configuring the widget', '', 'Last updated: March 6, 2026', '', BODY, '', BODY, ':::'];

function postOf(lines: readonly string[]): { doc: DumpDocument; post: SourceRange } {
	const doc = parseDump(`${lines.join('\n')}\n`);
	const post = doc.blocks.find((b) => b.kind === 'div' && doc.text.slice(b.range.start, b.range.end).startsWith('::: {.post'));
	assert.ok(post, 'the fixture has a .post container');
	return { doc, post: post.range };
}

suite('Speed (session 49): texts by number, dates once for kinds that ask the same', () => {
	test('getAt and setAt read and write what get and set do, on a table, its sibling and an overlay', () => {
		const bs = blocks(40);
		const order = new Map<Block, number>();
		const base = new BlockTexts(order);
		const overlay = new OverlayTexts(base);
		bs.forEach((b, i) => {
			order.set(b, i);
			base.grow();
			overlay.grow();
			if (i % 2 === 0) base.set(b, `text ${i}`);
		});
		// An overlay's text that is the base's takes a mark, another its own slot.
		bs.forEach((b, i) => {
			if (i % 4 === 0) overlay.setAt(i, `text ${i}`);
			else if (i % 4 === 1) overlay.setAt(i, `own ${i}`);
		});
		bs.forEach((b, i) => {
			assert.equal(base.getAt(i), base.get(b));
			assert.equal(overlay.getAt(i), overlay.get(b));
			assert.equal(overlay.getAt(i), i % 4 === 0 ? `text ${i}` : i % 4 === 1 ? `own ${i}` : undefined);
		});
		const sibling = base.sibling();
		sibling.setAt(7, 'seven');
		assert.equal(sibling.get(bs[7]), 'seven');
		assert.equal(sibling.getAt(7), 'seven');
		assert.equal(base.getAt(7), undefined, 'the sibling has its own slots');
		// Past the blocks numbered so far: nothing set, nothing read.
		sibling.setAt(40, 'beyond');
		assert.equal(sibling.getAt(40), undefined);
	});

	test("inside an extraction the scan reads each block's text by the index's number: the same texts as a scan without an index", () => {
		const LINE = fc.array(fc.constantFrom('By Jane Roe', 'March 6, 2026', 'a "quoted" word', 'x  y', '**bold**', '[link](/a)', 'Plain text here'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join(' '));
		const DUMP = fc
			.array(fc.tuple(LINE, fc.constantFrom('p', 'h', 'div', 'list', 'quote')), { minLength: 1, maxLength: 8 })
			.map((parts) =>
				parts
					.map(([l, how]) => (how === 'h' ? `## ${l}` : how === 'div' ? `::: {.byline}\n${l}\n\n${l}\n:::` : how === 'list' ? `- ${l}\n- ${l}` : how === 'quote' ? `> ${l}` : l))
					.join('\n\n'),
			);
		fc.assert(
			fc.property(DUMP, (dump) => {
				const doc = parseDump(`${dump}\n`);
				const plain = withTextCache(() => {
					const s = new MetadataScan(doc, {});
					return s.nodes.map((n) => s.textOf(n));
				});
				withTextCache(() => {
					new BlockIndex(doc);
					const s = new MetadataScan(doc, {});
					// Asked before and after each text is built: the known text, and the bound, by number.
					for (const n of s.nodes) if (n.block) assert.equal(s.textLongerThan(n, 5), s.hasText(n) ? s.textOf(n).length > 5 : s.textLongerThan(n, 5));
					assert.deepEqual(
						s.nodes.map((n) => s.textOf(n)),
						plain,
					);
					for (const n of s.nodes) if (n.block) assert.ok(s.hasText(n));
				});
			}),
			{ numRuns: 150 },
		);
	});

	test('a KindLog reads the same under another kind only when each question it asked has the same answer', () => {
		const none = new KindLog(undefined);
		assert.ok(none.sameFor('listing') && none.sameFor(undefined), 'no question: any kind');
		const asked = new KindLog(undefined);
		asked.answers.set('documentation', false);
		assert.ok(asked.sameFor('listing'));
		assert.ok(!asked.sameFor('documentation'));
		const read = new KindLog('forum');
		read.kindAsked = true;
		assert.ok(read.sameFor('forum'));
		assert.ok(!read.sameFor(undefined) && !read.sameFor('article'), 'the kind read itself: that kind only');
	});

	test("the final read of another kind reuses the kind stage's dates when the byline is the same and no kind question tells them apart", () => {
		const { doc, post } = postOf(DATED);
		const read = metadataReader(doc);
		read.publishedRule({ region: post });
		assert.equal(read.work.dateChoices, 1);
		const listing = read({ region: post, pageKind: 'listing' });
		assert.equal(read.work.bylineReads, 2, 'the byline is read again for the kind');
		assert.equal(read.work.dateChoices, 1, 'the dates are not');
		assert.deepEqual(listing, extractMetadata(doc, { region: post, pageKind: 'listing' }));
		assert.ok(listing.published, 'the fixture has a date');
	});

	test('a kind that answers a question the dates asked differently chooses them again', () => {
		const { doc, post } = postOf(STAMPED);
		const read = metadataReader(doc);
		read.publishedRule({ region: post });
		const docs = read({ region: post, pageKind: 'documentation' });
		assert.equal(read.work.dateChoices, 2);
		assert.deepEqual(docs, extractMetadata(doc, { region: post, pageKind: 'documentation' }));
		assert.equal(docs.published, undefined, "documentation's update stamp stays a modification date");
		assert.ok(docs.modified);
		const other = metadataReader(doc);
		other.publishedRule({ region: post });
		const listing = other({ region: post, pageKind: 'listing' });
		assert.equal(other.work.dateChoices, 1);
		assert.deepEqual(listing, extractMetadata(doc, { region: post, pageKind: 'listing' }));
		assert.ok(listing.published, 'elsewhere the stamp stands in for the publication date');
	});
});
