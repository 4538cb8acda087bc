// Inside a card, a line of picture links to the product's other variants (their names for screen readers) goes; the card's own picture and title link stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapse, blockText } from '../../src/core/extract/inlineText';
import { cardRanges } from '../../src/core/extract/heuristics/cardRepeats';
import { dropSwatchRows, isSwatchRow } from '../../src/core/extract/heuristics/swatchRows';
import { leafBlocks } from '../util/leafTexts';
import { extractDumpText } from '../util/kindFixtures';

/** One variant's swatch: a picture and its name in a link to the variant's page. */
const swatch = (name: string, colour: string): string => `[[Option: ${name}, Shelf, ${colour} stained finish, 31x79]{.q7}![](/img/${colour}.jpg)](/p/${name.toLowerCase()}-${colour})`;

/** A card in opaque class words: its picture link, its title, its price and, with `colours`, its swatch row. */
const card = (name: string, price: string, colours: string[]): string[] => [
	'::: k4',
	`[![${name} in birch](/img/${name}.jpg)](/p/${name.toLowerCase()})`,
	'',
	`### [${name} Shelf, birch](/p/${name.toLowerCase()})`,
	'',
	`\\$${price}`,
	'',
	...(colours.length > 0 ? [`More options${colours.map((c) => swatch(name, c)).join('')}`, ''] : []),
	':::',
	'',
];

function run(lines: string[], swatches = true): { lines: string[]; removed: RemovedRegion[] } {
	const doc = parseDump(['::: g0', ...lines, ':::', ''].join('\n'));
	const removed: RemovedRegion[] = [];
	const cards = cardRanges(new BlockIndex(doc));
	const kept = swatches ? dropSwatchRows(doc.blocks, cards, removed) : doc.blocks;
	return { lines: leafBlocks(kept).map((b) => collapse(blockText(b))).filter((t) => t.length > 0), removed };
}

suite('Swatch rows (swatchRows.ts)', () => {
	const grid = [...card('Alder', '79.00', ['oak', 'walnut', 'black']), ...card('Brook', '59.00', ['white']), ...card('Cove', '49.00', [])];

	test('a card line of picture links to other variants goes, with one variant as with three; the title and the price stay', () => {
		const r = run(grid);
		assert.deepStrictEqual(r.lines, ['Alder Shelf, birch', '$79.00', 'Brook Shelf, birch', '$59.00', 'Cove Shelf, birch', '$49.00']);
		assert.strictEqual(r.removed.filter((x) => x.step === 'swatch-row').length, 2);
	});

	test('without the rule the variants stay', () => {
		const r = run(grid, false);
		assert.ok(r.lines.some((l) => l.includes('Option: Alder, Shelf, walnut')), r.lines.join('\n'));
	});

	test("a card's first line may be its picture link with its name: it stays, as a line of prose with a few pictured links", () => {
		const first = (name: string): string[] => ['::: k4', `[![](/img/${name}.jpg) ${name} Shelf, birch](/p/${name.toLowerCase()})`, '', '\\$40.00', ':::', ''];
		const r = run([...first('Alder'), ...first('Brook'), ...first('Cove')]);
		assert.deepStrictEqual(r.lines, ['Alder Shelf, birch', '$40.00', 'Brook Shelf, birch', '$40.00', 'Cove Shelf, birch', '$40.00']);
		const prose = parseDump(`We built these shelves in our workshop from birch we dried for two years; see the [![](/a.jpg) oak](/p/a), [![](/b.jpg) walnut](/p/b) and [![](/c.jpg) ash](/p/c) ones too.\n`);
		assert.ok(!isSwatchRow(prose.blocks[0]));
	});

	test('in a category page read whole, the swatch names leave the read', () => {
		const cards = ['Alder', 'Brook', 'Cove', 'Dale'].flatMap((n, i) => card(n, `${40 + i}.00`, ['oak', 'walnut', 'black'])).join('\n');
		const page = `::: hh1\n[Timber Yard](/)\n:::\n\n::: mm2\n# Shelves\n\nOur shelves are cut from birch and oak grown on the estate and finished by hand with oil.\n\n::: g0\n${cards}\n:::\n:::\n`;
		const { text, kind } = extractDumpText(page);
		assert.strictEqual(kind, 'collection');
		assert.ok(text.includes('Dale Shelf, birch') && text.includes('$43.00'), text);
		assert.ok(!text.includes('Option:'), text);
	});
});
