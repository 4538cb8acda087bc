// Near-empty page reads (heuristics/emptyReadFallback.ts): a chrome-named wrapper the page never closed is read as the page's frame.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { frameWrappers, NEAR_EMPTY_SHARE } from '../../src/core/extract/heuristics/emptyReadFallback';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION = [
	'This walnut side table is turned by hand in our workshop from a single board, oiled three times, and finished with beeswax, so that the grain shows and the top takes a hot mug without a mark.',
	'',
	'Each table is signed under its top, and each one differs a little from the photograph, because no two boards of walnut ever share the same figure, knots or colour along their length.',
	'',
	'The legs are joined with pegged tenons rather than screws, and they can be tightened with a mallet after a dry winter, which keeps the table steady for decades of daily use in a living room.',
	'',
	'We ship it flat in a crate of recycled pine, with a sheet of instructions, a small tin of wax for the first year, and a card that tells you which tree the board came from and when it was felled.',
	'',
	'If the table arrives with a scratch or a split, send us a photograph within thirty days and we will either repair it in the workshop or make you another one from the next suitable board we saw.',
	'',
	'Walnut darkens a little in its first year of sunlight and then settles; wipe the top with a damp cloth, dry it at once, and rub in a little of the wax each spring to keep the surface from drying out.',
];

/** A shop's product page; `closed`: the `wrapper` div holds only the footer, else it wraps the whole page. */
function productPage(closed: boolean, wrapper = 'sticky-footer'): string {
	const product = [
		'::: {.product-view itemscope="" itemtype="https://schema.org/Product"}',
		'# Walnut Side Table',
		'',
		'\\$240.00',
		'',
		'::: product-description',
		...DESCRIPTION,
		':::',
		':::',
	];
	const footer = ['[Shipping](/shipping) [Returns](/returns) [Contact](/contact)'];
	return closed
		? dumpLines(...product, '', `::: ${wrapper}`, ...footer, ':::')
		: dumpLines(`::: ${wrapper}`, `::: ${wrapper}_body`, ...product, ':::', '', ...footer, ':::');
}

/** A box of counted filter options the page shows outside its wrapper (`counted`), or a box of as many plain lines. */
function sideBox(counted: boolean): string[] {
	const options = Array.from({ length: 8 }, (_, i) => (counted ? `-   [Finish ${i} (${i + 2})](/c?f=${i})` : `Finish ${i} suits a room with pale floors.`));
	return ['::: qzside', 'Filter by', '', ...options, ':::', ''];
}

suite('Near-empty page reads', () => {
	test('a page read that keeps only a counted filter box is near-empty too: the wrapper is the frame', () => {
		const index = new BlockIndex(parseDump(dumpLines(...sideBox(true), productPage(false, 'newsletter-popup'))));
		const whole = wholePage(index);
		assert.ok(whole.chars >= index.rootStats.chars * NEAR_EMPTY_SHARE, `${whole.chars} of ${index.rootStats.chars}`);
		assert.deepStrictEqual([...(frameWrappers(index, whole) ?? [])].map((c) => c.attrs.classes[0]), ['newsletter-popup']);
	});

	test('a box of as many plain lines is the page read: no frame', () => {
		const index = new BlockIndex(parseDump(dumpLines(...sideBox(false), productPage(false, 'newsletter-popup'))));
		assert.strictEqual(frameWrappers(index, wholePage(index)), undefined);
	});

	test('a chrome-named wrapper holding the whole page is its frame when the page read is empty', () => {
		// A newsletter box the page never closed: its word names content of its own, so the prune takes it whatever it holds.
		const index = new BlockIndex(parseDump(productPage(false, 'newsletter-popup')));
		const frames = frameWrappers(index, wholePage(index));
		assert.deepStrictEqual([...(frames ?? [])].map((c) => c.attrs.classes[0]), ['newsletter-popup']);
	});

	test('a sticky-footer wrapping the whole page needs no frame: the prune keeps it as the main column', () => {
		// heuristics/namedChromeGuards.ts: a layout word's container holding most of the page's prose is not pruned.
		const index = new BlockIndex(parseDump(productPage(false)));
		assert.strictEqual(frameWrappers(index, wholePage(index)), undefined);
	});

	test('a sticky-footer beside the page is still chrome: the page read keeps the page', () => {
		const index = new BlockIndex(parseDump(productPage(true)));
		assert.strictEqual(frameWrappers(index, wholePage(index)), undefined);
	});

	test('the product wrapped whole in a sticky-footer is read with its description, without the footer links', () => {
		const doc = parseDump(productPage(false));
		const text = renderText(extractArticle(doc), doc);
		assert.ok(text.includes('pegged tenons'), text);
		assert.ok(text.includes('oiled three times'), text);
	});
});
