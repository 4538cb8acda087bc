// A menu above the title (kinds/menuAboveTitle.ts): text above the h1 that is mostly links goes, however much of the page it is.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { fromPageTitle } from '../../src/core/extract/kinds/pageStart';
import { linkTileLeaves } from '../../src/core/extract/kinds/menuAboveTitle';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapsedText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';
import { dumpLines } from '../util/joinLines';

/** A mega-menu as pandoc dumps it, opaque class words: each top entry a button label (a span, not a link), then its panel of headed link lists and a promo tile. */
function megaMenu(entries: readonly string[]): string[] {
	return entries.flatMap((e, i) => [
		`-   [${e}]{.c8fk2ma}`,
		'',
		`    ::: {#i4pq${i} .cq0xv1 role="region"}`,
		'    ::: cb7w',
		'    Back',
		'    :::',
		'',
		'    ::: c2zzqo',
		...['Boots', 'Jackets', 'Gloves', 'Socks'].flatMap((g) => [
			`    -   ## [${g}](/shop/${e.toLowerCase()}/${g.toLowerCase()})`,
			'',
			...['Waterproof', 'Insulated', 'Lightweight', 'Clearance', 'Top sellers'].flatMap((s) => [
				`        -   [${s} ${g.toLowerCase()}](/shop/${e.toLowerCase()}/${g.toLowerCase()}?f=${s.toLowerCase().replace(" ", "-")})`,
			]),
			'',
		]),
		'    :::',
		'',
		'    ::: c9tt1w',
		'    New this season',
		'',
		`    [Shop now](/shop/${e.toLowerCase()}/new){.c0ab}`,
		'    :::',
		'    :::',
		'',
	]);
}

/** A short category page: its title, a line of intro and eight priced cards. */
function category(): string[] {
	return [
		'# Winter boots {#i1 .c7}',
		'',
		'Boots for snow, slush and cold mornings, tested on our own trails.',
		'',
		...['Ridge', 'Summit', 'Cairn', 'Tarn', 'Scree', 'Col', 'Moraine', 'Gully'].flatMap((n, i) => [
			'::: c5cardz',
			`### [${n} insulated boot](/p/${n.toLowerCase()})`,
			'',
			`$${129 + i * 20}.00`,
			':::',
			'',
		]),
	];
}

