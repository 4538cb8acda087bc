// A shop's selling points (USP bars, value-proposition sections) are shop chrome on a product page (kinds/productRegion.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { dumpLines as joinLines } from '../util/joinLines';

const DESCRIPTION = 'A 22-litre daypack with a padded laptop sleeve, a stretch front pocket and a rain cover folded into its base.';

suite('Shop selling points', () => {
	test('USP bars and value-proposition sections are shop chrome; words that merely contain the letters are not', () => {
		const points = ['usp-container', 'usps_container', 'usp-revolving_usp__MSUC9', 'section-value-props', 'ComponentSectionServiceValuePropositions-6'];
		const content = ['product-description', 'campus-pack', 'cusp-details', 'product-benefits'];
		const dump = joinLines(
			'# Trail 22 Daypack',
			'',
			...points.flatMap((c) => [`::: {.${c}}`, 'Free delivery over 50. Easy 30-day returns.', ':::', '']),
			...content.flatMap((c) => [`::: {.${c}}`, DESCRIPTION, ':::', '']),
		);
		const chrome = productChrome(new BlockIndex(parseDump(dump)));
		const named = [...chrome.keys()].map((c) => ('attrs' in c ? (c.attrs?.classes[0] ?? '') : ''));
		assert.deepStrictEqual(named.sort(), [...points].sort());
	});
});
