// Listings whose container also wraps the site's chrome: the container is kept, less the chrome, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { containerWithoutChrome, MIN_KEPT_SHARE } from '../../src/core/extract/kinds/containerWithChrome';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { articleAttempt } from '../../src/core/extract/sieve';
import { extractFixture } from '../util/kindFixtures';

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
