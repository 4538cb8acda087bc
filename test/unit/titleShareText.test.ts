// Metadata (issue 12): a share link's text that runs on past the chosen heading is the page's title; a tail naming the site is not.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { sharedTitleTail } from '../../src/core/extract/metadata/titleShareText';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so that it counts as one.\n';

function titleOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), { pageKind: 'article' }).title?.value;
}

/** An article of a tea shop's guide pages, its heading, then share buttons filled from the page's document title. */
function article(heading: string, shared: string): string {
	const q = encodeURIComponent(shared);
	const url = encodeURIComponent('https://www.leafandkettle.example/guides/oolong');
	const nav = '[Home](https://www.leafandkettle.example/) [Guides](https://www.leafandkettle.example/guides) [Shop](https://www.leafandkettle.example/shop)\n\n';
	return `${nav}# ${heading}\n\n[Share](https://twitter.com/intent/tweet?text=${q}&url=${url}) [Mail](mailto:?subject=${q}&body=${url})\n\n${BODY}`;
}

suite("Metadata: a share link's longer title", () => {
	test('the shared text that runs on past the heading is the title', () => {
		assert.strictEqual(titleOf(article('What is Oolong Tea?', 'What is Oolong Tea? A Brewer\u2019s Guide to Every Roast')), 'What is Oolong Tea? A Brewer\u2019s Guide to Every Roast');
		assert.strictEqual(titleOf(article('Brewing Classes', 'Brewing Classes Certificate')), 'Brewing Classes Certificate');
	});

	test("a shared tail naming the site, an account or the site's section after a bar is passed over for the next share text", () => {
		const guide = 'What is Oolong Tea? A Brewer\u2019s Guide';
		for (const siteTail of ['What is Oolong Tea? - Leaf and Kettle', 'What is Oolong Tea? @LeafKettleNews', 'What is Oolong Tea? | Guides', 'What is Oolong Tea? via Leaf Kettle', 'What is Oolong Tea? - Cups & me']) {
			assert.strictEqual(sharedTitleTail('What is Oolong Tea?', [siteTail], 'leafandkettle'), undefined, siteTail);
			assert.strictEqual(sharedTitleTail('What is Oolong Tea?', [siteTail, guide], 'leafandkettle'), guide, siteTail);
		}
		assert.strictEqual(titleOf(article('What is Oolong Tea?', 'What is Oolong Tea? - Leaf and Kettle')), 'What is Oolong Tea?');
	});

	test("the heading must be the shared text's whole start, ending at a word's end", () => {
		assert.strictEqual(sharedTitleTail('Brewing Class', ['Brewing Classes for Beginners'], undefined), undefined);
		assert.strictEqual(sharedTitleTail('Brewing Classes', ['Our Brewing Classes for Beginners'], undefined), undefined);
		assert.strictEqual(sharedTitleTail('Brewing Classes', ['Brewing Classes \u2013'], undefined), undefined);
		assert.strictEqual(sharedTitleTail("Brewer's Guide", ['Brewer\u2019s Guide: Green Teas'], undefined), "Brewer's Guide: Green Teas");
	});
});
