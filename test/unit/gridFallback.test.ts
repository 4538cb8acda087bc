// A page detected as a service, an article, a product or a documentation page whose main region is a grid of priced cards is read as a collection (kinds/gridFallback.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import * as detect from '../../src/core/extract/kinds/detect';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { asGridCollection, isMainGrid, MAX_FALLBACK_CARD_CHARS, MIN_FALLBACK_CARDS, MIN_GRID_SHARE, MIN_GRID_TO_PROSE } from '../../src/core/extract/kinds/gridFallback';
import type { PageKind } from '../../src/core/extract/kinds/pageKind';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { renderText } from '../../src/core/render/articleText';

const NAMES = ['Lantern Deluxe', 'Folding Table', 'Pocket Knife', 'Camp Kettle', 'Rain Poncho', 'Trail Map Case', 'Tent Pegs Set', 'Hammock Straps'];
/** Cards of one class word (opaque), each a linked name, a price and its buttons, as a theme prints a category grid. */
function classedGrid(n = NAMES.length, extra = ''): string {
	return NAMES.slice(0, n)
		.map((name, i) => `::: k7q\n### [${name}](/p/${i})\n\n$${30 + i}.50\n\nQuick Shop\n\nAdd to cart\n${extra}:::`)
		.join('\n\n');
}
const INTRO = '# Camping Gear\n\nEverything for a night under the stars, from lanterns to straps, picked by our staff on their own trips.\n';

function page(dump: string): { index: BlockIndex; signals: ReturnType<typeof pageSignals>; whole: ReturnType<typeof wholePage> } {
	const index = new BlockIndex(parseDump(dump));
	return { index, signals: pageSignals(index), whole: wholePage(index) };
}

function readAs(kind: PageKind, dump: string): PageKind {
	return asGridCollection({ kind, signal: 'test', confidence: 0.5 }, page(dump)).kind;
}

suite('Grid fallback', () => {
	test('a service, article, product or documentation page made of a grid of priced cards is read as a collection', () => {
		const dump = `${INTRO}\n${classedGrid()}\n`;
		for (const kind of ['service', 'article', 'documentation'] as const) assert.strictEqual(readAs(kind, dump), 'collection', kind);
		assert.match(asGridCollection({ kind: 'service', signal: 'company voice', confidence: 0.5 }, page(dump)).signal, /company voice, main grid/);
	});

	test('other kinds keep their reading', () => {
		const dump = `${INTRO}\n${classedGrid()}\n`;
		for (const kind of ['forum', 'listing', 'product'] as const) assert.strictEqual(readAs(kind, dump), kind);
	});

	test('fewer cards than a grid stay a rail', () => {
		assert.strictEqual(MIN_FALLBACK_CARDS, 6);
		assert.strictEqual(readAs('service', `${INTRO}\n${classedGrid(MIN_FALLBACK_CARDS - 1)}\n`), 'service');
	});

	test("a product page's rail of priced cards under a long description stays a product", () => {
		assert.strictEqual(MIN_GRID_SHARE, 0.15);
		const prose = 'This lantern runs for forty hours on one charge and lights a whole tent with a warm, steady glow. '.repeat(40);
		const dump = `# Lantern Deluxe\n\n$49.00\n\nAdd to cart\n\n${prose}\n\n## You may also like\n\n${classedGrid()}\n`;
		assert.ok(!isMainGrid(page(dump)));
		assert.strictEqual(readAs('product', dump), 'product');
	});

	test("a guide's priced entries, each a paragraph long, stay the article", () => {
		assert.strictEqual(MAX_FALLBACK_CARD_CHARS, 600);
		const para = '\n\nWe took it on three trips and it never let us down: it packs small, sets up in a minute, and shrugs off wind and rain that flattened the cheaper ones we tried beside it. The only fault we found is the weight, which a day hiker will feel by the afternoon, and the colour, which shows every speck of mud. For a weekend by the car it is the one we would buy again, and the one we lend to friends. Our tester kept it for a whole season and would not give it back when the season was over.\n';
		assert.strictEqual(readAs('article', `${INTRO}\n${classedGrid(NAMES.length, para + para)}\n`), 'article');
		// One paragraph each (about 540 characters a card) is still a card.
		assert.strictEqual(readAs('article', `${INTRO}\n${classedGrid(NAMES.length, para)}\n`), 'collection');
	});

	test('a text with a list of priced products under it keeps its kind', () => {
		assert.strictEqual(MIN_GRID_TO_PROSE, 1);
		const text = [
			'A stove is the one piece of kit that decides whether a cold evening ends with a hot meal or with crackers, so it pays to choose it before the tent.',
			'Gas canisters light at a touch and burn clean, but they falter below freezing; liquid fuel keeps going in the cold and costs less a litre, at the price of priming.',
			'Solid fuel tablets weigh almost nothing and suit a single hiker who only boils water, while wood burners need no fuel at all where dry twigs are easy to find.',
			'Whatever you pick, carry a windscreen and a spare lighter, and try the stove at home once before the first trip, where a missing part is only a short walk away.',
		].join('\n\n');
		for (const grid of [classedGrid(), `::: wz3\n${classedGrid()}\n:::`]) {
			// The grid holds a quarter of the page: a main region by its share, not against the text above it.
			const guide = `# Choosing a camp stove\n\n${text}\n\n## Stoves in our shop\n\n${grid}\n`;
			assert.ok(!isMainGrid(page(guide)));
			assert.strictEqual(readAs('article', guide), 'article');
			// The same grid under a short intro is the page.
			assert.strictEqual(readAs('article', `${INTRO}\n${grid}\n`), 'collection');
		}
	});

	test('a page that names fewer prices than a grid has cards is not searched for one', () => {
		// Cards and page read prices with one reader (priceReader.ts, session 53), so the page's count is set below the cards'.
		const dump = `${INTRO}\n${classedGrid().replace(/\$(\d+)\.50/g, '$1 lei')}\n`;
		const { index, signals, whole } = page(dump);
		assert.ok(!isMainGrid({ index, signals: { ...signals, prices: MIN_FALLBACK_CARDS - 1 }, whole }));
		// Counted as prices, the same cards make the main grid.
		assert.ok(isMainGrid({ index, signals: { ...signals, prices: MIN_FALLBACK_CARDS }, whole }));
	});

	test('the fallback reads the grid without its buttons, as the collection strategy does', () => {
		const real = detect.detectKind;
		(detect as { detectKind: typeof real }).detectKind = () => ({ kind: 'service', signal: 'forced', confidence: 0.5 });
		try {
			const dump = `::: hd1\n[Home](/) [Tents](/tents)\n:::\n\n::: r0z\n${INTRO}\n${classedGrid()}\n:::\n`;
			const doc = parseDump(dump);
			const a = extractArticle(doc);
			const text = renderText(a, doc);
			assert.strictEqual(a.metadata.pageType?.value, 'collection');
			for (const name of NAMES) assert.ok(text.includes(name), name);
			assert.ok(text.includes('Everything for a night under the stars'), text);
			assert.ok(!text.includes('Quick Shop'), text);
		} finally {
			(detect as { detectKind: typeof real }).detectKind = real;
		}
	});
});
