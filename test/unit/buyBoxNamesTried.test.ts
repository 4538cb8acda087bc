// The price or rating at the name is looked for after each of the page's first h1s: a widget's h1 ("Follow the author") can come before the product's name (kinds/buyBoxAtName.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasBuyBoxAtName, MAX_NAMES_TRIED } from '../../src/core/extract/kinds/buyBoxAtName';
import { hasRatingAtName } from '../../src/core/extract/kinds/ratingAtName';
import { extractDumpText } from '../util/kindFixtures';

const index = (dump: string): BlockIndex => new BlockIndex(parseDump(dump));

/** An author widget headed as an h1, with its follow button and an error line, ahead of the book's own h1. */
const AUTHOR_WIDGET = ['# Follow the author', '', 'Get new release updates and improved recommendations', '', 'Mara Quill', '', 'Follow', ''].join('\n');

/** A related book of a marketplace's carousel: its number and price, its title, its format. */
const card = (n: number): string => `- ${n}. EUR ${9 + n}.58\n\n  [The Lantern Keeper, volume ${n}](/p/${n})\n\n  Paperback\n`;

/** A book out of stock at the marketplace: the author widget's h1 first, then its title, its rating, its blurb, ten priced related books. */
const book = (widget: boolean): string =>
	[
		...(widget ? [AUTHOR_WIDGET] : []),
		'# Small Lights: How Quiet Routines Change a Life',
		'',
		'by Mara Quill (Author)',
		'',
		'4.7 out of 5 stars (21,406)',
		'',
		'Currently unavailable.',
		'',
		'Small Lights follows one year in a coastal town where a lighthouse keeper, a baker and a retired teacher each build a routine that carries them through a hard winter.',
		'',
		'Quill writes about habit the way a gardener writes about soil: patiently, with dirt under her nails, and with a clear sense of what grows and what does not.',
		'',
		'## Products related to this item',
		'',
		...Array.from({ length: 10 }, (_, i) => card(i + 1)),
	].join('\n');

suite('Buy box at the name: the names tried', () => {
	test("a widget's h1 before the product's name does not hide the rating under the name", () => {
		const read = extractDumpText(book(true));
		assert.strictEqual(read.kind, 'product');
		assert.ok(read.text.includes('Quill writes about habit'), read.text);
		// The same book without the widget was a product already: the widget's h1 alone made it a collection.
		assert.strictEqual(extractDumpText(book(false)).kind, 'product');
	});

	test('the price or rating may follow any of the first visible h1s, not a later one nor a hidden one', () => {
		const second = '# Follow the author\n\nMara Quill\n\n# Small Lights\n\n$14.99\n';
		assert.ok(hasBuyBoxAtName(index(second)));
		assert.ok(hasRatingAtName(index('# Follow the author\n\nMara Quill\n\n# Small Lights\n\n4.7 out of 5 stars (21,406)\n')));
		const widgets = Array.from({ length: MAX_NAMES_TRIED }, (_, i) => `# Widget ${i + 1}\n\nA line of widget ${i + 1}\n`).join('\n');
		assert.ok(!hasBuyBoxAtName(index(`${widgets}\n# Small Lights\n\n$14.99\n`)), 'an h1 past the names tried');
		const hidden = '# Follow the author\n\nMara Quill\n\n::: {hidden=""}\n# Small Lights\n\n$14.99\n:::\n';
		assert.ok(!hasBuyBoxAtName(index(hidden)), 'a hidden h1 is no name');
	});
});
