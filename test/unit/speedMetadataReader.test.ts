// Speed (issues 12, 13): a metadata reader read twice over one region shares the steps the page kind does not change, with the results of two fresh reads.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata, metadataReader, type ArticleContext } from '../../src/core/extract/metadata';
import type { PageKind } from '../../src/core/extract/kinds/pageKind';
import type { DumpDocument, SourceRange } from '../../src/core/model/dumpDocument';

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';
const filler = (words: number): string => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

/** Pages whose author or date some kinds keep and others drop (kindPolicy.ts, docsUpdateStamp.ts, repeatedBylines.ts); the far byline lies beyond kindPolicy's 75-word dateline bound. */
const PAGES: Readonly<Record<string, readonly string[]>> = {
	farByline: ['# Recent papers in materials science', '', filler(110), '', 'By Maria Oliveira Andreotti', '', filler(20)],
	farNewsDate: ['# Terraria', '', filler(120), '', '### State of the game', '', '[Thu, February 26, 2026]{.news-date}', ''],
	updateStamp: ['# Configure the build cache', '', BODY, '', 'Last updated 2025-12-18 UTC.'],
	linkedTitle: ['## [The hidden cost of early hires](/video/hidden-cost/)', '', 'Build Mode is back.', '', '[Jane Roe](/author/jane/){.author}', '', '::: post-date', 'February 19, 2026', ':::', ''],
	wrapped: ['::: site-header', '[Example Daily](/)', ':::', '', '::: {.post .article-body}', '# A story in a wrapper', '', 'By Jane Roe', '', 'March 6, 2026', '', BODY, '', BODY, ':::', '', '::: footer', '© 2026 Example Daily', ':::'],
};

const KINDS: readonly (PageKind | undefined)[] = [undefined, 'article', 'forum', 'listing', 'collection', 'product', 'service', 'documentation'];

/** The page's whole range and, where the page has one, the range of its `.post` container. */
function regions(doc: DumpDocument): (SourceRange | undefined)[] {
	const post = doc.blocks.find((b) => b.kind === 'div' && doc.text.slice(b.range.start, b.range.end).startsWith('::: {.post'));
	return post ? [undefined, post.range] : [undefined];
}

suite('Speed: one metadata reader, two reads', () => {
	test('every pair of kinds read over one region gives what two fresh reads give', () => {
		let pairs = 0;
		for (const [name, lines] of Object.entries(PAGES)) {
			const doc = parseDump(`${lines.join('\n')}\n`);
			for (const region of regions(doc)) {
				for (const first of KINDS) {
					for (const second of KINDS) {
						const read = metadataReader(doc);
						const a: ArticleContext = { region, pageKind: first };
						const b: ArticleContext = { region, pageKind: second };
						assert.deepStrictEqual(read(a), extractMetadata(doc, a), `${name} ${first}`);
						assert.deepStrictEqual(read(b), extractMetadata(doc, b), `${name} ${first} then ${second}`);
						pairs++;
					}
				}
			}
		}
		assert.strictEqual(pairs, (Object.keys(PAGES).length + 1) * KINDS.length * KINDS.length);
	});

	test('the kind of the second read decides: an article keeps a far byline, a listing read after it drops it', () => {
		const doc = parseDump(`${PAGES.farByline.join('\n')}\n`);
		const read = metadataReader(doc);
		assert.strictEqual(read({ pageKind: 'article' }).author?.value, 'Maria Oliveira Andreotti');
		assert.strictEqual(read({ pageKind: 'listing' }).author, undefined);
		assert.strictEqual(read({}).author?.value, 'Maria Oliveira Andreotti');
	});

	test('a documentation page read after the kindless read keeps its update stamp a modification date', () => {
		const doc = parseDump(`${PAGES.updateStamp.join('\n')}\n`);
		const read = metadataReader(doc);
		assert.strictEqual(read({}).published?.value, '2025-12-18');
		const docs = read({ pageKind: 'documentation' });
		assert.strictEqual(docs.published, undefined);
		assert.strictEqual(docs.modified?.value, '2025-12-18');
	});

	test('a read over another region reads afresh: the region moves the title and the word count', () => {
		const doc = parseDump(`${PAGES.wrapped.join('\n')}\n`);
		const [whole, post] = regions(doc);
		assert.ok(post, 'the fixture has a .post container');
		const read = metadataReader(doc);
		const inPost = read({ region: post });
		const onPage = read({ region: whole, pageKind: 'article' });
		assert.deepStrictEqual(inPost, extractMetadata(doc, { region: post }));
		assert.deepStrictEqual(onPage, extractMetadata(doc, { region: whole, pageKind: 'article' }));
		assert.notStrictEqual(inPost.wordCount?.rule, onPage.wordCount?.rule);
	});

	test('a traced read after an untraced one still passes every field\'s candidates to the trace', () => {
		const doc = parseDump(`${PAGES.wrapped.join('\n')}\n`);
		const read = metadataReader(doc);
		read({});
		const fields: string[] = [];
		read({ trace: (field) => fields.push(field) });
		assert.deepStrictEqual(fields, ['title', 'author', 'dates', 'siteName', 'description', 'tags', 'language']);
	});
});
