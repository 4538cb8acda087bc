// The buy box and the review widget read what a shop says only to screen readers: a price container's aria-label, a star image's label; and the buy box near the name walks from each of the first h1s, hidden ones on a page hidden whole.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasBuyBoxNearName, MAX_BLOCKS_TO_PRICE } from '../../src/core/extract/kinds/buyBox';
import { hasBuyBoxAtName } from '../../src/core/extract/kinds/buyBoxAtName';
import { productHeading } from '../../src/core/extract/kinds/productRegion';
import { reviewWidgets } from '../../src/core/extract/kinds/reviewWidgets';
import { dumpLines } from '../util/joinLines';

const index = (dump: string): BlockIndex => new BlockIndex(parseDump(dump));

/** A price drawn in spans hidden from screen readers, read aloud from its container's label. */
const LABELLED_PRICE = dumpLines('::: {.c4q aria-label="current price $84.50, original price $99"}', '[\\$84.50]{aria-hidden="true"}[\\$99]{aria-hidden="true"}', ':::', '', '15% off', '');

suite('Buy box: labels and names', () => {
	test("a price container's aria-label is the price at the name", () => {
		assert.ok(hasBuyBoxAtName(index(dumpLines('# Ridge Runner 3', '', LABELLED_PRICE, 'Ripstop upper and a foam midsole.', ''))));
		// The same spans without the label print no price the walk can read.
		assert.ok(!hasBuyBoxAtName(index(dumpLines('# Ridge Runner 3', '', '::: c4q', '[\\$84.50]{aria-hidden="true"}', ':::', '', '15% off', ''))));
	});

	test("the name's subtitle heading is read past; a card's linked heading is not", () => {
		const title = (subtitle: string): string[] => ['::: c1t', '# Ridge Runner 3', '', subtitle, ':::', ''];
		assert.ok(hasBuyBoxAtName(index(dumpLines(...title("## Women's Trail Shoes"), '\\$84.50', ''))));
		assert.ok(hasBuyBoxAtName(index(dumpLines(...title("## Women's Trail Shoes"), LABELLED_PRICE))));
		// A heading beside the name, not in its title box, is a section's.
		assert.ok(!hasBuyBoxAtName(index(dumpLines('# Ridge Runner 3', '', "## Women's Trail Shoes", '', '\\$84.50', ''))), 'a section heading');
		assert.ok(!hasBuyBoxAtName(index(dumpLines('::: c1t', '# Trail Shoes', '', '## [Ridge Runner 3](/p/ridge-runner-3)', ':::', '', '\\$84.50', ''))), 'a card under a category');
		assert.ok(!hasBuyBoxAtName(index(dumpLines('# Ridge Runner 3', '', 'Ripstop upper.', '', '## Details', '', '\\$84.50', ''))), 'a later heading still ends the walk');
	});

	test('on a page hidden whole, the buy box near the name may follow its second hidden h1', () => {
		// A shop's lock-down app hides the page; its mobile title comes first, over a gallery of many lines.
		const gallery = Array.from({ length: MAX_BLOCKS_TO_PRICE + 2 }, (_, i) => `Open media ${i + 1} in modal\n`);
		const page = dumpLines('::: {style="display:none;"}', '# Dark Roast', '', ...gallery, '# Dark Roast', '', '\\$19.99', '', 'Sold out', '', ':::', '');
		assert.strictEqual(productHeading(index(page)), undefined, 'no visible h1');
		assert.ok(hasBuyBoxNearName(index(page)));
		// With the gallery after the second title, no h1 has a buy box near it.
		const far = dumpLines('::: {style="display:none;"}', '# Dark Roast', '', '# Dark Roast', '', ...gallery, '\\$19.99', '', 'Sold out', '', ':::', '');
		assert.ok(!hasBuyBoxNearName(index(far)));
	});
});

/** A review whose stars are a CSS image: its rating is only the image's label. */
const review = (name: string, title: string, text: string): string[] => [
	'::: c8r',
	'::: c2b',
	`by ${name} on March 3, 2025`,
	':::',
	'',
	'[ ]{.c5s role="img" aria-label="Rated 5 out of 5 stars"}',
	'',
	'::: c6t',
	title,
	':::',
	'',
	'::: c7u',
	text,
	':::',
	':::',
	'',
];

const DESCRIPTION = [
	'A broadcast dynamic microphone with a built-in preamp and a switchable presence boost, for voices that need gain.',
	'',
	'The cardioid capsule rejects sound from the sides and the rear, so a room with hard walls and a noisy street stays out.',
	'',
	'An internal shock mount and a thick foam windscreen take care of desk bumps and plosives without a separate pop filter.',
	'',
	'Two switches on the back set a bass roll-off for close speech and a presence lift for clarity on thin recordings.',
	'',
	'The yoke mount clamps to any standard stand or boom arm, and its captive nut means no small parts to lose on set.',
	'',
];

suite('Review widgets: a star image read by its label', () => {
	test('three reviews whose ratings are images make a widget', () => {
		const page = dumpLines(
			'# Studio Dynamic Microphone',
			'',
			// The product's own text outweighs its reviews (a page that is mostly reviews is read for them, MAX_WIDGETS_SHARE).
			...DESCRIPTION,
			'::: c1w',
			'## Customer Reviews',
			'',
			...review('Ada', 'Great mic', 'Warm and clear on spoken word; the preamp means my old interface finally has enough gain for it.'),
			...review('Ben', 'Solid build', 'Heavy and well made. The yoke holds its angle and the windscreen stays on when I move the boom arm.'),
			...review('Cy', 'Worth it', 'I record audiobooks in a spare room and it rejects the street noise better than my condenser ever did.'),
			':::',
			'',
		);
		const ix = index(page);
		const found = [...reviewWidgets(ix, productHeading(ix)).keys()];
		assert.ok(found.length > 0, 'a widget is found');
		// Without the labels the same reviews have no review line.
		const bare = index(page.replace(/ aria-label="Rated 5 out of 5 stars"/g, ''));
		assert.strictEqual(reviewWidgets(bare, productHeading(bare)).size, 0);
	});
});
