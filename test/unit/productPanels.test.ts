// Product pages: text hidden until the reader or a script opens it (collapsed panels, pages hidden whole), product signals, and the shop sections around the product.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, type Container, isContainer } from '../../src/core/extract/blockIndex';
import { isBuyBoxLine } from '../../src/core/extract/heuristics/buyBox';
import { isDisclosurePanel } from '../../src/core/extract/heuristics/disclosurePanels';
import { isPolicyHeading } from '../../src/core/extract/heuristics/policySections';
import { siblingPanels } from '../../src/core/extract/heuristics/siblingPanels';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { isRecommendationHeading } from '../../src/core/extract/heuristics/recommendationSections';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { isOneProductItem } from '../../src/core/extract/kinds/productItems';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { extractFixture } from '../util/kindFixtures';

suite('Product signals', () => {
	const card = (name: string): string => `::: {itemscope="" itemtype="https://schema.org/Product"}\n${name}\n\n\\$12.00\n:::\n`;
	test('one container typed schema.org Product makes a product page; a grid of them does not', () => {
		const one = pageSignals(new BlockIndex(parseDump(card('Ridgeline Two Tent'))));
		const grid = pageSignals(new BlockIndex(parseDump(['Ridgeline Two', 'Ridgeline Three', 'Summit One'].map(card).join('\n'))));
		assert.strictEqual(one.productItems, 1);
		assert.ok(isOneProductItem(one));
		assert.strictEqual(grid.productItems, 3);
		assert.ok(!isOneProductItem(grid));
	});

	test('a price under the name makes a product page whatever grid of priced cards follows; a category page stays a collection', () => {
		const cards = [1, 2, 3, 4, 5, 6].flatMap((n) => ['::: {.grid-item}', `[Summit ${n}](/p/summit-${n})`, '', `\\$${100 + n}.00`, ':::', '']);
		const kind = (...lines: string[]): unknown => extractArticle(parseDump(lines.join('\n') + '\n')).metadata.pageType?.value;
		assert.strictEqual(kind('# Ridgeline Two Tent', '', '\\$349.00', '', 'Add to cart', '', ...cards), 'product');
		assert.strictEqual(kind('# Tents', '', 'Every tent we sell, from one-person shelters to family cabins, pitched and tested by our staff.', '', '## Two-person tents', '', ...cards), 'collection');
	});

	test('shop labels of other products are recommendation headings', () => {
		for (const label of ['Featured Products', 'Top picks for you', 'Best Sellers', 'Pairs well with', 'Frequently bought together']) assert.ok(isRecommendationHeading(label), label);
		for (const label of ['Features', 'Top features of the tent', 'Best for two hikers']) assert.ok(!isRecommendationHeading(label), label);
	});
});

