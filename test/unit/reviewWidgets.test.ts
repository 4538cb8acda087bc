// Review widgets by their text (kinds/reviewWidgets.ts): ratings, helpfulness votes and badges make a container a product page's review widget, with class words that name nothing.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { collapsedText } from '../../src/core/extract/inlineText';
import { productHeading } from '../../src/core/extract/kinds/productRegion';
import { isReviewLine, reviewWidgets } from '../../src/core/extract/kinds/reviewWidgets';
import { dumpLines } from '../util/joinLines';
import { extractDumpText } from '../util/kindFixtures';

const INTRO = 'A twenty-five litre day pack with a panel zip, two stretch bottle pockets and a rain cover that stows in its base.';
const FEATURES = [
	'Ripstop nylon body with a water-repellent finish, and a recycled nylon base that shrugs off rock and gravel.',
	'Padded shoulder straps and a ventilated back panel of foam and air mesh keep a loaded pack comfortable all day.',
	'A removable hip belt, a sternum strap with a whistle buckle and a sleeve for a hydration reservoir.',
	'The top lid has a zip pocket on its underside for keys and a wallet, and a clip to hang them from inside.',
	'Daisy chains and bungee straps on each side take trekking poles or a wet jacket, and stow away when not needed.',
	'Made with materials that meet the bluesign criteria, and certified by a climate label that funds emission cuts.',
];
const REVIEWS = [
	'I carried this on a dozen day hikes this summer and it never rubbed; the side pockets hold a full litre bottle easily.',
	'Roomy and well made, though I wish the hip belt had a zip pocket for my phone. The rain cover saved my lunch twice.',
	'It sat oddly on my back until I shortened the straps. After that it was fine, but not as comfy as my old pack.',
];

/** One review as an unseen shop writes it: opaque classes, a name, the rating line, the text, the vote and a report link. */
function review(name: string, stars: number, text: string): string[] {
	return ['::: c1k9', '::: c7qa', name, '', `Rated ${stars}.0 out of 5 stars`, ':::', '', text, '', 'Helpful?', '', 'Report as inappropriate', ':::', ''];
}

/**
 * A product page whose classes are opaque: name, price, cart, an intro and a list of features, then a review widget
 * whose paragraphs are the page's longest prose (the article pipeline's pick without the widget rule).
 */
const PAGE = dumpLines(
	'::: c3xp',
	'::: c0hd',
	'# Trail 25 Day Pack',
	'',
	'\\$89.95',
	'',
	'Add to cart',
	':::',
	'',
	'::: c5dz',
	'## Features',
	'',
	INTRO,
	'',
	...FEATURES.map((f) => `- ${f}`),
	'',
	':::',
	'',
	'::: c8rv',
	'## Reviews',
	'',
	'4.4 out of 5',
	'',
	'159 Reviews',
	'',
	...review('Ryken', 5, REVIEWS[0]),
	...review('EastSideJ', 4, REVIEWS[1]),
	...review('Toby', 3, REVIEWS[2]),
	':::',
	':::',
);

suite('Review widgets', () => {
	test('review lines: ratings, votes, badges, in several languages; not a slide counter, a spec or a sentence', () => {
		for (const line of [
			'Rated 4.0 out of 5 stars',
			'4 out of 5 stars (12)',
			'5 stars',
			'4 von 5 Sternen',
			'4,5 / 5',
			'★★★★☆',
			'Was this review helpful?',
			'Helpful? Yes (3) No (1)',
			'12 people found this helpful',
			'War diese Bewertung hilfreich?',
			'Report as inappropriate',
			'Verified Buyer',
			'Achat vérifié',
			'Compra verificada',
			'Yes , I recommend this product',
			'No, I do not recommend this product',
		]) {
			assert.ok(isReviewLine(line), line);
		}
		for (const line of ['2 of 5', '3 / 5', 'Rated for use down to 5 bar', 'Five stars for comfort, and it is rated 5 out of 5 stars by our testers in every category', 'Water resistant to 50 m', INTRO]) {
			assert.ok(!isReviewLine(line), line);
		}
	});

	test('the widget is found; the wrapper that holds the description before the reviews is not', () => {
		const index = new BlockIndex(parseDump(PAGE));
		const widgets = [...reviewWidgets(index, productHeading(index)).keys()];
		assert.ok(widgets.length > 0);
		const texts = widgets.map((c) => collapsedText(c));
		assert.ok(texts.some((t) => t.includes(REVIEWS[0]) && t.includes(REVIEWS[2])), 'the list of reviews is a widget');
		assert.ok(texts.every((t) => !t.includes(INTRO)), 'no widget holds the description');
	});

	test('a product page read without class words keeps its description and drops its reviews', () => {
		const { text, kind } = extractDumpText(PAGE);
		assert.strictEqual(kind, 'product');
		assert.ok(text.includes(INTRO), text);
		for (const f of FEATURES) assert.ok(text.includes(f), f);
		for (const r of REVIEWS) assert.ok(!text.includes(r), r);
		assert.ok(!text.includes('Report as inappropriate'), text);
	});

	test('too few review lines, or widgets that hold most of the page, find nothing', () => {
		const one = dumpLines('# Trail 25 Day Pack', '', '::: c1', '4.4 out of 5', '', 'Helpful?', '', INTRO, ':::');
		const i1 = new BlockIndex(parseDump(one));
		assert.strictEqual(reviewWidgets(i1, productHeading(i1)).size, 0);
		// A page of a product's reviews: the reviews are its content.
		const reviewsPage = dumpLines('# Trail 25 Day Pack reviews', '', '::: c8rv', ...review('Ryken', 5, REVIEWS[0]), ...review('Toby', 3, REVIEWS[2]), ':::');
		const i2 = new BlockIndex(parseDump(reviewsPage));
		assert.strictEqual(reviewWidgets(i2, productHeading(i2)).size, 0);
	});
});
