// Product pages: recommendation sections inside the product's text, and the product strategy on pages hidden whole until a script runs.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { endAtRecommendations } from '../../src/core/extract/heuristics/recommendationSections';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';
import { extractFixture } from '../util/kindFixtures';

const DESCRIPTION = [
	'Open-back planar headphones with a light aluminium frame: the thin diaphragm answers fast, the bass stays tight down',
	'to its lowest notes, and the padded band spreads the weight so that a long evening of listening does not tire you.',
].join(' ');
const MORE = 'The drivers are easy to power from a phone or a laptop, and the detachable cable can be replaced with a balanced one.';
const FOOTER = 'We stand behind our tools. If something breaks we replace it for as long as you own it, no questions asked, whatever the repair and wherever you bought it.';

function texts(lines: string[]): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const kept = endAtRecommendations(parseDump(dumpLines(...lines)).blocks, removed).map((b) => collapse(blockText(b)));
	return { kept, removed };
}

suite('Recommendation sections', () => {
	test('a section in the buy box goes alone when the description follows it', () => {
		const { kept, removed } = texts([
			'# Sundara Headphones', '', '\\$299.00', '',
			'### Frequently bought together', '', '#### [Sundara Headphones](/p/sundara)', '', '#### [Balanced Cable](/p/cable)', '', '\\$39.00', '',
			'## Description', '', DESCRIPTION, '', MORE,
		]);
		assert.deepStrictEqual(kept, ['Sundara Headphones', '$299.00', 'Description', DESCRIPTION, MORE]);
		assert.deepStrictEqual(removed.map((r) => [r.step, r.signal]), [['recommendations', 'Frequently bought together']]);
	});

	test('after the description, a section ends the text, with the footer prose after it', () => {
		const { kept } = texts(['# Jimmy', '', DESCRIPTION, '', '## Featured Products', '', '### [Pro Tech Toolkit](/p/pro)', '', '## Lifetime Guarantee', '', FOOTER]);
		assert.deepStrictEqual(kept, ['Jimmy', DESCRIPTION]);
	});

	test('a section whose heading opens the page is kept (nothing precedes it to judge by)', () => {
		const { kept } = texts(['## You may also like', '', DESCRIPTION]);
		assert.strictEqual(kept.length, 2);
	});

	test('two sections in a row both go, and the text between them stays', () => {
		const { kept } = texts([
			'# Sundara', '', '## You may also like', '', '### [Cable](/p/cable)', '', '## Specifications', '', MORE, '',
			'## Recently viewed', '', '### [Stand](/p/stand)', '', '## Description', '', DESCRIPTION, '', FOOTER,
		]);
		assert.deepStrictEqual(kept, ['Sundara', 'Specifications', MORE, 'Description', DESCRIPTION, FOOTER]);
	});
});

suite('Product pages hidden whole', () => {
	test('a shop page hidden until a script runs is read by the product strategy: from its name, without recommendations and policies', () => {
		const { text, kind } = extractFixture('product-hidden-shop-page.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['roasted slowly in small batches', 'the low acidity suits a long morning']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['IMPORTANT', 'Home / Coffee', 'Medium Roast Coffee', 'Coffee Mug', 'ships within two working days', 'Copyright']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});
});

suite('Screen-reader announcements', () => {
	test("a theme's announcement spans are not text; other ids and the list's real items stay", () => {
		const text = (dump: string): string => parseDump(dump).blocks.map((b) => collapse(blockText(b))).join('|');
		const list = dumpLines('-   [Choosing a selection results in a full page', '    refresh.]{#a11y-refresh-page-message}', '-   [Opens in a new window.]{#a11y-new-window-message}');
		assert.strictEqual(text(list).replace(/\s/g, ''), '');
		assert.strictEqual(text(dumpLines('[Opens in a new window.]{#new-window-note}')), 'Opens in a new window.');
		assert.strictEqual(text(dumpLines('[Size chart]{#a11y-size-chart}')), 'Size chart', 'an a11y id that is no message stays');
	});
});