suite('Menu above the title', () => {
	test('a mega-menu longer than the category page below its h1 leaves a whole-page read', () => {
		const doc = parseDump(dumpLines(...megaMenu(['Women', 'Men', 'Kids']), ...category()));
		const removed: RemovedRegion[] = [];
		const kept = fromPageTitle(doc.blocks, removed);
		const text = kept.map((b) => collapsedText(b)).join(' ');
		assert.ok(text.includes('Winter boots') && text.includes('Summit insulated boot'), text);
		assert.ok(!text.includes('Waterproof boots') && !text.includes('New this season'), text);
		assert.ok(removed.some((r) => r.step === 'above-title'));
	});

	test('prose above a low h1 stays when it is more than half the page', () => {
		const prose = [
			'Our workshop has made boots by hand since 1962, in a valley where the snow stays until May and the paths are steep.',
			'',
			'Every pair is stitched, soled and tried on the same bench, and every pair comes back to us for new soles when it needs them.',
			'',
			'Read about the people who make them, the leather we buy from two tanneries nearby, and the [repairs we do](/repairs).',
			'',
		];
		const doc = parseDump(dumpLines(...prose, '# Winter boots', '', 'Three boots.'));
		const removed: RemovedRegion[] = [];
		const kept = fromPageTitle(doc.blocks, removed);
		assert.strictEqual(kept, doc.blocks, 'the prose above the title is not a menu');
		assert.strictEqual(removed.length, 0);
	});

	test('the category page read whole keeps its title, intro and cards, not the menu', () => {
		const { text } = extractDumpText(dumpLines(...megaMenu(['Women', 'Men', 'Kids']), ...category()));
		assert.ok(text.includes('Boots for snow, slush and cold mornings'), text);
		assert.ok(text.includes('Cairn insulated boot'), text);
		assert.ok(!text.includes('Insulated gloves') && !text.includes('Top sellers socks'), text);
	});

	test('a mega-menu of link tiles, each a title and a line that describes it, leaves a whole-page read', () => {
		// Each entry's link wraps its title and its line: the dump holds an empty link, then both as plain text.
		const tiles = ['Screening', 'Monitoring', 'Investigations', 'Data ingestion', 'Alerting', 'Case studies', 'Training', 'Certification'].flatMap((t) => [
			`-   [](/solutions/${t.toLowerCase().replace(' ', '-')}){.c4kk}`,
			'',
			'    ::: c9ab',
			`    ${t}`,
			'    :::',
			'',
			`    Tools and services for ${t.toLowerCase()} that compliance teams at banks and exchanges rely on every day.`,
			'',
		]);
		const doc = parseDump(dumpLines(...tiles, ...category()));
		const removed: RemovedRegion[] = [];
		const kept = fromPageTitle(doc.blocks, removed);
		const text = kept.map((b) => collapsedText(b)).join(' ');
		assert.ok(text.includes('Winter boots') && text.includes('Summit insulated boot'), text);
		assert.ok(!text.includes('compliance teams'), text);
	});

	test('tiles without a wrapping link above a low h1 stay', () => {
		const tiles = ['Screening', 'Monitoring', 'Investigations', 'Data ingestion', 'Alerting', 'Case studies', 'Training', 'Certification'].flatMap((t) => [
			`-   ${t}`,
			'',
			`    Tools and services for ${t.toLowerCase()} that compliance teams at banks and exchanges rely on every day.`,
			'',
		]);
		const doc = parseDump(dumpLines(...tiles, ...category()));
		const removed: RemovedRegion[] = [];
		assert.strictEqual(fromPageTitle(doc.blocks, removed), doc.blocks);
	});

	/** A mega-menu's panel of headed tiles in plain boxes: each box opens with the link that wraps it (empty in the dump), then a box with its title and a line. */
	function boxedTiles(wrapped: boolean): string[] {
		const names = ['Scheduling', 'Forecasting', 'Task lists', 'Messaging', 'Onboarding', 'Records', 'Reviews', 'Hiring', 'Timesheets', 'Pay rates'];
		return [
			'::: c0',
			...names.flatMap((t) => [
				'::: c1',
				...(wrapped ? [`[](/software/${t.toLowerCase().replace(' ', '-')}){.c4kk}`, ''] : []),
				'::: c9ab',
				t,
				'',
				`Everything a shift manager needs for ${t.toLowerCase()} across every store, in one place.`,
				':::',
				':::',
				'',
			]),
			':::',
			'',
		];
	}

	test('a mega-menu of boxed tiles that the whole page\'s read flattened still leaves it', () => {
		const index = new BlockIndex(parseDump(dumpLines(...boxedTiles(true), ...category())));
		const read = wholePage(index).blocks;
		// The read's blocks hold no tile boxes any more: only the page's tree knows them.
		assert.strictEqual(fromPageTitle(read, []), read, 'without the tree the tiles are plain text');
		const removed: RemovedRegion[] = [];
		const text = fromPageTitle(read, removed, linkTileLeaves(index)).map((b) => collapsedText(b)).join(' ');
		assert.ok(text.includes('Winter boots') && text.includes('Summit insulated boot'), text);
		assert.ok(!text.includes('shift manager'), text);
		assert.ok(removed.some((r) => r.step === 'above-title'));
	});

	test('the same boxes without a wrapping link stay above the title', () => {
		const index = new BlockIndex(parseDump(dumpLines(...boxedTiles(false), ...category())));
		const read = wholePage(index).blocks;
		assert.strictEqual(linkTileLeaves(index).size, 0);
		assert.strictEqual(fromPageTitle(read, [], linkTileLeaves(index)), read);
	});
});
