// Card forms: the buying form each card of a grid repeats leaves the grid; a lone form, a named body and a wrapper of the item's parts stay.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { cardForms, dropCardForms } from '../../src/core/extract/heuristics/cardForms';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { extractFixture } from '../util/kindFixtures';

/** A card of a Shopify-like grid: name, price, and a quick-shop form with a size picker and every variant's price. */
function card(name: string, formClass = 'product-form__input', extra = ''): string {
	return [
		'-   ::: card-wrapper',
		`    ### [${name}](/products/${name.toLowerCase().replace(/ /g, '-')})`,
		'',
		'    $19.99',
		'',
		`    ::: ${formClass}`,
		'    Size',
		'',
		'    1 bag 2 bags 5 bags',
		'',
		'    1 bag - $19.99 2 bags - $39.98 5 bags - $84.99',
		'    :::',
		extra,
		'    :::',
		'',
	].join('\n');
}

/** The text kept from a dump once its cards' forms are dropped, and the removal signals. */
function kept(dump: string): { text: string; signals: string[] } {
	const index = new BlockIndex(parseDump(dump));
	const removed: RemovedRegion[] = [];
	const blocks = dropCardForms(index.doc.blocks, cardForms(index), removed);
	return { text: collapse(blocks.map((b) => blockText(b)).join('\n')), signals: removed.map((r) => `${r.step}:${r.signal}`) };
}

suite('Card forms', () => {
	test('the quick-shop form every card repeats leaves each card; names and prices stay', () => {
		const { text, signals } = kept(['Dark Roast Coffee', 'Blueberry Coffee', 'Vanilla Coffee'].map((n) => card(n)).join('\n'));
		assert.equal(text, 'Dark Roast Coffee $19.99 Blueberry Coffee $19.99 Vanilla Coffee $19.99');
		assert.deepEqual(signals, ['card-form:product-form__input', 'card-form:product-form__input', 'card-form:product-form__input']);
	});

	test('camel-case and numbered names are read as words: atcWrapper_x, WishlistButton, quick-shop-7', () => {
		for (const cls of ['atcWrapper_UCJNn', 'WishlistButton', '{#quick-shop-7 .panel}', 'quantity_cart']) {
			const dump = ['Alder Pack', 'Cedar Pack', 'Elm Pack'].map((n, i) => card(n, cls.replace('7', String(i)))).join('\n');
			assert.equal(kept(dump).text, 'Alder Pack $19.99 Cedar Pack $19.99 Elm Pack $19.99', cls);
		}
	});

	test('a panel of an opaque class that opens with a quick-buy label is the form; a box whose first line is another word is not', () => {
		const quick = (label: string): string =>
			['Alder Pack', 'Cedar Pack', 'Elm Pack']
				.map((n) => ['-   ::: qzcard', `    ### [${n}](/p/${n.length})`, '', '    $19.99', '', '    ::: qzk7x', '    ::: lb3', `    ${label}`, '    :::', '', '    Size', '', '    1 bag 2 bags', '    :::', '    :::', ''].join('\n'))
				.join('\n');
		const shop = kept(quick('Quick Shop'));
		assert.ok(!shop.text.includes('1 bag 2 bags') && shop.text.includes('Cedar Pack $19.99'), shop.text);
		assert.deepEqual(shop.signals, ['card-form:quick label', 'card-form:quick label', 'card-form:quick label']);
		assert.ok(kept(quick('Ships free')).text.includes('1 bag 2 bags'));
	});

	test('quick-buy panels whose boxes each carry a class of their own (no class word shared) are still one form', () => {
		const names = ['Alder Pack', 'Cedar Pack', 'Elm Pack', 'Fir Pack'];
		const dump = names
			.map((n, i) => ['-   ::: qzcard' + i, `    ### [${n}](/p/${n.length})`, '', '    $19.99', '', `    ::: qzk${i}x${'ab'.repeat(i)}`, `    ::: lb${i}q`, '    Quick add', '    :::', '', '    Size', '', '    1 bag 2 bags', '    :::', '    :::', ''].join('\n'))
			.join('\n');
		const { text, signals } = kept(dump);
		assert.equal(text, 'Alder Pack $19.99 Cedar Pack $19.99 Elm Pack $19.99 Fir Pack $19.99');
		assert.equal(signals.length, 4);
	});

	test('a form in fewer than three cards, outside the cards, or in a grid of two is left alone', () => {
		const two = ['Alder Pack', 'Cedar Pack'].map((n) => card(n)).join('\n');
		assert.ok(kept(two).text.includes('1 bag 2 bags 5 bags'));
		const once = [card('Alder Pack'), card('Cedar Pack', 'card-body'), card('Elm Pack', 'card-body')].join('\n');
		assert.equal(kept(once).signals.length, 0);
		const page = '::: newsletter-form\nEmail\n:::\n\n' + ['Alder Pack', 'Cedar Pack', 'Elm Pack'].map((n) => card(n, 'card-body')).join('\n');
		assert.ok(kept(page).text.startsWith('Email'));
	});

	test('a form-named container that holds a heading, too much text or the item\'s own parts is the card, not a form', () => {
		const titled = ['Alder Pack', 'Cedar Pack', 'Elm Pack'].map((n) => card(n, 'cartButton', '    ::: cartButton\n    ## Trail edition\n\n    Light and tough.\n    :::\n')).join('\n');
		assert.ok(kept(titled).text.includes('Trail edition Light and tough.'));
		const review = ['Alder Pack', 'Cedar Pack', 'Elm Pack'].map((n) => card(n, 'compare-review')).join('\n');
		assert.ok(kept(review).text.includes('1 bag 2 bags 5 bags'));
		const long = ['Alder Pack', 'Cedar Pack', 'Elm Pack'].map((n) => card(n, 'card-body', `    ::: add-to-cart\n    ${'Every detail of the pack. '.repeat(40)}\n    :::\n`)).join('\n');
		assert.ok(kept(long).text.includes('Every detail of the pack.'));
	});

	test('a collection whose grid is hidden until a script runs gets the collection\'s clean-ups too (KindStrategy.tidyHidden)', () => {
		const { text, kind } = extractFixture('collection-hidden-until-script.txt');
		assert.equal(kind, 'collection');
		assert.ok(text.includes('shipped fresh from our roastery'), text);
		for (const name of ['Dark Roast Coffee', 'Blueberry Coffee', 'Cold Brew Coffee']) assert.equal(text.split(name).length - 1, 1, `${name}: ${text}`);
		assert.ok(text.includes('$22.99'), text);
		for (const dropped of ['Quick Shop', 'Size', '2 bags', 'Add to cart']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});
});
