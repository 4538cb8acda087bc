// A collection whose chosen container sits in a box the page hides on load is read from the visible page (kinds/hiddenRegion.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, type Container, isContainer } from '../../src/core/extract/blockIndex';
import { isInHiddenBox, withoutHiddenBoxes } from '../../src/core/extract/kinds/hiddenRegion';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { extractDumpText } from '../util/kindFixtures';

const card = (i: number): string => `-   [Harbor Lantern ${i + 1}](/p/harbor-${i + 1}) ![Lantern](/img/l${i + 1}.jpg)\n\n    $${40 + i}.00\n`;
const GRID = Array.from({ length: 10 }, (_, i) => card(i)).join('\n');
const DRAWER_LINE = (i: number): string =>
	`The Harbor Lantern ${i + 1} burns for ${20 + i} hours on one charge and throws a warm light over a whole camp table; its glass is tempered and its handle folds flat for the pack, and its base holds steady on rock, sand and the deck of a boat.`;
const DRAWER = Array.from({ length: 6 }, (_, i) => DRAWER_LINE(i)).join('\n\n');
const INTRO = 'Lanterns for the camp, the porch and the boat, each tested through a night of wind and rain.';

/** A category page: its title, intro and grid, then a comparison drawer the page hides on load (`drawerClasses`). */
function page(drawerClasses: string): string {
	return `# Lanterns\n\n${INTRO}\n\n::: results\n${GRID}\n:::\n\n::: {${drawerClasses}}\n::: compare-body\n## Compare products\n\n${DRAWER}\n:::\n:::\n`;
}

/** The index of a dump and an attempt made of its `compare-body` box. */
function drawerAttempt(dump: string): { index: BlockIndex; attempt: Attempt } {
	const index = new BlockIndex(parseDump(dump));
	let body: Container | undefined;
	for (const [b] of index.order) if (isContainer(b) && b.attrs.classes.includes('compare-body')) body = b;
	assert.ok(body);
	return { index, attempt: { region: body, regionScore: 1, blocks: [body], removed: [], chars: index.statsOf(body).chars } };
}

suite('Hidden region of a collection', () => {
	test('a container inside a box hidden by its class is in a hidden box; one a wider screen shows, or a visible one, is not', () => {
		const hidden = drawerAttempt(page('.compare .hidden'));
		assert.strictEqual(isInHiddenBox(hidden.index, hidden.attempt), true);
		const dnone = drawerAttempt(page('.compare .d-none'));
		assert.strictEqual(isInHiddenBox(dnone.index, dnone.attempt), true);
		const shown = drawerAttempt(page('.compare .hidden .md:block'));
		assert.strictEqual(isInHiddenBox(shown.index, shown.attempt), false);
		const visible = drawerAttempt(page('.compare'));
		assert.strictEqual(isInHiddenBox(visible.index, visible.attempt), false);
	});

	test('the whole page less the hidden boxes keeps the grid and drops the drawer', () => {
		const { index } = drawerAttempt(page('.compare .hidden'));
		const whole = wholePage(index);
		const read = withoutHiddenBoxes(index, whole);
		assert.ok(read.chars > 0 && read.chars < whole.chars, `${read.chars} of ${whole.chars}`);
		// The article pipeline picks the drawer's prose; the collection reads the visible page instead.
		const { text: out, kind } = extractDumpText(page('.compare .hidden'));
		assert.strictEqual(kind, 'collection');
		assert.ok(out.includes('Harbor Lantern 7'), out);
		assert.ok(!out.includes('burns for 22 hours'), out);
	});
});
