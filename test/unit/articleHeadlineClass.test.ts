// Metadata (issue 12): a heading classed as an article's headline keeps the lead before its dash, whatever kind the page was detected as.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { hasArticleHeadlineClass } from '../../src/core/extract/metadata/articleHeadlineClass';

const BODY = 'A paragraph of body text long enough to be read as the post, with more words after it so that it counts as one.\n';

function titleOf(dump: string, pageKind?: string): string | undefined {
	return extractMetadata(parseDump(dump), { pageKind }).title?.value;
}

suite('Metadata: an article headline class keeps the title whole', () => {
	test("a Shopify Dawn blog post's h1 read as a forum thread keeps its lead", () => {
		const dump = `::: article-template\n# Zero Waste - A Beginner's Guide {.article-template__title}\n\n${BODY}:::\n`;
		assert.strictEqual(titleOf(dump, 'forum'), "Zero Waste - A Beginner's Guide");
	});

	test('a BEM article__title keeps its lead on a page detected as a service', () => {
		const dump = `# Home Energy - Ten Ways to Save This Winter {.article__title .h1}\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, 'service'), 'Home Energy - Ten Ways to Save This Winter');
	});

	test("a forum thread's board label is still cut", () => {
		const dump = `# Billing help - how do I remove a saved card {#billing-help .topic-title}\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, 'forum'), 'how do I remove a saved card');
	});

	test('only a heading with such a class of its own counts', () => {
		const [h] = parseDump('# Title {.articleTitle}\n').blocks;
		assert.strictEqual(hasArticleHeadlineClass(h), true);
		const [plain] = parseDump('# Title {.page-title}\n').blocks;
		assert.strictEqual(hasArticleHeadlineClass(plain), false);
		const [para] = parseDump('Some text\n').blocks;
		assert.strictEqual(hasArticleHeadlineClass(para), false);
		assert.strictEqual(hasArticleHeadlineClass(undefined), false);
	});
});
