// Speed (issue 13): the kind stage's dates-only read (`publishedRule`) and a read over another region that shares the first read's scan give what fresh reads give.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata, metadataReader, type ArticleContext } from '../../src/core/extract/metadata';
import type { PageKind } from '../../src/core/extract/kinds/pageKind';
import type { DumpDocument, SourceRange } from '../../src/core/model/dumpDocument';

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';

/** Pages with a dated byline, an update stamp only, an escaped-HTML-free plain page, and a wrapped article beside chrome. */
const PAGES: Readonly<Record<string, readonly string[]>> = {
	dated: ['# A story with a byline', '', 'By Jane Roe', '', 'March 6, 2026', '', BODY, '', BODY],
	updateStamp: ['# Configure the build cache', '', BODY, '', 'Last updated 2025-12-18 UTC.'],
	undated: ['# Opening hours', '', BODY, '', '[Contact us](/contact)'],
	wrapped: ['::: site-header', '[Example Daily](/)', ':::', '', '::: {.post .article-body}', '# A story in a wrapper', '', 'By Jane Roe', '', 'March 6, 2026', '', BODY, '', BODY, ':::', '', '::: footer', '© 2026 Example Daily', ':::'],
};

const KINDS: readonly (PageKind | undefined)[] = [undefined, 'article', 'listing', 'documentation'];

function regions(doc: DumpDocument): (SourceRange | undefined)[] {
	const post = doc.blocks.find((b) => b.kind === 'div' && doc.text.slice(b.range.start, b.range.end).startsWith('::: {.post'));
	return post ? [undefined, post.range] : [undefined];
}

suite('Speed: the dates-only read and a shared scan', () => {
	test('publishedRule is the rule of the date a full read reports, and a full read after it is a fresh read', () => {
		let seen = 0;
		for (const [name, lines] of Object.entries(PAGES)) {
			const doc = parseDump(`${lines.join('\n')}\n`);
			for (const region of regions(doc)) {
				for (const kind of KINDS) {
					const context: ArticleContext = { region, pageKind: kind };
					const fresh = extractMetadata(doc, context);
					const read = metadataReader(doc);
					assert.strictEqual(read.publishedRule(context), fresh.published?.rule, `${name} ${kind}`);
					assert.deepStrictEqual(read(context), fresh, `${name} ${kind}: full read after the dates`);
					if (fresh.published) seen++;
				}
			}
		}
		assert.ok(seen > 0, 'some fixture has a publication date');
	});

	test('the dates-only read over one region, then a full read over another, gives the fresh read of the other', () => {
		const doc = parseDump(`${PAGES.wrapped.join('\n')}\n`);
		const [whole, post] = regions(doc);
		assert.ok(post, 'the fixture has a .post container');
		for (const [first, second] of [[post, whole], [whole, post]]) {
			for (const kind of KINDS) {
				const read = metadataReader(doc);
				read.publishedRule({ region: first });
				assert.deepStrictEqual(read({ region: second, pageKind: kind }), extractMetadata(doc, { region: second, pageKind: kind }));
			}
		}
	});

	test('an update stamp is reported as the date a full read reports, with its rule', () => {
		const doc = parseDump(`${PAGES.updateStamp.join('\n')}\n`);
		const read = metadataReader(doc);
		const rule = read.publishedRule({});
		assert.ok(rule !== undefined);
		assert.strictEqual(rule, extractMetadata(doc, {}).published?.rule);
	});
});
