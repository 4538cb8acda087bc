import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { withTextCache } from '../../src/core/extract/inlineText';
import { CART_RE, LISTING_TEXT_RE, PRICE_NEEDS_RE, PRICE_RE, SHOP_WORDS_NEED_RE, pageSignals } from '../../src/core/extract/kinds/signals';
import { matchCount } from '../../src/core/text/wordCount';

/** The top-level alternatives of a regex written `\b(?:a|b|c)\b`. */
function alternatives(re: RegExp): string[] {
	const body = re.source.replace(/^\\b\(\?:/, '').replace(/\)\\b$/, '');
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c === '\\') i++;
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) {
			out.push(body.slice(start, i));
			start = i + 1;
		}
	}
	out.push(body.slice(start));
	return out;
}

/** One phrase per alternative of CART_RE, in its order: a new alternative fails the test until it has one here. */
const CART_PHRASES = ['Add to cart', 'Buy it now', 'In stock', 'Out of stock', 'SOLD OUT', 'SKU', 'Add to Wishlist', 'Quantity', 'Qty', 'Free delivery', 'Write a review', 'Customer Reviews'];
/** One phrase per alternative of LISTING_TEXT_RE, in its order. */
const LISTING_PHRASES = ['Sort by', 'Filters', 'Showing 12', '48 products', 'Load more', 'View all', 'Page 2 of 9', 'Results for'];

/** Pieces of texts around the three regexes' words: digits, currency signs, the words and their parts, in any case. */
const PIECES = ['$', '€', ' ', '1', '12', '1,299.00', '.', ',', 'kr', 'USD', 'Rs.', 'add', 'ed', ' to ', 'cart', 'buy', 'now', 'in', 'stock', 'sold', 'out', 'sku', 'wish', 'list', 'qty', 'free', 'shipping', 'review', 'sort', 'by', 'filter', 's', 'showing', 'results', 'items', 'load more', 'view all', 'page', 'of', 'for', 'é', 'x'];
const TEXT = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.boolean()), { maxLength: 12 }).map((xs) => xs.map(([p, up]) => (up ? p.toUpperCase() : p)).join(''));

function signalsOf(dump: string): ReturnType<typeof pageSignals> {
	return withTextCache(() => pageSignals(new BlockIndex(parseDump(dump))));
}

suite('speed: page signals\' pre-tests and word-list memo (issue 13)', () => {
	test('every alternative of the cart and listing regexes needs one of the pre-test\'s words', () => {
		assert.equal(alternatives(CART_RE).length, CART_PHRASES.length, 'one phrase per alternative of CART_RE');
		assert.equal(alternatives(LISTING_TEXT_RE).length, LISTING_PHRASES.length, 'one phrase per alternative of LISTING_TEXT_RE');
		for (const p of CART_PHRASES) {
			assert.equal(matchCount(CART_RE, p), 1, p);
			assert.ok(SHOP_WORDS_NEED_RE.test(p), p);
		}
		for (const p of LISTING_PHRASES) {
			assert.equal(matchCount(LISTING_TEXT_RE, p), 1, p);
			assert.ok(SHOP_WORDS_NEED_RE.test(p), p);
		}
		assert.ok(!SHOP_WORDS_NEED_RE.test('A paragraph of prose about the weather.'));
	});

	test('a text the pre-tests turn away holds no price, cart word or listing word', () => {
		fc.assert(
			fc.property(TEXT, (t) => {
				if (!PRICE_NEEDS_RE.test(t)) assert.equal(matchCount(PRICE_RE, t), 0, t);
				if (!SHOP_WORDS_NEED_RE.test(t)) {
					assert.equal(matchCount(CART_RE, t), 0, t);
					assert.equal(matchCount(LISTING_TEXT_RE, t), 0, t);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test('counts prices and shop words in paragraphs, and containers by their word lists, each list tested once', () => {
		const card = '::: {.product-card}\nMug, $12.99. Add to cart\n:::\n\n';
		const s = signalsOf(
			`${card.repeat(3)}::: {.topic-body}\nA post\n:::\n\n::: {.topic-body}\nAnother post\n:::\n\n::: {.toctree-wrapper}\nContents\n:::\n\n::: {.toctree-wrapper}\nMore\n:::\n\n::: {itemtype="https://schema.org/Product"}\nSold out. Sort by price. Showing 3 of 9.\n:::\n`,
		);
		assert.equal(s.prices, 3);
		assert.equal(s.cartWords, 4);
		assert.equal(s.listingWords, 2);
		assert.equal(s.docContainers, 2);
		// The three cards' class names a product (the microdata type is no class word: it counts among product items).
		assert.equal(s.productContainers, 3);
		assert.equal(s.productItems, 1);
		// The first container of a platform's vocabulary names it, after word lists that name none (read once each).
		assert.equal(s.platform?.name, 'discourse');
	});

	test('a paragraph with no digit and none of the words counts nothing', () => {
		const s = signalsOf('A paragraph of prose about the weather, long enough to read as one.\n\n## A heading\n');
		assert.equal(s.prices + s.cartWords + s.listingWords, 0);
	});
});
