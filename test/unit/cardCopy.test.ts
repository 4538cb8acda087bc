// Copies of grid cards (kinds/cardCopy.ts): a compare drawer's panel after the grid is no buy box of the page's product, and the drawer is no collection.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasBuyBoxNearName } from '../../src/core/extract/kinds/buyBox';
import { copiedCardNames, isCardCopy } from '../../src/core/extract/kinds/cardCopy';
import { collapsedText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const NAMES = ['Ridgeline Over-Ear', 'Ridgeline Kids', 'Tidal Buds Pro', 'Tidal Buds Lite', 'Ember Wireless', 'Ember Wired', 'Canyon Sport', 'Canyon Studio'];

/** Every box its own class word, as when no class is shared (the unique yardstick): nothing lines the cards up by class. */
let serial = 0;
const cls = (): string => `q${(serial++).toString(36)}x`;

const STORY = (n: string): string =>
	`::: ${cls()}\n**BUILT FOR THE LONG RUN**\n\nMeet ${n}, made to keep going through the longest days: its cushions breathe, its band holds without pinching, and its battery lasts through a week of commutes, workouts and evenings on the sofa, so that the music never stops before you do.\n\n-   Forty hours of battery with quick charge\n-   Sweat and water resistant coating\n-   Folds flat into its pouch\n:::\n`;

/** A category page: a few promo lines, its grid of priced cards, and after it a compare drawer: a header panel per card (`heading` gives its heading), then one story panel per card. */
function page(heading: (name: string) => string = (n) => n): string {
	const cards = NAMES.map((n, i) => `-   ::: ${cls()}\n    [${n}](/p/${i})\n\n    $${59 + i * 10}.99\n    :::`).join('\n');
	const heads = NAMES.map((n, i) => `::: ${cls()}\n#### ${heading(n)}\n\nWireless headphones\n\n$${59 + i * 10}.99\n\nColor:\n\nAdd to cart\n:::\n`).join('\n');
	const stories = NAMES.map(STORY).join('\n');
	return (
		`::: ${cls()}\n-   [Headphones](/h)\n-   [Earbuds](/e)\n-   [Speakers](/s)\n:::\n\n::: ${cls()}\n# Headphones\n\nFree shipping on every order\n\nEasy returns\n\n` +
		`::: ${cls()}\n${cards}\n:::\n\n::: ${cls()}\n##### Compare Products\n\n[< Go Back](#back)\n\n::: ${cls()}\n${heads}\n::: ${cls()}\n${stories}\n:::\n:::\n:::\n:::\n\n` +
		`::: ${cls()}\nCopyright Ridgeline Audio\n:::\n`
	);
}

const indexOf = (dump: string): BlockIndex => new BlockIndex(parseDump(dump));
const gridOf = (index: BlockIndex) => index.order.blocks.find((b) => b.kind === 'list' && b.items.length === NAMES.length);
const headingOf = (index: BlockIndex, text: string) => index.order.blocks.find((b) => b.kind === 'heading' && collapsedText(b) === text);

suite('Card copies', () => {
	test('a heading after the h1 that repeats a card name is a copy; the h1 repeated, a badge or another title is not', () => {
		const index = indexOf(page());
		const grid = gridOf(index);
		const h1 = headingOf(index, 'Headphones');
		assert.ok(grid && h1);
		assert.ok(isCardCopy(index, headingOf(index, 'Tidal Buds Pro')!, grid, h1));
		assert.ok(!isCardCopy(index, headingOf(index, 'Compare Products')!, grid, h1));
		assert.ok(!isCardCopy(index, headingOf(index, 'Tidal Buds Pro')!, undefined, h1));
		const same = indexOf('# Tidal Buds Pro\n\n-   [Tidal Buds Pro](/p/1) $59.99\n-   [Ember Wired](/p/2) $69.99\n\n## Tidal Buds Pro\n');
		const sameGrid = same.order.blocks.find((b) => b.kind === 'list')!;
		const names = same.order.blocks.filter((b) => b.kind === 'heading');
		assert.ok(!isCardCopy(same, names[1], sameGrid, names[0]), 'the product name repeated under the h1');
		assert.strictEqual(copiedCardNames(grid, index.doc.blocks[1]), NAMES.length);
	});

	test('the buy-box walk stops at a copy of a card: a category with a compare drawer is no product', () => {
		const index = indexOf(page());
		assert.ok(!hasBuyBoxNearName(index, gridOf(index)));
		// The same drawer whose panels are headed by other names (no copy of a card) reads as a buy box.
		const other = indexOf(page((n) => `${n} bundle`));
		assert.ok(hasBuyBoxNearName(other, gridOf(other)));
	});

	test('the category is read as a collection, with its cards and without the drawer', () => {
		const { text, kind } = extractDumpText(page());
		assert.strictEqual(kind, 'collection');
		for (const kept of ['Ridgeline Over-Ear', 'Canyon Studio', '$129.99']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		assert.ok(!text.includes('BUILT FOR THE LONG RUN') && !text.includes('Folds flat'), text);
	});
});
