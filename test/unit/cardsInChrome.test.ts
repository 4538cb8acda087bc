// Cards in chrome: a menu's or a footer's repeated linked items are no listing; a feed's teasers in the page's body are (kinds/cardsInChrome.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { isCardsInChrome } from '../../src/core/extract/kinds/cardsInChrome';
import { detectKind } from '../../src/core/extract/kinds/detect';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { extractDumpText } from '../util/kindFixtures';

const item = (i: number, cls: string): string => `::: {.${cls}}\n[Guide number ${i} to planting a hedge](/guides/${i})\n\nShort line ${i}.\n:::\n`;
const group = (cls: string, n: number): string => Array.from({ length: n }, (_, i) => item(i + 1, cls)).join('\n');
const BODY = 'Hedges need a trench dug twice as wide as the roots, and a layer of compost below them.\n\nWater them weekly in the first summer.';

/** A page whose six linked cards sit in `frame` (a wrapper's attributes), above a short article. */
const framed = (frame: string): string => `::: ${frame}\n${group('guide-card', 6)}\n:::\n\n::: {.main}\n# Planting a hedge\n\n${BODY}\n:::\n`;
const FEED = `::: {.main}\n# Guides\n\n${group('teaser', 6)}\n:::\n`;

function inChrome(dump: string): boolean {
	const index = new BlockIndex(parseDump(dump));
	const cards = pageSignals(index).cards;
	assert.ok(cards, 'the six cards make a group');
	return isCardsInChrome(cards, wholePage(index));
}

suite('Cards in chrome', () => {
	test("cards in the site's header, footer or navigation (by class or role) are chrome; a feed's teasers and a related feed are not", () => {
		assert.strictEqual(inChrome(framed('{.site-header}')), true);
		assert.strictEqual(inChrome(framed('{.footer-links}')), true);
		assert.strictEqual(inChrome(framed('{.links role="navigation"}')), true);
		assert.strictEqual(inChrome(FEED), false);
		// "Related" or "trending" names a listing's own feed as often as a rail beside an article.
		assert.strictEqual(inChrome(framed('{.related-guides}')), false);
	});

	test('a spread-out page whose only cards are its header is a landing page; under a feed of cards it is a listing', () => {
		const detect = (frame: string): string => {
			const index = new BlockIndex(parseDump(framed(frame)));
			const whole = wholePage(index);
			// The article pipeline's container is one short section: the page is spread over the rest (kinds/coverage.ts).
			const first = whole.blocks.find((b) => b.kind === 'paragraph');
			assert.ok(first);
			const article: Attempt = { region: ROOT, regionScore: 0, blocks: [first], removed: [], chars: 20 };
			const k = detectKind(index, pageSignals(index), article, whole);
			return `${k.kind}: ${k.signal.replace(/[\d.]+$/, 'N')}`;
		};
		assert.strictEqual(detect('{.site-header}'), 'service: article coverage N');
		assert.strictEqual(detect('{.guide-feed}'), 'listing: cards N');
	});

	test('a page not spread out keeps its cards: calling an article a listing costs little, a listing an article much', () => {
		assert.strictEqual(extractDumpText(framed('{.site-header}')).kind, 'listing');
		assert.strictEqual(extractDumpText(FEED).kind, 'listing');
	});
});
