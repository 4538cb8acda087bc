// Rails after the grid: a collection's read drops the sections of other products set below its grid (kinds/railsAfterGrid.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, ROOT } from '../../src/core/extract/blockIndex';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { withoutRailsAfterGrid } from '../../src/core/extract/kinds/railsAfterGrid';
import { textLines } from '../util/gridContext';

const NAMES = ['Oak Stool', 'Ash Bench', 'Elm Shelf', 'Beech Tray', 'Pine Crate', 'Walnut Box'];
const GUIDE =
	'Solid wood furniture lasts for generations when it is oiled once a year and kept away from radiators; every piece here is made from timber felled in managed woodland within fifty miles of the workshop.';

function grid(names: readonly string[], price: number): string {
	return `::: product-grid\n${names.map((n, i) => `::: product-tile\n[${n}](/p/${i})\n\n$${price + i}.00\n:::`).join('\n')}\n:::`;
}

/** The whole page's top-level blocks as the read, and the read less the rails. */
function read(dump: string): { before: string[]; after: string[]; removed: readonly { step: string }[] } {
	const index = new BlockIndex(parseDump(dump));
	const attempt: Attempt = { region: ROOT, regionScore: 1, blocks: index.doc.blocks, removed: [], chars: 0 };
	const out = withoutRailsAfterGrid({ index, signals: pageSignals(index) }, attempt);
	return { before: textLines(attempt.blocks), after: textLines(out.blocks), removed: out.removed };
}

suite('Rails after the grid', () => {
	test('a "Recently viewed" and a "You may also like" rail below the grid go; the grid and the heading above it stay', () => {
		const dump = `# Stools and Benches\n\n${grid(NAMES, 40)}\n\n## Recently viewed\n\n${grid(['Cedar Hook', 'Larch Peg', 'Yew Bowl'], 9)}\n\n## You may also like\n\n-   [Chairs](/c/chairs)\n-   [Tables](/c/tables)\n`;
		const { after, removed } = read(dump);
		for (const n of NAMES) assert.ok(after.some((l) => l.includes(n)), n);
		assert.ok(after.some((l) => l.includes('Stools and Benches')));
		for (const gone of ['Recently viewed', 'Cedar Hook', 'You may also like', 'Chairs']) assert.ok(!after.some((l) => l.includes(gone)), gone);
		assert.strictEqual(removed.filter((r) => r.step === 'rails-after-grid').length, 2);
	});

	test('a collection called "Best sellers" keeps its heading: the heading sits above the grid', () => {
		const dump = `## Best sellers\n\n${grid(NAMES, 40)}\n`;
		const { before, after } = read(dump);
		assert.deepStrictEqual(after, before);
	});

	test('a rail label over the buying guide leaves the guide, and a page without a priced grid is left alone', () => {
		const withGuide = `# Stools and Benches\n\n${grid(NAMES, 40)}\n\n## Recently viewed\n\n${GUIDE}\n`;
		assert.ok(read(withGuide).after.some((l) => l.includes('managed woodland')));
		assert.ok(read(withGuide).after.some((l) => l.includes('Recently viewed')));
		const noGrid = `# Our workshop\n\n${GUIDE}\n\n## Recently viewed\n\n-   [Chairs](/c/chairs)\n-   [Tables](/c/tables)\n`;
		const { before, after } = read(noGrid);
		assert.deepStrictEqual(after, before);
	});
});
