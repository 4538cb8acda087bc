// The stock line's window after a product's name reads short lines past up to a count: a maker's, colour and item-number lines do not push the stock line out (productRegion.ts pastWindow, stockAtName.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { pastWindow, SHORT_LINES_READ_PAST } from '../../src/core/extract/kinds/productRegion';
import { hasStockAtName } from '../../src/core/extract/kinds/stockAtName';
import { detectedKind as kindOf } from '../util/kindFixtures';

const card = (i: number): string => `-   [Quay Chair ${i}](/product/chair-${i})\n\n    $${120 + i}.00\n`;
const grid = (): string => Array.from({ length: 9 }, (_, i) => card(i + 1)).join('\n');
const SHORT = ['By Harbour Works', 'Item number 20417', 'Colour: Oiled oak', 'Made in Portugal', 'Seat height 45 cm', 'Designed in our studio'];
const DESCRIPTION = 'A dining chair of oiled oak with a woven paper-cord seat, joined by hand and finished to take a lifetime of dinners.';

/** A chair's page: its name, six short lines, `line` (a stock line or another), its description, then a grid of other chairs. */
function chairPage(line: string, short = SHORT): string {
	return `# Quay Dining Chair\n\n${short.join('\n\n')}\n\n${line}\n\n## About the chair\n\n${DESCRIPTION}\n\n## You may also like\n\n${grid()}`;
}

suite('Short lines read past after the name', () => {
	test('a stock line six short lines under the name keeps a product whose price line is missing a product over its grid', () => {
		assert.ok(hasStockAtName(new BlockIndex(parseDump(chairPage('Sold out')))));
		assert.match(kindOf(chairPage('Sold out')), /^product/);
		assert.match(kindOf(chairPage('Free returns')), /^collection/);
	});

	test('long blocks still count: the same stock line under six sentences is past the window', () => {
		const prose = SHORT.map((s) => `${s}, and a sentence long enough to be prose rather than a buy box's line.`);
		assert.ok(!hasStockAtName(new BlockIndex(parseDump(chairPage('Sold out', prose)))));
	});

	test('the count: short lines past the cap count again', () => {
		assert.ok(!pastWindow(5 + SHORT_LINES_READ_PAST, SHORT_LINES_READ_PAST, 5));
		assert.ok(pastWindow(6 + SHORT_LINES_READ_PAST, SHORT_LINES_READ_PAST + 1, 5));
		assert.ok(pastWindow(6, 0, 5));
	});
});
