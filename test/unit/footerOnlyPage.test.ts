// Footer-only page (heuristics/footerOnlyPage.ts) and footer column runs (heuristics/footerColumnRuns.ts): a page that is only a footer's labelled link columns has no content; on a product page, labelled link columns in the later half open the footer.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isFooterOnlyPage, isLinkRow } from '../../src/core/extract/heuristics/footerOnlyPage';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { extractDump, formatExtraction } from '../../src/core/render/formats';
import { dumpLines } from '../util/joinLines';
import { cutAtFooterColumns as cut } from '../util/footerCut';

/** A shop's footer in divs whose class words mean nothing: labels over comma-separated rows of links. */
const FOOTER = [
	'::: {.x81ka .q2}',
	'::: {.x81kb}',
	'Help',
	'',
	'[Help Center](https://shop.example/help), [Disputes & Reports](https://shop.example/disputes), [Return policy](https://shop.example/returns)',
	':::',
	'',
	'::: {.x81kb}',
	'##### Sites in other languages',
	'',
	'[Deutsch](https://de.shop.example), [Français](https://fr.shop.example), [Polski](https://pl.shop.example), [Türkçe](https://tr.shop.example)',
	':::',
	'',
	'::: {.x81kb}',
	'##### Browse by category',
	'',
	'[All popular](https://shop.example/popular), [Low price](https://shop.example/price), [Reviews](https://shop.example/reviews), [Blog](https://shop.example/blog)',
	':::',
	'',
	'[Privacy Policy](https://shop.example/privacy) - [Terms of Use](https://shop.example/terms) © 2010-2025 shop.example. All rights reserved.',
	':::',
];

function text(dump: string): string {
	const x = extractDump(dump);
	return x.article.empty ? '' : formatExtraction(x, 'text');
}

suite('Footer-only page', () => {
	test("a page whose only text is a footer's labelled link columns reads as empty", () => {
		const dump = dumpLines('::: {.r00t}', ':::', '', ...FOOTER);
		const index = new BlockIndex(parseDump(dump));
		assert.ok(isFooterOnlyPage(index, wholePage(index)));
		const out = text(dump);
		assert.ok(!out.includes('Help Center'), out);
		assert.ok(!out.includes('Browse by category'), out);
	});

	test('a page with a title over the same columns (a sitemap) is read', () => {
		const dump = dumpLines('# Sitemap', '', ...FOOTER);
		const index = new BlockIndex(parseDump(dump));
		assert.ok(!isFooterOnlyPage(index, wholePage(index)));
		assert.ok(text(dump).includes('Help Center'));
	});

	test('a prose paragraph makes the page more than a footer', () => {
		const dump = dumpLines('Our store is closed for inventory until Monday; orders placed now ship on Tuesday.', '', ...FOOTER);
		const index = new BlockIndex(parseDump(dump));
		assert.ok(!isFooterOnlyPage(index, wholePage(index)));
		assert.ok(text(dump).includes('closed for inventory'));
	});

	test('one link per line is a page of its own links (a ranking\'s areas), not a footer', () => {
		const dump = dumpLines('AI', '', '► [Computer vision](#vision)', '', '► [Machine learning](#ml)', '', 'Systems', '', '► [Databases](#db)', '', '► [Operating systems](#os)');
		const index = new BlockIndex(parseDump(dump));
		assert.ok(!isFooterOnlyPage(index, wholePage(index)));
		assert.ok(text(dump).includes('Machine learning'));
	});

	test('a row of links is counted by letters: separators are not prose, words between links are', () => {
		const row = (s: string) => parseDump(s).blocks[0];
		assert.ok(isLinkRow(row('[Thai](https://a.example), [Arabic](https://b.example), [Hebrew](https://c.example)')));
		assert.ok(!isLinkRow(row('Read the [guide](https://a.example) before you mount the feeder on a pole or a wall.')));
	});
});