suite('Hidden product text', () => {
	test('collapsed accordion and tab panels are read; a hidden modal and a hidden menu are not', () => {
		const { text, kind } = extractFixture('product-collapsed-panels.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['Two crossing poles', 'freestanding tent for two hikers', 'Packed weight: 1.9 kg']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Measure the floor', 'Ultralight tents', 'Copyright']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('a panel is named as one and hidden; states, menus and forms are not panels', () => {
		const panels = (dump: string): boolean[] =>
			new BlockIndex(parseDump(dump)).containers.filter(isContainer).map((c) => isDisclosurePanel(c));
		const div = (attrs: string): string => `::: {${attrs}}\nSome text.\n:::\n`;
		assert.deepStrictEqual(panels(div('.accordion__panel style="display:none"')), [true]);
		assert.deepStrictEqual(panels(div('.tab-pane hidden=""')), [true]);
		assert.deepStrictEqual(panels(div('#react-collapsed-panel-7 role="region" aria-hidden="true"')), [true]);
		assert.deepStrictEqual(panels(div('.accordion__panel')), [false], 'an open panel is read anyway');
		assert.deepStrictEqual(panels(div('.dlc-expanded style="display:none"')), [false], 'a state word is not a panel');
		assert.deepStrictEqual(panels(div('.shipping-form .content-toggle__body aria-hidden="true"')), [false], 'a form in a panel is not content');
	});

	test('a page hidden whole until a script runs is read, less its chrome', () => {
		// Its shop signals are hidden too, so the kind is whatever the visible line says: the rule holds for every kind.
		const { text } = extractFixture('product-hidden-until-script.txt');
		for (const kept of ['Thin crisps baked in small batches', 'Flour, sugar, almonds']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Sports nutrition', 'Copyright']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});
});

suite('Shop policy sections', () => {
	test('shipping and returns sections leave the product text; the product\'s description and care notes stay', () => {
		const { text, kind } = extractFixture('product-policy-sections.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['wheel-thrown mug of speckled stoneware', 'dishwasher', 'Rinse it before the first use']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Shipping and Returns', 'ships within three working days', 'return postage', 'Not loving it']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('shipping, delivery and returns headings are policy headings; a product\'s warranty and features are not', () => {
		for (const label of ['Shipping & Returns', 'Shipping and return policies', 'Delivery & Returns', '30-Day Return Policy', 'Free Shipping', 'Returns & exchanges']) assert.ok(isPolicyHeading(label), label);
		for (const label of ['Warranty & Support', 'Warranty, Returns, And Additional Information', 'Shipping weight and dimensions of the boxed mug', 'Deliver to Bulgaria', 'Features']) assert.ok(!isPolicyHeading(label), label);
	});

	test('offers of help are policy headings; a product\'s own questions and a help feature are not', () => {
		for (const label of ['Need help choosing gear?', 'Ask an Expert', 'Chat with one of our experts', 'Still not sure which products are right for you?', 'Need some help?']) assert.ok(isPolicyHeading(label), label);
		for (const label of ['Questions', 'Questions & Answers', 'Helpful features for night riders', 'Expert mode']) assert.ok(!isPolicyHeading(label), label);
	});
});

suite('Sibling tab panels', () => {
	test('the other tabs of the shown one are read; the tab labels alone do not stand in for them', () => {
		const { text, kind } = extractFixture('product-tab-siblings.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['salon dryer for home use', 'Three heat and two speed settings', 'A diffuser for curls']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		assert.ok(!text.includes('Copyright'), text);
	});

	test('siblings count only when the region is the panel shown and they share its classes, state words aside', () => {
		const index = new BlockIndex(parseDump('::: wrap\n::: {.content .active}\nShown.\n:::\n\n::: content\nHidden.\n:::\n\n::: other\nElse.\n:::\n:::\n\n::: row\n::: section\nOne.\n:::\n\n::: section\nTwo.\n:::\n:::\n'));
		const byText = (t: string): Container => index.containers.find((c) => c.children.some((b) => b.kind === 'paragraph' && collapse(blockText(b)) === t) && c.attrs !== undefined) as Container;
		assert.deepStrictEqual(siblingPanels(index, byText('Shown.')), [byText('Hidden.')]);
		assert.deepStrictEqual(siblingPanels(index, byText('One.')), [], 'sections of a row without a shown one are layout');
	});
});

suite('Repeated product copies', () => {
	test('a description printed twice (desktop and mobile copies) is kept once, long paragraphs too', () => {
		const { text, kind } = extractFixture('product-repeated-copies.txt');
		assert.strictEqual(kind, 'product');
		const count = (s: string): number => text.split(s).length - 1;
		assert.strictEqual(count('its arm balanced by a counterweight'), 1, text);
		assert.strictEqual(count('Height: 140 cm'), 1, text);
		assert.ok(text.includes('assembled by hand in our workshop'), text);
	});
});

suite('Non-modal product sheets', () => {
	test('a description in a sheet marked aria-modal="false" is read; a modal size guide is not', () => {
		const { text, kind } = extractFixture('product-description-sheet.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['quick-drying knit', 'Sweat-wicking fabric']) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['Measure your chest', 'Copyright']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('upsell and testimonial labels are recommendation headings', () => {
		for (const label of ['Choose your add-ons', 'Customer testimonials', 'Keep shopping', 'Compare with similar products', 'Related books']) assert.ok(isRecommendationHeading(label), label);
		for (const label of ['Add-on compatibility', 'Testimonial from the designer', 'Shopping list']) assert.ok(!isRecommendationHeading(label), label);
	});

	test('news and announcement labels are recommendation headings; a heading that only mentions an update is not', () => {
		for (const label of ['Recent Events & Announcements', 'Latest news', 'News and updates', 'What Curators Say']) assert.ok(isRecommendationHeading(label), label);
		for (const label of ['Firmware updates', 'Newsworthy materials', 'Events mode']) assert.ok(!isRecommendationHeading(label), label);
	});
});

suite('Bold policy labels', () => {
	test('a bold "Free Shipping & Returns" label drops its short note; a bold promise above the description does not take the description', () => {
		const { text, kind } = extractFixture('product-bold-policy-labels.txt');
		assert.strictEqual(kind, 'product');
		for (const kept of ['burns logs almost without smoke', 'packs into its own carry bag', 'Let it cool completely', "If the pit's steel ever fails"]) assert.ok(text.includes(kept), `lost ${kept}: ${text}`);
		for (const dropped of ['We ship for free', 'Copyright']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});
});

suite('Sign-up form lines', () => {
	test('a newsletter form\'s prompts are buy-box lines; sentences about email are not', () => {
		for (const line of ['Please enter a valid email.', 'Please enter your phone number.', 'You are already subscribed', 'Sign up', 'Email Address']) assert.ok(isBuyBoxLine(line), line);
		for (const line of ['Email us with any question about sizing.', 'Sign up for the workshop at the studio and learn to throw a mug.']) assert.ok(!isBuyBoxLine(line), line);
	});

	test("a back-in-stock or discount form's messages are buy-box lines; sentences that mention notifying or opting out are not", () => {
		for (const line of ['Oops! Something went wrong. Please try again.', 'You can opt out any time. Privacy Policy', 'Get Notified', 'Notify me when available', 'Enter your email for 15% off your order.', 'Thanks for signing up!']) assert.ok(isBuyBoxLine(line), line);
		for (const line of ['The app will notify you when a bird visits.', 'Opt for the larger bag if you brew daily.', 'Your email stays private.']) assert.ok(!isBuyBoxLine(line), line);
	});

	test("a gallery's and a carousel's controls, a video's fallback and a live-viewers count are buy-box lines; sentences that start alike are not", () => {
		for (const line of ['Previous slide of product details', 'Next image', 'View All 13 Images', 'Read more', 'See all details', 'Show more + Show less -', 'Your browser does not support the video tag.', 'Your user agent does not support the HTML5 Video element.', '16 people are viewing this right now']) assert.ok(isBuyBoxLine(line), line);
		for (const line of ['Read more about how the hemp is grown on our farms.', 'Next day the glaze sets hard.', 'Show less wear after a season than cotton does.', '16 people can sit around it.']) assert.ok(!isBuyBoxLine(line), line);
	});

	test("a currency picker's prices under an ISO code are buy-box lines; a spec sheet's codes with bare numbers are not", () => {
		for (const line of ['AED: 549.56AED', 'AUD: $232.60', 'ZAR: $2,679.54', 'SGD $192.64']) assert.ok(isBuyBoxLine(line), line);
		for (const line of ['ISO 9001', 'RAM: 16', 'USB 3.0', 'CPU: 3.20']) assert.ok(!isBuyBoxLine(line), line);
	});
});
