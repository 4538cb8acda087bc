// Cards under a priced name: a page of teaser cards whose h1 is priced at once is one offer's page, not a listing (kinds/cardsUnderPrice.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isProductOverCards } from '../../src/core/extract/kinds/cardsUnderPrice';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { dumpLines } from '../util/joinLines';
import { extractDumpText } from '../util/kindFixtures';

const OFFER = [
	'Join a live class every Tuesday evening: an hour of guided breathing and stretching for every level, with time for',
	'questions at the end. Membership renews each month and can be cancelled at any time from your account page.',
].join(' ');

/** Six teaser cards, each a linked title and a short line: the shape the listing rule counts. */
const CARDS = Array.from({ length: 6 }, (_, i) => [
	'::: {.summary-item}',
	`[Class notes, week ${i + 1}](/notes/week-${i + 1})`,
	'',
	`A short recap of the poses and the breathing pattern we worked on in week ${i + 1}.`,
	':::',
	'',
]).flat();

const page = (...head: string[]): string => dumpLines(...head, '', OFFER, '', 'Subscribe', '', '::: {.summary-list}', ...CARDS, ':::');

suite('Cards under a priced name', () => {
	test('a price right under the h1 makes the teaser cards an offer\'s related items', () => {
		const offer = page('# Tuesday Evening Yoga Membership', '', '\\$29.00 every month');
		assert.ok(isProductOverCards(new BlockIndex(parseDump(offer))));
		const { text, kind } = extractDumpText(offer);
		assert.strictEqual(kind, 'product');
		assert.ok(text.includes('guided breathing'), text);
	});

	test('the same cards under an unpriced h1, or a price below a heading, stay a listing', () => {
		const notes = page('# Class notes');
		assert.ok(!isProductOverCards(new BlockIndex(parseDump(notes))));
		assert.strictEqual(extractDumpText(notes).kind, 'listing');
		const headed = page('# Class notes', '', '## Membership', '', '\\$29.00 every month');
		assert.strictEqual(extractDumpText(headed).kind, 'listing');
	});

	test('a product section label under the h1, with no price there, makes the cards its related items too', () => {
		// The price moved below the description: only the "Product details" tab under the name says one item.
		const item = page('# Tuesday Evening Yoga Membership', '', 'Product details');
		const index = new BlockIndex(parseDump(item));
		const cards = pageSignals(index).cards;
		assert.ok(cards, 'the cards are counted');
		assert.ok(isProductOverCards(index, cards));
		assert.strictEqual(extractDumpText(item).kind, 'product');
		// The same label inside every card is the cards' own, not the page's.
		const carded = dumpLines('# Class notes', '', OFFER, '', '::: {.summary-list}', ...CARDS.flatMap((l) => (l === ':::' ? ['', 'Product details', ':::'] : [l])), ':::');
		assert.strictEqual(extractDumpText(carded).kind, 'listing');
	});
});