/** A product's description, long enough that the footer starts in the later half. */
const PRODUCT = [
	'# Relax Berries',
	'',
	'Our classic gummy with a delicious fruit flavor to help you decompress after a long day at work or at school.',
	'',
	'- Each gummy has 10 mg of the active ingredient, measured by an independent lab for every batch we make.',
	'- Each jar has an assortment of flavors: blue raspberry, lemon, cherry, green apple and orange.',
	'',
	'## Suggested use',
	'',
	'Take one to two gummies as part of a daily routine, on a full or empty stomach, and wait an hour before taking more.',
];

/** The footer's columns as siblings: label then a run of links, then legal prose the column cut takes too. */
const COLUMNS = [
	'Shop',
	'',
	'[All products](https://s.example/all) [Bundles](https://s.example/bundles) [Gummies](https://s.example/gummies)',
	'',
	'Company',
	'',
	'[Our story](https://s.example/story) [Careers](https://s.example/careers) [Blog](https://s.example/blog)',
	'',
	'Support',
	'',
	'[Track your order](https://s.example/track) [Contact](https://s.example/contact) [Shipping policy](https://s.example/ship)',
	'',
	'These statements have not been evaluated by any authority; the product is not meant to diagnose or treat a disease.',
];


suite('Footer column runs', () => {
	test('three labelled columns of links in the later half open the footer: they and the legal prose after them go', () => {
		const { text: out, removed } = cut(dumpLines(...PRODUCT, '', ...COLUMNS));
		assert.deepStrictEqual(removed.map((r) => r.step), ['footer-column-runs']);
		for (const gone of ['Shop', 'Careers', 'Track your order', 'not been evaluated']) assert.ok(!out.includes(gone), out);
		assert.ok(out.includes('Take one to two gummies'), out);
	});

	test('the columns each in a div of their own are found too', () => {
		const wrapped = ['::: {.k1}', '::: {.k2}', ...COLUMNS.slice(0, 3), ':::', '', '::: {.k2}', ...COLUMNS.slice(4, 7), ':::', '', '::: {.k2}', ...COLUMNS.slice(8, 11), ':::', ':::'];
		const { text: out, removed } = cut(dumpLines(...PRODUCT, '', ...wrapped));
		assert.deepStrictEqual(removed.map((r) => r.step), ['footer-column-runs']);
		assert.ok(!out.includes('Careers'), out);
	});

	test('a run of columns that opens just before the half but lies mostly past it is the footer', () => {
		const more = ['', 'Community', '', '[Forum](https://s.example/forum) [Events](https://s.example/events) [Ambassadors](https://s.example/ambassadors)', '', 'Legal', '', '[Privacy](https://s.example/privacy) [Terms](https://s.example/terms) [Accessibility](https://s.example/accessibility)'];
		// A shorter description (no list): the first column opens at 47% of the text, the run ends at 79%.
		const page = dumpLines(...PRODUCT.slice(0, 4), ...PRODUCT.slice(7), '', ...COLUMNS.slice(0, 11), ...more, '', COLUMNS[12]);
		const { text: out, removed } = cut(page);
		assert.deepStrictEqual(removed.map((r) => r.step), ['footer-column-runs']);
		for (const gone of ['Shop', 'Careers', 'Ambassadors', 'not been evaluated']) assert.ok(!out.includes(gone), out);
		assert.ok(out.includes('Take one to two gummies'), out);
		// The same columns mostly before the half (a long section after them) stay.
		const prose = 'The berries are made in small batches in a registered facility, and every batch is tested by an independent lab before it ships.';
		assert.deepStrictEqual(cut(dumpLines(...PRODUCT, '', ...COLUMNS.slice(0, 11), '', '## About the maker', '', prose, '', prose, '', prose, '', prose, '', prose)).removed, []);
	});

	test('two labelled columns are not a footer, nor are three before the product', () => {
		assert.deepStrictEqual(cut(dumpLines(...PRODUCT, '', ...COLUMNS.slice(0, 7))).removed, []);
		assert.deepStrictEqual(cut(dumpLines(...COLUMNS.slice(0, 11), '', ...PRODUCT)).removed, []);
	});
});
