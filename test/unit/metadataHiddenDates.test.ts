// Metadata (issue 12): a plain date in an element hidden from readers, read only for its place near the title, is not the page's date.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARA = 'A paragraph of body text long enough to be read as the article, with more words after it so that it counts as prose.\n\n';

function publishedOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).published?.value;
}

suite('Metadata: plain dates hidden from readers', () => {
	test("a closed menu's date of today over the headline is not the page's date", () => {
		const dump = `::: {#visit-menu hidden=""}\n### Opening hours\n\n::: {#x1}\nMarch 14, 2026\n:::\n\nOpen 9 to 5\n:::\n\n# Shade plants for a dark hallway\n\n${PARA.repeat(3)}`;
		assert.strictEqual(publishedOf(dump), undefined);
	});

	test('the same with aria-hidden and display:none', () => {
		for (const attrs of ['aria-hidden="true"', 'style="display:none"']) {
			const dump = `# Shade plants for a dark hallway\n\n::: {#x2 ${attrs}}\nThu, 18 Dec 2025 02:27:53 GMT\n:::\n\n${PARA.repeat(3)}`;
			assert.strictEqual(publishedOf(dump), undefined, attrs);
		}
	});

	test('a shown dateline is still read, and so is a hidden date with its own markup', () => {
		const shown = `# Shade plants for a dark hallway\n\n::: {#x3}\nMarch 14, 2026\n:::\n\n${PARA.repeat(3)}`;
		assert.strictEqual(publishedOf(shown), '2026-03-14');
		const marked = `# Shade plants for a dark hallway\n\n[March 14, 2026]{itemprop="datePublished" hidden=""}\n\n${PARA.repeat(3)}`;
		assert.strictEqual(publishedOf(marked), '2026-03-14');
	});
});
