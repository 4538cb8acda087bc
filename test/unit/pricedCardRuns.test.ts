// Product pages: a run of cards after the description, each a heading and one price, is a grid of other products and goes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropBuyBoxLines } from '../../src/core/extract/heuristics/buyBox';
import { dropPricedCardRuns } from '../../src/core/extract/heuristics/pricedCardRuns';
import { dropPricedSections } from '../../src/core/extract/heuristics/pricedSections';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION =
	'A hand-forged copper bracelet with a hammered face and rolled edges, sealed against tarnish. Each one is shaped by hand, so the pattern of the hammer marks differs from piece to piece.';
const CARE = 'Wipe it with a soft dry cloth after wearing.';

/** The buy-box lines and the priced sections go first, as in the product strategy (kinds/product.ts). */
function read(lines: string[]): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropPricedSections(dropBuyBoxLines(parseDump(dumpLines(...lines)).blocks, removed), removed);
	const kept = dropPricedCardRuns(blocks, removed).map((b) => collapse(blockText(b)));
	return { kept, removed };
}

/** One card of a grid: a link line, the name's heading, its price with a button, and its finishes. */
function card(name: string, price: string, finishes: string[]): string[] {
	return [`Link to ${name}`, '', `## ${name}`, '', `${price} View product`, '', ...finishes.flatMap((f) => [f, '']), 'View Product', ''];
}

suite('Priced card runs on a product page', () => {
	test('a grid of matching pieces after the description goes with its label, and the care notes after it stay', () => {
		const { kept, removed } = read([
			'# Hammered Copper Bracelet', '', '$85.00', '',
			'## About this piece', '', DESCRIPTION, '',
			'## Complete the set?', '', 'Check out these matching designs:', '',
			...card('Hammered Copper Ring', '$45.00', ['Polished', 'Matte']),
			...card('Copper Leaf Pendant', '$60.00', ['Short chain', 'Long chain', 'Choker']),
			...card('Copper Hoop Earrings', '$38.00', []),
			'## Care', '', CARE,
		]);
		assert.deepStrictEqual(kept, ['Hammered Copper Bracelet', 'About this piece', DESCRIPTION, 'Care', CARE]);
		assert.deepStrictEqual(removed.filter((r) => r.step === 'priced-cards').map((r) => r.signal), ['Complete the set?']);
	});

	test('two priced sections are not a grid, and headed formats before the description are the product\'s own', () => {
		const lines = [
			'# Copper Bracelet Kit', '',
			'## Kit only', '', '$40.00', '', '## Kit with tools', '', '$65.00', '', '## Kit with tools and case', '', '$80.00', '',
			'## About this kit', '', DESCRIPTION, '',
			'## Pairs with', '', 'Copper polish $9.00', '', '## Gift box', '', 'Gift box $5.00', '',
			'## Care', '', CARE,
		];
		const { kept } = read(lines);
		assert.deepStrictEqual(kept, [
			'Copper Bracelet Kit', 'Kit only', 'Kit with tools', 'Kit with tools and case', 'About this kit', DESCRIPTION,
			'Pairs with', 'Copper polish $9.00', 'Gift box', 'Gift box $5.00', 'Care', CARE,
		]);
	});

	test('sections of the product that name no price stay between two runs of the same level', () => {
		const { kept } = read([
			'# Hammered Copper Bracelet', '', '## About this piece', '', DESCRIPTION, '',
			'## Sizing', '', 'Measure your wrist and add one centimetre.', '',
			'## Materials', '', 'Solid copper, a lacquer seal.', '',
			'## Care', '', CARE,
		]);
		assert.deepStrictEqual(kept, ['Hammered Copper Bracelet', 'About this piece', DESCRIPTION, 'Sizing', 'Measure your wrist and add one centimetre.', 'Materials', 'Solid copper, a lacquer seal.', 'Care', CARE]);
	});
});
