// Speed (issue 13): a metadata reader scans the page once, computes its shared steps once per region, and chooses the byline and dates once per kind (`ReaderWork`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata, metadataReader, type MetadataReader, type ReaderWork } from '../../src/core/extract/metadata';
import type { PageKind } from '../../src/core/extract/kinds/pageKind';
import type { DumpDocument, SourceRange } from '../../src/core/model/dumpDocument';

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';

/** A dated article in a `.post` wrapper between a site header and a footer: two regions to read (the page, the post). */
const WRAPPED = ['::: site-header', '[Example Daily](/)', ':::', '', '::: {.post .article-body}', '# A story in a wrapper', '', 'By Jane Roe', '', 'March 6, 2026', '', BODY, '', BODY, ':::', '', '::: footer', '© 2026 Example Daily', ':::'];

const KINDS: readonly (PageKind | undefined)[] = [undefined, 'article', 'forum', 'listing', 'collection', 'product', 'service', 'documentation'];

function wrapped(): { doc: DumpDocument; post: SourceRange } {
	const doc = parseDump(`${WRAPPED.join('\n')}\n`);
	const post = doc.blocks.find((b) => b.kind === 'div' && doc.text.slice(b.range.start, b.range.end).startsWith('::: {.post'));
	assert.ok(post, 'the fixture has a .post container');
	return { doc, post: post.range };
}

/** The scans, shared reads and byline reads (the dates chosen are counted apart, in their own tests). */
function work(read: MetadataReader): Omit<ReaderWork, 'dateChoices'> {
	const { scans, sharedReads, bylineReads } = read.work;
	return { scans, sharedReads, bylineReads };
}

suite('Speed: what a metadata reader computes, and how often', () => {
	test("the kind stage's dates-only read, then the full read of the same region: one scan, one shared read, one byline read", () => {
		const { doc, post } = wrapped();
		const read = metadataReader(doc);
		assert.deepStrictEqual(work(read), { scans: 0, sharedReads: 0, bylineReads: 0 });
		read.publishedRule({ region: post });
		assert.deepStrictEqual(work(read), { scans: 1, sharedReads: 1, bylineReads: 1 });
		// As extractArticle reads it when the body's region is the pipeline's (step 9, `same`).
		const full = read({ region: post });
		assert.deepStrictEqual(work(read), { scans: 1, sharedReads: 1, bylineReads: 1 });
		assert.deepStrictEqual(full, extractMetadata(doc, { region: post }));
	});

	test('a read over another region computes the shared steps again over the same scan', () => {
		const { doc, post } = wrapped();
		const read = metadataReader(doc);
		read.publishedRule({ region: post });
		const onPage = read({ region: undefined, pageKind: 'article' });
		assert.deepStrictEqual(work(read), { scans: 1, sharedReads: 2, bylineReads: 2 });
		assert.deepStrictEqual(onPage, extractMetadata(doc, { region: undefined, pageKind: 'article' }));
	});

	test('the same context read again computes nothing new', () => {
		const { doc, post } = wrapped();
		const read = metadataReader(doc);
		const first = read({ region: post, pageKind: 'article' });
		const before = work(read);
		assert.deepStrictEqual(read({ region: post, pageKind: 'article' }), first);
		assert.strictEqual(read.publishedRule({ region: post, pageKind: 'article' }), first.published?.rule);
		assert.deepStrictEqual(work(read), before);
	});

	test('every region and kind read by one reader shares one scan, and each kind chooses its byline once per shared read', () => {
		const { doc, post } = wrapped();
		const read = metadataReader(doc);
		for (const region of [post, undefined]) {
			for (const kind of KINDS) {
				read.publishedRule({ region, pageKind: kind });
				read({ region, pageKind: kind });
			}
		}
		const w = work(read);
		assert.strictEqual(w.scans, 1);
		// At least one shared read per region; no more than one per region and kind.
		assert.ok(w.sharedReads >= 2 && w.sharedReads <= 2 * KINDS.length, `shared reads ${w.sharedReads}`);
		assert.strictEqual(w.bylineReads, 2 * KINDS.length);
	});

	test('a fresh reader of another document scans it afresh', () => {
		const { doc } = wrapped();
		const a = metadataReader(doc);
		a({});
		const b = metadataReader(parseDump(`${WRAPPED.join('\n')}\n`));
		b({});
		assert.deepStrictEqual(work(a), { scans: 1, sharedReads: 1, bylineReads: 1 });
		assert.deepStrictEqual(work(b), { scans: 1, sharedReads: 1, bylineReads: 1 });
	});
});
