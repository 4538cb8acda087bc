// A listing's toolbar (a search page's or a feed's sort chooser, per-page chooser and pager) leaves its read, as a collection's does (heuristics/sortBar.ts in listing.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { listing } from '../../src/core/extract/kinds/listing';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { textLines } from '../util/gridContext';

const TALKS = ['Tide pools at low water', 'Reading a weather map', 'Lichens on old walls', 'Owls of the valley', 'Building a dry stone wall', 'The night sky in March', 'Moths after dark', 'Foraging with care'];
const ITEMS = TALKS.map((n, i) => `::: talk-card\n### [${n}](/t/${i})\n\nTue, May ${i + 3}, 7:00 PM\n\nVillage Hall\n:::`).join('\n\n');

function listingLines(dump: string): string[] {
	const index = new BlockIndex(parseDump(dump));
	const w = wholePage(index);
	const article = { ...w, blocks: w.blocks.slice(0, 1), chars: 20 };
	return textLines(listing.extract({ index, signals: pageSignals(index), article, whole: w })?.blocks ?? []);
}

suite('Listing toolbar', () => {
	test("the sort chooser and the pager go, every item stays", () => {
		const lines = listingLines(`# Talks this spring\n\nSort byRelevanceNewestPopularity\n\n${ITEMS}\n\nYou are currently on page 1 Go to page 2 Go to page 3\n`);
		for (const n of TALKS) assert.ok(lines.includes(n), `lost ${n}: ${lines.join('|')}`);
		assert.ok(!lines.some((l) => l.startsWith('Sort by')), lines.join('|'));
		assert.ok(!lines.some((l) => l.includes('Go to page')), lines.join('|'));
	});

	test('a sentence naming one sort word is an item\'s text, and stays', () => {
		const lines = listingLines(`# Talks this spring\n\nOur newest talks, chosen by members.\n\n${ITEMS}\n`);
		assert.ok(lines.includes('Our newest talks, chosen by members.'), lines.join('|'));
	});
});
