// A listing's in-page jump menu (a list whose every item links to a fragment of the page) leaves its read; its entries stay (kinds/listingJumpLists.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { listing } from '../../src/core/extract/kinds/listing';
import { dropJumpLists } from '../../src/core/extract/kinds/listingJumpLists';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import type { RemovedRegion } from '../../src/core/extract/article';
import { textLines } from '../util/gridContext';

const GROUPS = ['Apartment', 'Beach House', 'Boutique Hotel', 'Library'];
/** The awards' jump menu: one entry per kind of award, each with the groups under it (nested, as sites write them). */
const MENU = `::: {.c1}\n${['Project', 'Product', 'Firm']
	.map((k) => `-   [${k}](#${k.toLowerCase()})\n${GROUPS.map((g) => `    -   [${g}](#group-${g.toLowerCase().replace(/ /g, '-')})`).join('\n')}`)
	.join('\n')}\n:::`;
const ENTRIES = GROUPS.map(
	(g, i) =>
		`## ${g} {#group-${g.toLowerCase().replace(/ /g, '-')}}\n\n::: {.c2}\n### [Winner of the ${g} prize, studio ${i + 1}](/w/${i})\n\nA calm, light-filled project by a studio that reworked an old building for its new owners.\n:::\n\n::: {.c2}\n### [Honoree in ${g}, studio ${i + 5}](/h/${i})\n\nA bold scheme of colour and timber that the jury singled out for its craft.\n:::`,
).join('\n\n');

suite('Listing jump lists', () => {
	test('a list of links to the listing\'s own sections goes, at any depth; the entries stay', () => {
		const doc = parseDump(`# Award winners\n\n${MENU}\n\n${ENTRIES}\n`);
		const removed: RemovedRegion[] = [];
		const lines = textLines(dropJumpLists(doc.blocks, removed));
		// Each group's name: its heading and its two entries, not a menu entry besides.
		for (const g of GROUPS) assert.strictEqual(lines.filter((l) => l.includes(g)).length, 3, `${g}: ${lines.join('|')}`);
		assert.ok(lines.includes('Winner of the Library prize, studio 4'), lines.join('|'));
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'listing-jump-list');
	});

	test('a list of links to other pages is no jump menu, nor a list with one link elsewhere', () => {
		const other = parseDump(`-   [One entry](/a)\n-   [Two entry](/b)\n-   [Three entry](/c)\n\n-   [Four](#four)\n-   [Five](#five)\n-   [Six](/six)\n`);
		const removed: RemovedRegion[] = [];
		const kept = dropJumpLists(other.blocks, removed);
		assert.strictEqual(removed.length, 0);
		assert.strictEqual(kept, other.blocks);
	});

	test('the listing strategy reads the entries without the jump menu (on a page read whole, the navigation-list step may take it first)', () => {
		const index = new BlockIndex(parseDump(`# Award winners\n\n${MENU}\n\n${ENTRIES}\n`));
		const w = wholePage(index);
		const article = { ...w, blocks: w.blocks.slice(0, 1), chars: 20 };
		const read = listing.extract({ index, signals: pageSignals(index), article, whole: w });
		const lines = textLines(read?.blocks ?? []);
		assert.ok(lines.includes('Honoree in Beach House, studio 6'), lines.join('|'));
		assert.strictEqual(lines.filter((l) => l.includes('Boutique Hotel')).length, 3, lines.join('|'));
	});
});
