// Section headings (heuristics/sectionHeadings.ts): a `header` wrapper below the page's title that is only a heading is a section's title.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { keepSectionHeadings } from '../../src/core/extract/heuristics/sectionHeadings';
import { blockText } from '../../src/core/extract/inlineText';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { prunedContainers } from '../../src/core/extract/prune';

const FLAGS = { stripUnlikely: true, weightClasses: false, cleanConditionally: false, keepInnerChrome: true };

const PAGE = [
	'::: site-header',
	'[Acme Removals](/) [Services](/services) [Prices](/prices) [Contact](/contact)',
	':::',
	'',
	'# Office removals in Leeds',
	'',
	'We move offices of every size across Yorkshire, over a weekend, so that your team sits at its desks on Monday.',
	'',
	'::: section-header',
	'## What we move',
	':::',
	'',
	'Desks, servers, archives and the kitchen: each crate is labelled with the room and the desk it goes to.',
	'',
	'::: {.faq-card .card-header}',
	'### Do you work at weekends?',
	':::',
	'',
	'Yes: most office moves start on Friday evening and end on Sunday afternoon.',
	'',
	'::: more-header',
	'### [Domestic removals](/domestic)',
	'',
	'### [Storage](/storage)',
	':::',
	'',
	'::: page-footer',
	'## Acme Removals Ltd',
	':::',
	'',
].join('\n');

function texts(idx: BlockIndex, pruned: Map<unknown, string>): string[] {
	return [...pruned.keys()].map((b) => blockText(b as never)).filter((t) => t.length > 0);
}

suite('Section headings', () => {
	test('the section and card headers below the title are taken back; the site header, a linked menu and the footer are not', () => {
		const idx = new BlockIndex(parseDump(PAGE));
		const pruned = prunedContainers(idx, FLAGS);
		assert.ok([...pruned.values()].filter((r) => /^header$/i.test(r)).length >= 4, `pruned: ${[...pruned.values()].join(', ')}`);
		assert.strictEqual(keepSectionHeadings(idx, pruned), 2);
		const still = texts(idx, pruned).join(' | ');
		assert.ok(still.includes('Acme Removals'), `still pruned: ${still}`);
		assert.ok(still.includes('Domestic removals'), `still pruned: ${still}`);
		assert.ok(!still.includes('What we move') && !still.includes('Do you work at weekends?'), `still pruned: ${still}`);
	});

	test('a page read whole keeps its section titles under the page title', () => {
		const text = wholePage(new BlockIndex(parseDump(PAGE))).blocks.map((b) => blockText(b)).join('\n');
		assert.ok(text.includes('What we move'), text);
		assert.ok(text.includes('Do you work at weekends?'), text);
		assert.ok(!text.includes('[Services]') && !text.includes('Prices'), `kept the site header: ${text}`);
	});

	test('without a page title nothing is taken back', () => {
		const idx = new BlockIndex(parseDump('::: section-header\n## What we move\n:::\n\nDesks, servers and archives, labelled room by room.\n'));
		const pruned = prunedContainers(idx, FLAGS);
		assert.strictEqual(pruned.size, 1);
		assert.strictEqual(keepSectionHeadings(idx, pruned), 0);
	});

	test('a header with more text than heading (a hero with prose is heroSections.ts\'s) stays pruned', () => {
		const dump = '# Office removals\n\n::: section-header\n## Moves\n\nWe move offices of every size across Yorkshire over a weekend.\n:::\n';
		const idx = new BlockIndex(parseDump(dump));
		const pruned = prunedContainers(idx, FLAGS);
		assert.strictEqual(keepSectionHeadings(idx, pruned), 0);
	});
});
