// Footer columns (heuristics/footerColumns.ts): the unnamed link columns and their labels that end a page kept whole go; the last section, a testimonial's name and a lone "Learn more" stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { dropFooterColumns } from '../../src/core/extract/heuristics/footerColumns';
import type { RemovedRegion } from '../../src/core/extract/article';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

const SECTIONS = [
	'# Dog walking and pet sitting',
	'',
	'::: {.sc-64912480-0 .kRikJK}',
	'## Walks that fit your day',
	'',
	'Book a 30 or 60 minute walk with a vetted walker near you, on demand or on a schedule, and follow it live in the app.',
	'',
	'## Overnight sitting',
	'',
	'A sitter stays with your dog at home overnight, keeps its routine and sends you photos and a report card in the morning.',
	':::',
];

/** A footer of styled `div`s with hashed classes: labels as plain lines, links run together. */
const FOOTER = [
	'::: {.sc-64912480-0 .kIDoul display="flex"}',
	'::: {.sc-bf915e75-0 .hsrTIE}',
	'About us',
	'',
	'::: {.sc-64912480-0 .kxQwer}',
	'[Our story](https://example.com/about)[Careers](https://example.com/jobs)[Press](https://example.com/press)',
	':::',
	':::',
	'',
	'::: {.sc-bf915e75-0 .hsrTIE}',
	'Top cities',
	'',
	'::: {.sc-64912480-0 .kxQwer}',
	'[Boston](https://example.com/boston)[Denver](https://example.com/denver)[Austin](https://example.com/austin)',
	':::',
	':::',
	':::',
	'',
	'------------------------------------------------------------------------',
	'',
	'[Privacy policy](https://example.com/privacy)[Terms](https://example.com/terms)',
	'',
	'Your Privacy Choices',
];

function read(dump: string): { text: string; removed: RemovedRegion[] } {
	const doc = parseDump(dump);
	const index = new BlockIndex(doc);
	const removed: RemovedRegion[] = [];
	const blocks = dropFooterColumns(index, wholePage(index).blocks, removed);
	return { text: renderText({ metadata: {}, blocks: [...blocks], removed: [], empty: false }, doc), removed };
}

suite('Footer columns', () => {
	test('the unnamed link columns, their labels, the rule and the legal line that end the page go', () => {
		const { text, removed } = read(dumpLines(...SECTIONS, '', ...FOOTER));
		assert.deepStrictEqual(
			removed.map((r) => r.step),
			['footer-columns'],
		);
		for (const gone of ['About us', 'Careers', 'Top cities', 'Denver', 'Privacy policy', 'Your Privacy Choices']) assert.ok(!text.includes(gone), text);
		assert.ok(text.includes('A sitter stays with your dog'), text);
		assert.ok(text.includes('Overnight sitting'), text);
	});

	test("a testimonial's name and the last section's heading over the footer stay", () => {
		const { text } = read(dumpLines(...SECTIONS, '', '::: quote', 'Jane Miller, Boston', ':::', '', '## See how it works', '', ...FOOTER));
		assert.ok(text.includes('Jane Miller, Boston'), text);
		assert.ok(text.includes('See how it works'), text);
		assert.ok(!text.includes('Top cities'), text);
	});

	test('one row of links is not a footer: a last section\'s "Learn more" stays', () => {
		const { text, removed } = read(dumpLines(...SECTIONS, '', '[Learn more about our walkers](https://example.com/walkers)'));
		assert.strictEqual(removed.length, 0);
		assert.ok(text.includes('Learn more about our walkers'), text);
	});

	test('a page that is mostly links (a directory) is left as it is', () => {
		const rows: string[] = [];
		for (let i = 0; i < 12; i++) rows.push(`Region ${i}`, '', `[Town ${i}a](https://example.com/${i}a)[Town ${i}b](https://example.com/${i}b)[Town ${i}c](https://example.com/${i}c)`, '');
		const { removed } = read(dumpLines('# Our offices', '', 'Find the office nearest to you.', '', ...rows));
		assert.strictEqual(removed.length, 0);
	});
});
