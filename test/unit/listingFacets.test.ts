// A listing's filter panels (a search page's or a directory's facet sidebar) leave its read; its items stay (kinds/listingFacets.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { listing } from '../../src/core/extract/kinds/listing';
import { withoutListingFacets } from '../../src/core/extract/kinds/listingFacets';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { textLines } from '../util/gridContext';

const EVENTS = ['Pottery for Beginners', 'Night Market Walk', 'Harbour Film Club', 'Birdsong Morning', 'River Clean-up Day', 'Open Studio Evening', 'Choir Taster Session', 'Map Reading Basics'];
const ITEMS = EVENTS.map((n, i) => `::: event-card\n### [${n}](/e/${i})\n\nSat, Apr ${i + 4}, 10:00 AM\n\nTown Hall\n:::`).join('\n\n');
const PANEL = '::: {.filter-section}\nDate\n\n-   Today\n-   Tomorrow\n-   This weekend\n\nFormat\n\n-   Class\n-   Conference\n-   Festival\n:::';

function whole(dump: string): { lines: string[]; all: string[] } {
	const index = new BlockIndex(parseDump(dump));
	const read = wholePage(index);
	return { lines: textLines(withoutListingFacets(index, read).blocks), all: textLines(read.blocks) };
}

suite('Listing facet panels', () => {
	test("the filter panel beside the results goes, every result stays", () => {
		const { lines, all } = whole(`# Events this week\n\n${PANEL}\n\n${ITEMS}\n`);
		assert.ok(all.includes('This weekend'), 'the whole page holds the panel');
		for (const t of ['Date', 'Today', 'This weekend', 'Festival']) assert.ok(!lines.includes(t), `kept ${t}`);
		for (const n of EVENTS) assert.ok(lines.includes(n), `lost ${n}`);
	});

	test('a container named for filtering that wraps the results is not a panel', () => {
		const { lines } = whole(`# Events this week\n\n::: {.filter-section}\n${ITEMS}\n:::\n`);
		for (const n of EVENTS) assert.ok(lines.includes(n), `lost ${n}`);
	});

	test('the listing strategy reads the results without the panel', () => {
		const index = new BlockIndex(parseDump(`# Events this week\n\n${PANEL}\n\n${ITEMS}\n`));
		const w = wholePage(index);
		const article = { ...w, blocks: w.blocks.slice(0, 1), chars: 20 };
		const read = listing.extract({ index, signals: pageSignals(index), article, whole: w });
		const lines = textLines(read?.blocks ?? []);
		assert.ok(lines.includes('Harbour Film Club'), lines.join('|'));
		assert.ok(!lines.includes('Tomorrow'), lines.join('|'));
	});
});
