// A listing's and a collection's lists printed twice, for two screen sizes, are read once (kinds/listCopies.ts in listing.ts and collection.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collection } from '../../src/core/extract/kinds/collection';
import { listing } from '../../src/core/extract/kinds/listing';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { textLines } from '../util/gridContext';

const TALKS = ['Tide pools at low water', 'Reading a weather map', 'Lichens on old walls', 'Owls of the valley', 'Building a dry stone wall', 'The night sky in March'];
const ITEMS = TALKS.map((n, i) => `::: talk-card\n### [${n}](/t/${i})\n\nTue, May ${i + 3}, 7:00 PM\n\nVillage Hall\n:::`).join('\n\n');
const TOPICS = ['Birds and owls', 'Weather and sky', 'Walls and stone'];

function listingLines(dump: string): string[] {
	const index = new BlockIndex(parseDump(dump));
	const w = wholePage(index);
	const article = { ...w, blocks: w.blocks.slice(0, 1), chars: 20 };
	return textLines(listing.extract({ index, signals: pageSignals(index), article, whole: w })?.blocks ?? []);
}

const topicList = (order: readonly string[]): string => order.map((t) => `-   ${t}`).join('\n');

suite('List copies on listings', () => {
	test('a list of topics printed again for another screen size, in another order, is read once', () => {
		const copy = [...TOPICS].reverse();
		const lines = listingLines(`# Talks this spring\n\n::: desktop-topics\n${topicList(TOPICS)}\n:::\n\n## Our talks\n\n::: mobile-topics\n${topicList(copy)}\n:::\n\n${ITEMS}\n`);
		for (const n of TALKS) assert.ok(lines.includes(n), `lost ${n}: ${lines.join('|')}`);
		for (const t of TOPICS) assert.strictEqual(lines.filter((l) => l.includes(t)).length, 1, `${t}: ${lines.join('|')}`);
	});

	test('a second list that adds a topic stays', () => {
		const lines = listingLines(`# Talks this spring\n\n${topicList(TOPICS)}\n\n## Our talks\n\n${topicList([...TOPICS, 'Moths after dark'])}\n\n${ITEMS}\n`);
		assert.strictEqual(lines.filter((l) => l.includes('Birds and owls')).length, 2, lines.join('|'));
	});
});

const ROASTS = ['Dark Roast Coffee', 'Light Roast Coffee', 'Medium Roast Coffee', 'Espresso Roast', 'Vanilla Coffee', 'Blueberry Coffee'];
const GRID = ROASTS.map((name, i) => `-   [${name}](/p/${i})\n\n    $${(14 + i).toString()}.99`).join('\n');
const PERKS = ['Free shipping over $50', 'Roasted every Monday', 'Fair trade beans'];

suite('List copies on collections', () => {
	test('a collection read keeps each perk of a ticker once, every card stays (its card repeats go before listCopies.ts sees them)', () => {
		const strip = (order: readonly string[], cls: string): string => `::: ${cls}\n${order.map((t) => `-   ${t}`).join('\n')}\n:::`;
		const index = new BlockIndex(parseDump(`# Coffee\n\n${strip([...PERKS, ...PERKS, ...PERKS], 'ticker')}\n\n${GRID}\n`));
		const w = wholePage(index);
		const lines = textLines(collection.extract({ index, signals: pageSignals(index), article: w, whole: w })?.blocks ?? []);
		for (const name of ROASTS) assert.ok(lines.includes(name), `lost ${name}: ${lines.join('|')}`);
		for (const t of PERKS) assert.strictEqual(lines.filter((l) => l.includes(t)).length, 1, `${t}: ${lines.join('|')}`);
	});
});
