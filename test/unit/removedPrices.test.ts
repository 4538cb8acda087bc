// Product pages: the bare prices the buy-box step removes still mark a later section of other products' cards as priced.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropBuyBoxLines } from '../../src/core/extract/heuristics/buyBox';
import { dropPricedSections } from '../../src/core/extract/heuristics/pricedSections';
import { removedPricesAt } from '../../src/core/extract/heuristics/removedPrices';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION =
	'A 25-litre daypack of ripstop nylon with a padded back panel, a rain cover in its lid and room for a bladder. The hip belt folds away when you carry it on a bike.';
const CARE = 'Rinse it in cold water and let it dry in the shade.';

/** The buy-box lines go first, as in the product strategy (kinds/product.ts), then the priced sections. */
function read(lines: string[]): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropBuyBoxLines(parseDump(dumpLines(...lines)).blocks, removed);
	const kept = dropPricedSections(blocks, removed).map((b) => collapse(blockText(b)));
	return { kept, removed };
}

suite('Removed prices in priced sections', () => {
	test("a comparison of other packs after the description goes once its bare prices are gone, from the first pack's name", () => {
		const { kept, removed } = read([
			'# Trail 25 Pack', '', '$99.95', '',
			'## Description', '', DESCRIPTION, '',
			'## Compare our packs', '', 'Trail 18 Pack', '', '$79.95', '', 'Trail 35 Pack', '', '$129.95', '',
			'## Care', '', CARE,
		]);
		assert.deepStrictEqual(kept, ['Trail 25 Pack', 'Description', DESCRIPTION, 'Compare our packs', 'Care', CARE]);
		assert.deepStrictEqual(
			removed.filter((r) => r.step === 'priced-section').map((r) => r.signal),
			['Trail 18 Pack'],
		);
	});

	test('a section of requirements that ends in bundles keeps its own text', () => {
		const needs = 'Needs a frame of at least 40 cm and a bottle cage mount.';
		const { kept } = read([
			'# Trail 25 Pack', '', '## About', '', DESCRIPTION, '',
			'## Requirements', '', needs, '', 'Bundle: pack and rain cover', '', '$109.95', '', 'Bundle: pack and bottle', '', '$104.95', '',
			'## Care', '', CARE,
		]);
		assert.deepStrictEqual(kept, ['Trail 25 Pack', 'About', DESCRIPTION, 'Requirements', needs, 'Care', CARE]);
	});

	test("bare prices before the description are the product's own sizes and never count", () => {
		const { kept } = read([
			'# Trail 25 Pack', '', '## Sizes', '', 'Small', '', '$89.95', '', 'Large', '', '$99.95', '',
			'## Description', '', DESCRIPTION, '', '## Care', '', CARE,
		]);
		assert.deepStrictEqual(kept, ['Trail 25 Pack', 'Sizes', 'Small', 'Large', 'Description', DESCRIPTION, 'Care', CARE]);
	});

	test('removed prices are counted at the block they follow; other removed lines are not prices', () => {
		const removed: RemovedRegion[] = [];
		const blocks = dropBuyBoxLines(parseDump(dumpLines('# Pack', '', 'Add to cart', '', 'Trail 18 Pack', '', '$79.95', '', '£12.00', '', 'Care')).blocks, removed);
		assert.deepStrictEqual(blocks.map((b) => collapse(blockText(b))), ['Pack', 'Trail 18 Pack', 'Care']);
		assert.deepStrictEqual(removedPricesAt(blocks, removed, 80), [0, 2, 0]);
	});
});
