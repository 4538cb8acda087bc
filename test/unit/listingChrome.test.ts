// Listings: a container that also wraps the site's chrome, and item titles written as linked paragraphs, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { containerWithoutChrome, MIN_KEPT_SHARE } from '../../src/core/extract/kinds/containerWithChrome';
import { itemsOutsideArticle, linkedTitles, MIN_ITEM_TITLES_OUTSIDE, MIN_LINKED_PARAGRAPH_TITLE_CHARS } from '../../src/core/extract/kinds/itemTitles';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { articleAttempt } from '../../src/core/extract/sieve';
import { extractDumpText, extractFixture } from '../util/kindFixtures';

/** Five linked cards of a feed, each with one short line. */
const cards = Array.from({ length: 5 }, (_, i) => `::: {.card}\n## [Walk ${i + 1}](/walks/${i + 1})\n\nBy the river, ${i + 2} miles.\n\n:::\n`).join('\n');

suite('Listings whose container wraps the site chrome', () => {
	test("a feed in the page's layout wrapper keeps its items, without the menu, tags, sponsors and footer beside it", () => {
		const { text, kind } = extractFixture('listing-container-chrome.txt');
		assert.strictEqual(kind, 'listing');
		for (const item of ['Lantern slides from the 1920s', 'Glass plates of the harbour', 'Postcards of the pier', 'Mar 1'])
			assert.ok(text.includes(item), `lost ${item}: ${text}`);
		for (const chrome of ['Volunteer', 'Popular tags', 'run by volunteers', 'Registered charity', 'Our sponsors', 'map room'])
			assert.ok(!text.includes(chrome), `kept ${chrome}: ${text}`);
	});

	test('the chrome cut is recorded as removed, under the name that pruned it', () => {
		const doc = parseDump(`::: {.layout}\n::: {.sidebar}\nAbout this club, its walks and its members, since 1950.\n:::\n\n::: {.feed}\n${cards}\n:::\n:::\n`);
		const index = new BlockIndex(doc);
		const cut = containerWithoutChrome(articleAttempt(index), wholePage(index));
		assert.ok(cut, 'the container was not cut');
		const text = cut.blocks.map((b) => collapse(blockText(b))).join(' ');
		assert.ok(text.includes('Walk 1') && text.includes('Walk 5'), text);
		assert.ok(!text.includes('since 1950'), text);
		assert.ok(cut.removed.some((r) => r.step === 'unlikely' && r.signal === 'sidebar'));
	});

	test('when the chrome holds most of the container, the items sit in it: the container stays whole', () => {
		// The only cards are in a wrapper named like chrome ("related"): cutting it would leave the heading alone.
		const doc = parseDump(`::: {.layout}\n# Walks\n\n::: {.related}\n${cards}\n:::\n:::\n`);
		const index = new BlockIndex(doc);
		assert.strictEqual(containerWithoutChrome(articleAttempt(index), wholePage(index)), undefined);
		assert.ok(MIN_KEPT_SHARE > 0 && MIN_KEPT_SHARE < 1);
	});
});

suite('Item titles written as linked paragraphs', () => {
	const titles = (source: string): number => linkedTitles(parseDump(source).blocks);
	const title = (i: number): string => `[Notes on the orchard in week ${i} of the season](/notes/${i})`;

	test('a paragraph that is one title-long link is an item title, as a heading holding a link is', () => {
		assert.strictEqual(titles(`${title(1)}\n\nPruned the old pears.\n\n**${title(2)}**\n\n### ${title(3)}\n`), 3);
	});

	test('a short link ("Read more", a tag) and a link inside a sentence are not titles', () => {
		assert.strictEqual(titles('[Read more](/notes/1)\n\n[#orchard](/t/orchard)\n\nSee [the notes of the orchard in week one](/n/1) for more.\n'), 0);
		assert.ok(MIN_LINKED_PARAGRAPH_TITLE_CHARS > '[Read more]'.length);
	});

	test("links in a list are an archive or a rail of related posts, not a listing's titles", () => {
		assert.strictEqual(titles(Array.from({ length: 5 }, (_, i) => `-   ${title(i)}`).join('\n') + '\n'), 0);
	});

	test('a teaser list of linked paragraphs beyond the block of prose the article pipeline picks is a listing whose items lie outside it', () => {
		const intro = '::: {.intro}\n# Orchard notes\n\nEvery week of the season, one of the volunteers writes down what was pruned, grafted, picked, stored and lost, so that the next year starts from what this one learnt, and so that nobody plants the same failing rootstock twice.\n:::\n';
		const teasers = Array.from({ length: MIN_ITEM_TITLES_OUTSIDE + 5 }, (_, i) => `::: {.teaser}\n${title(i + 1)}\n\nA short note.\n:::\n`).join('\n');
		const dump = `${intro}\n::: {.feed}\n${teasers}\n:::\n`;
		const index = new BlockIndex(parseDump(dump));
		assert.ok(itemsOutsideArticle(articleAttempt(index), wholePage(index)), 'the linked paragraphs were not counted as items');
		const { text, kind } = extractDumpText(dump);
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('nobody plants the same failing rootstock'), 'lost the introduction');
		assert.ok(text.includes('week 1 of the season') && text.includes(`week ${MIN_ITEM_TITLES_OUTSIDE + 5} of the season`), 'lost the items');
	});
});
