// A category page whose footer carries no known class word: the copyright line past half the read ends it, with the sign-up box and link columns before it.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { type Attempt, BlockIndex } from '../../src/core/extract/blockIndex';
import { collapse, blockText } from '../../src/core/extract/inlineText';
import { withoutCopyrightFooter } from '../../src/core/extract/kinds/collectionCopyright';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { extractDumpText } from '../util/kindFixtures';

/** The page's top-level blocks read whole (as the collection strategy reads a page whose grid it cannot place), through the footer cut; `until`: the read ends before the first block holding that text. */
function cut(dump: string, until?: string): string {
	const doc = parseDump(dump);
	const index = new BlockIndex(doc);
	const flat = (bs: readonly Block[]): Block[] => bs.flatMap((b) => (b.kind === 'div' ? flat(b.children) : [b]));
	const all = flat(doc.blocks);
	const end = until === undefined ? -1 : all.findIndex((b) => collapse(blockText(b)).includes(until));
	const blocks = end < 0 ? all : all.slice(0, end);
	const a = { blocks, removed: [], chars: 0 } as unknown as Attempt;
	return withoutCopyrightFooter({ index, signals: pageSignals(index) }, a).blocks.map((b) => collapse(blockText(b))).join('\n');
}

const NAMES = ['Alder Shelf', 'Brook Stool', 'Cove Bench', 'Dale Table', 'Elm Chair', 'Fern Desk', 'Glen Cabinet', 'Holm Dresser'];

/** A shop's category in opaque class words; `copyright` ends the footer with a © line, a dialog's line after it. */
function page(copyright: boolean, after = '', credit = -1): string {
	const cards = NAMES.map((n, i) => `::: k4\n### [${n}, solid birch](/p/${i})\n\nHand finished with oil and wax in our workshop.\n\n${i === credit ? '© Photo: Ann Lee, Timber Yard 2026\n\n' : ''}\\$${120 + i * 15}.00\n:::\n`).join('\n');
	return `::: hh1\n[Timber Yard](/)\n:::\n
::: mm2
# Birch furniture

Everything below is cut from birch grown on the estate, dried for two years and finished by hand with oil.

::: g0
${cards}
:::
:::

::: ff9
::: s1
JOIN TIMBER YARD

Sign up for new releases, sales and exclusive email only deals.

Newsletter
:::

::: s2
EXPLORE

-   [About Us](/about)
-   [Careers](/careers)
-   [Our Patents](/patents)
-   [Supplier Code of Conduct](/code)
:::

${copyright ? '© Timber Yard 2026 All rights reserved. Your Privacy Choices\n\n' : ''}:::

::: dd3
Your basket is empty
:::
${after}`;
}

suite('Collection copyright footer (kinds/collectionCopyright.ts)', () => {
	test('the © line ends the read: the sign-up box and the link columns before it go, the grid stays', () => {
		const { text, kind } = extractDumpText(page(true));
		assert.strictEqual(kind, 'collection');
		assert.ok(text.includes('Holm Dresser') && text.includes('$225.00') && text.includes('dried for two years'), text);
		for (const dropped of ['Sign up for new releases', 'Supplier Code', 'Timber Yard 2026', 'basket is empty']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('read whole, the read ends before the © line and the dialog after it; a long body after the © keeps it all', () => {
		const text = cut(page(true));
		assert.ok(text.includes('Holm Dresser') && !text.includes('Timber Yard 2026') && !text.includes('basket is empty'), text);
		const body = Array.from({ length: 5 }, (_, i) => `Note ${i} from the workshop: birch is dried for two years before it is cut, planed and oiled.\n`).join('\n');
		const long = cut(page(true, `\n${body}`));
		assert.ok(long.includes('Timber Yard 2026') && long.includes('Note 4'), long);
	});

	test('a © line the body goes on long after (a footer set above the text in the source) ends nothing', () => {
		const body = Array.from({ length: 12 }, (_, i) => `Note ${i} from the workshop: birch is dried for two years before it is cut, planed and oiled, and every joint is glued and pegged by hand.\n`).join('\n');
		const { text } = extractDumpText(page(true, `\n::: bb5\n${body}:::\n`));
		assert.ok(text.includes('Note 11 from the workshop'), text);
	});

	test('a © credit inside the grid\'s last cards ends nothing: the cut never takes a card', () => {
		const { text, kind } = extractDumpText(page(false, '', 7));
		assert.strictEqual(kind, 'collection');
		assert.ok(text.includes('Ann Lee') && text.includes('Holm Dresser') && text.includes('$225.00'), text);
	});

	test('a © line the page goes on long after, past the read\'s end, ends nothing', () => {
		const body = Array.from({ length: 12 }, (_, i) => `Note ${i} from the workshop: birch is dried for two years before it is cut, planed and oiled, and every joint is glued and pegged by hand.\n`).join('\n');
		const text = cut(page(true, `\n::: bb5\n${body}:::\n`), 'Note 0 from');
		assert.ok(text.includes('Timber Yard 2026') && text.includes('basket is empty'), text);
		assert.ok(!cut(page(true), 'basket is empty').includes('Timber Yard 2026'));
	});

	test('cards after the © line (two priced tiles) keep the read whole', () => {
		const tiles = '\n::: r7\n### [Oak Crate](/p/o)\n\n\\$40.00\n\n### [Ash Tray](/p/a)\n\n\\$18.00\n:::\n';
		const text = cut(page(true, tiles));
		assert.ok(text.includes('Oak Crate') && text.includes('$18.00'), text);
		const one = cut(page(true, '\n::: r7\nFree delivery on orders over \\$50.00\n:::\n'));
		assert.ok(!one.includes('Timber Yard 2026') && !one.includes('Free delivery'), one);
	});
});
