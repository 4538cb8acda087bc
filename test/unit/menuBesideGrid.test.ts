// A collection whose attempt is a menu of links that kept nothing of the priced grid is read whole (kinds/menuBesideGrid.ts).
import * as assert from 'node:assert';
import type { Block } from '../../src/core/model/dumpDocument';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { isMenuBesideGrid } from '../../src/core/extract/kinds/menuBesideGrid';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { collapsedText } from '../../src/core/extract/inlineText';
import type { KindContext } from '../../src/core/extract/kinds/pageKind';

const MENU = ['Tents', 'Sleeping Bags', 'Backpacks', 'Headlamps', 'Stoves', 'Water Bottles', 'Trekking Poles', 'Camp Chairs'].map((m) => `-   [${m}](/c/${m.toLowerCase().replace(' ', '-')})`).join('\n');
const card = (name: string, price: string): string => `-   [${name}](/p/${name.toLowerCase().replace(/ /g, '-')})\n\n    ${price}\n`;
const GRID = (n: number): string =>
	Array.from({ length: n }, (_, i) => card(`Ridgeline Trail Boot ${i + 1}`, `$${100 + i}.00`)).join('\n');
const INTRO = 'Our hiking boots are fitted by staff who walk the trails themselves, and each pair is tested on rock, mud and snow before it reaches the shelf, so you can pick by the ground you cover most.';

function page(grid: number): string {
	return `::: mega-menu\n${MENU}\n:::\n\n# Hiking Boots\n\n${INTRO}\n\n::: results\n${GRID(grid)}\n:::\n`;
}

/** The context of a dump, with an attempt made of the blocks whose text `pick` chooses (at the top level or one container deep). */
function context(dump: string, pick: (b: Block) => boolean): { ctx: KindContext; attempt: Attempt } {
	const index = new BlockIndex(parseDump(dump));
	const blocks: Block[] = [];
	for (const b of index.doc.blocks) {
		const kids = b.kind === 'div' ? b.children : [b];
		for (const k of kids) if (pick(k)) blocks.push(k);
	}
	const chars = blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? collapsedText(b).length : index.statsOf(b).chars), 0);
	const attempt: Attempt = { region: ROOT, regionScore: 0, blocks, removed: [], chars };
	const whole = wholePage(index);
	return { ctx: { index, signals: pageSignals(index), article: attempt, whole }, attempt };
}

const isList = (b: Block): boolean => b.kind === 'list';

suite('Menu beside the grid', () => {
	test('an attempt that is the menu, without the priced grid, is a menu beside the grid', () => {
		const dump = page(8);
		const { ctx, attempt } = context(dump, (b) => isList(b) && dump.slice(b.range.start, b.range.end).includes('Tents'));
		assert.strictEqual(attempt.blocks.length, 1);
		assert.ok(isMenuBesideGrid(ctx, attempt));
	});

	test('an attempt that keeps a card of the grid, or is prose, or a page with a grid too small, is left alone', () => {
		const dump = page(8);
		// The menu and the grid's list: the grid is kept.
		const both = context(dump, isList);
		assert.strictEqual(both.attempt.blocks.length, 2);
		assert.ok(!isMenuBesideGrid(both.ctx, both.attempt));
		// The category's introduction: prose, which annotators often keep alone.
		const intro = context(dump, (b) => b.kind === 'paragraph' && collapsedText(b).startsWith('Our hiking boots'));
		assert.ok(!isMenuBesideGrid(intro.ctx, intro.attempt));
		// Three priced cards are no grid.
		const small = page(3);
		const few = context(small, (b) => isList(b) && small.slice(b.range.start, b.range.end).includes('Tents'));
		assert.ok(!isMenuBesideGrid(few.ctx, few.attempt));
	});
});
