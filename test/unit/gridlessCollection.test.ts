// A priced page with no grid of cards is read as a product by the collection strategy (kinds/gridlessCollection.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import * as detect from '../../src/core/extract/kinds/detect';
import { isGridlessCollection } from '../../src/core/extract/kinds/gridlessCollection';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { extractDumpText } from '../util/kindFixtures';

/** The text of a dump read by one kind's strategy whatever detection says (as `EVAL_FORCE_KIND` does). */
function forcedText(dump: string, kind: string): string {
	const mutable = detect as { detectKind: typeof detect.detectKind };
	const real = mutable.detectKind;
	mutable.detectKind = () => ({ kind: kind as ReturnType<typeof real>['kind'], signal: 'forced', confidence: 1 });
	try {
		return extractDumpText(dump).text;
	} finally {
		mutable.detectKind = real;
	}
}

/** Invented: one lamp's page with its sizes' prices, a review toolbar and a rail of two other products, no class word that names a part. */
const LAMP = [
	'::: band-top',
	...['Home', 'Lamps', 'Shelves', 'Our workshop', 'Journal', 'Contact'].map((n) => `-   [${n}](/${n.toLowerCase().replace(' ', '-')})`),
	':::',
	'',
	'# Walnut Desk Lamp',
	'',
	'$89.00',
	'',
	...['Small, 30 cm: $69.00', 'Medium, 38 cm: $79.00', 'Large, 45 cm: $89.00', 'Floor, 140 cm: $189.00', 'Spare shade: $24.00', 'Spare cable: $12.00'].flatMap((l) => [l, '']),
	'[Add to cart](/cart/1)',
	'',
	'Turned from a single block of oiled walnut, the lamp stands on a weighted brass foot and takes any warm bulb up to ten watts. Each one is finished by hand in our workshop, so the grain and the colour of the wood vary from lamp to lamp.',
	'',
	'The shade tilts on a small friction hinge that holds it where you leave it, over a book, a keyboard or a sketchbook, and the cloth cable runs two metres to a switch you can reach from your chair.',
	'',
	'## Reviews',
	'',
	'Sort by: Newest',
	'',
	'I bought the medium lamp for my desk and it has been on every evening since; the hinge holds the shade where I want it.',
	'',
	'::: band',
	'## You may also like',
	'',
	'[Oak wall shelf](/p/2) $45.00',
	'',
	'[Brass bookends](/p/3) $32.00',
	':::',
	'',
	'::: band-end',
	...['Shipping', 'Returns', 'Care of wood', 'Stockists', 'Gift cards'].map((n) => `-   [${n}](/${n.toLowerCase().replace(/ /g, '-')})`),
	'',
	'© 2026 A small lamp workshop. All rights reserved.',
	':::',
	'',
].join('\n');

/** Invented: a category of six priced cards. */
const GRID = `# Garden tools\n\nSort by: Featured\n\n${['Trowel', 'Rake', 'Hoe', 'Spade', 'Shears', 'Fork'].map((n, i) => `::: product-card\n[![](/i/${i}.jpg)](/p/${i})\n\n[${n}](/p/${i})\n\n$${i + 12}.99\n\n[Add to cart](/cart/${i})\n:::`).join('\n\n')}\n`;

suite('Collections without a grid read as products', () => {
	test('a priced page without a grid of cards is gridless; a category of priced cards is not', () => {
		const lamp = new BlockIndex(parseDump(LAMP));
		assert.strictEqual(isGridlessCollection({ index: lamp, signals: pageSignals(lamp) }), true);
		const grid = new BlockIndex(parseDump(GRID));
		assert.strictEqual(isGridlessCollection({ index: grid, signals: pageSignals(grid) }), false);
	});

	test('the collection strategy reads one product\'s page as the product strategy does, from its name and without the menu above it', () => {
		const asCollection = forcedText(LAMP, 'collection');
		assert.strictEqual(asCollection, forcedText(LAMP, 'product'));
		assert.ok(!asCollection.includes('Our workshop'), asCollection);
		for (const kept of ['Medium, 38 cm: $79.00', 'Turned from a single block of oiled walnut']) assert.ok(asCollection.includes(kept), `lost ${kept}: ${asCollection}`);
	});

	test('a category of priced cards is still read as a collection, its cards without their cart buttons', () => {
		const text = forcedText(GRID, 'collection');
		for (const n of ['Trowel', 'Shears', '$17.99']) assert.ok(text.includes(n), `lost ${n}: ${text}`);
		assert.ok(!text.includes('Add to cart'), text);
	});
});
