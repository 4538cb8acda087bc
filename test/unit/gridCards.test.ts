// A collection's cards the pipeline's cleaning dropped come back from the whole page (kinds/gridCards.ts); a listing of priced cards is read as a collection (kinds/pricedListing.ts).
import * as assert from 'node:assert';
import type { Attempt } from '../../src/core/extract/blockIndex';
import { withGridCards } from '../../src/core/extract/kinds/gridCards';
import { collection } from '../../src/core/extract/kinds/collection';
import { listing } from '../../src/core/extract/kinds/listing';
import { isPricedListing } from '../../src/core/extract/kinds/pricedListing';
import { blockText } from '../../src/core/extract/inlineText';
import { resultsContext, textLines } from '../util/gridContext';

const NAMES = ['Trail Camera 4K', 'Mirrorless Body X2', 'Compact Zoom 30x', 'Action Cam Pro', 'Film Scanner S', 'Studio Flash 600', 'Light Meter L5', 'Tripod Carbon 3'];
const card = (name: string, i: number): string => `-   [${name}](/p/${i})\n\n    Weather-sealed body, two card slots\n\n    $${100 + i * 25}.00`;
const GRID = NAMES.map(card).join('\n');
const STORY = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the story tells how the harbour town rebuilt its pier after the winter storms, with long sentences about the people who did it.`).join('\n\n');

/** A page whose top-level `results` box holds `inner`, between a menu and a footer. */
const page = (inner: string): string =>
	`::: nav\n-   [Cameras](/c)\n-   [Lenses](/l)\n:::\n\n::: results\n${inner}\n:::\n\n::: footer\n[Careers](/jobs) [Privacy](/privacy)\n:::\n`;

/** The `results` attempt as the pipeline's cleaning leaves it: without the cards' linked names. */
function cleaned(dump: string): ReturnType<typeof resultsContext> {
	const { ctx, attempt } = resultsContext(dump);
	const names = new Set(NAMES);
	const leaves: Attempt['blocks'] = [];
	const walk = (blocks: Attempt['blocks']): void => {
		for (const b of blocks) {
			if (b.kind === 'div') walk(b.children);
			else if (b.kind === 'list') for (const it of b.items) walk(it.children);
			else if (!names.has(blockText(b).trim())) leaves.push(b);
		}
	};
	walk(attempt.blocks);
	const article: Attempt = { ...attempt, blocks: leaves, chars: leaves.reduce((n, b) => n + blockText(b).trim().length, 0) };
	return { ctx: { ...ctx, article }, attempt: article };
}

suite('Grid cards', () => {
	test('the names the cleaning dropped from a container that is the grid come back, in order', () => {
		const { ctx, attempt } = cleaned(page(GRID));
		assert.ok(!textLines(attempt.blocks).includes('Trail Camera 4K'));
		const text = textLines(withGridCards(ctx, attempt).blocks);
		for (const name of NAMES) assert.ok(text.includes(name), text.join('|'));
		assert.ok(text.indexOf('Trail Camera 4K') < text.indexOf('$100.00') && text.indexOf('$100.00') < text.indexOf('Mirrorless Body X2'), text.join('|'));
		assert.ok(!text.includes('Careers'), text.join('|'));
	});

	test('a story whose container also holds a priced gallery keeps the cleaning’s reading', () => {
		const { ctx, attempt } = cleaned(page(`${STORY}\n\n${GRID}`));
		assert.strictEqual(withGridCards(ctx, attempt), attempt);
	});

	test('a listing of priced cards is read as its collection; a feed of teasers is not', () => {
		const { ctx } = resultsContext(page(GRID));
		assert.ok(isPricedListing(ctx));
		assert.deepStrictEqual(textLines(listing.extract(ctx)?.blocks ?? []), textLines(collection.extract(ctx)?.blocks ?? []));
		const feed = NAMES.map((n, i) => `-   [${n} review](/r/${i})\n\n    What we liked after a month in the field`).join('\n');
		assert.ok(!isPricedListing(resultsContext(page(feed)).ctx));
	});

	test('prices across the page beside sorting and cart words make a priced listing even without a grid of cards', () => {
		const lines = NAMES.map((n, i) => `${n}\n\nFrom $${100 + i * 25}.00 or three payments, each with a long note on shipping and returns that makes the line too long to be a card of a grid, as many shops print it`).join('\n\n');
		const shop = page(`Sort by: Featured\n\n${lines}\n\n[Add to cart](/cart)`);
		assert.ok(isPricedListing(resultsContext(shop).ctx));
		assert.ok(!isPricedListing(resultsContext(page(lines)).ctx));
	});
});
