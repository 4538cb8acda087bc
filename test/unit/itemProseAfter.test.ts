// Item prose after: after an other-products section, only prose naming the item (or under a heading of its data) keeps a product read going (heuristics/itemProseAfter.ts, in recommendationSections.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { endAtRecommendations } from '../../src/core/extract/heuristics/recommendationSections';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';
import { forcedText } from '../util/kindFixtures';

const DESCRIPTION =
	'We love the Linen Harbor Dress: a light linen dress with a wrap front, two deep pockets and a hem that falls just below the knee, cut for hot summer days and cool evenings alike.';
const QUOTES = [
	'I have ordered from this shop three times now and every parcel arrived quickly, wrapped with care, with a handwritten note from the owner. I will be back for more soon!',
	'A wonderful selection of sustainable fashion from small makers, and the team answered all my questions about sizes within the hour. Such a lovely experience, thank you!',
	'The best online boutique I know: beautiful pieces, fair prices and a founder who truly cares about the planet and the people who make the clothes. Highly recommended.',
];
const MORE_ABOUT_ITEM =
	'The Linen Harbor Dress is washed after sewing, so the linen dress is soft from the first wear and will not shrink; wash it cold and hang it to dry to keep its colour for years and years.';
/** The shop's testimonials, under a heading of their own. */
const TESTIMONIALS = ['## What our clients say…', '', ...QUOTES.flatMap((q) => [q, ''])];

/** A product's name, price and description, then a related-products grid of priced cards. */
const ITEM = [
	'# Linen Harbor Dress', '', '€132.00', '', 'Add to basket', '', '## Description', '', DESCRIPTION, '',
	'## Related products', '', '### Sand Dune Skirt', '', '€95.00', '', '### Coral Reef Top', '', '€74.00', '', '### Sea Glass Shirt', '', '€88.00', '',
];

function read(lines: string[], withName = true): { kept: string[]; removed: RemovedRegion[] } {
	const blocks = parseDump(dumpLines(...lines)).blocks;
	const removed: RemovedRegion[] = [];
	const name = withName ? blocks.find((b) => b.kind === 'heading') : undefined;
	return { kept: endAtRecommendations(blocks, removed, name).map((b) => collapsedText(b)), removed };
}

suite('Item prose after other products', () => {
	test("a shop's testimonials after the related-products grid, naming the shop but not the item, end the read", () => {
		const page = [...ITEM, ...TESTIMONIALS, 'Contact us', '', 'Shipping info'];
		const { kept, removed } = read(page);
		assert.strictEqual(kept[kept.length - 1], DESCRIPTION);
		assert.deepStrictEqual(removed.map((r) => [r.step, r.signal]), [['recommendations', 'Related products']]);
		// Through the whole product read too.
		const text = forcedText(dumpLines(...page), 'product');
		assert.ok(text.includes(DESCRIPTION), text);
		assert.ok(!QUOTES.some((q) => text.includes(q)), text);
	});

	test("the item's text after the grid, or a heading of its data, keeps the read going; so does a page with no name", () => {
		const named = read([...ITEM, '## About this dress', '', MORE_ABOUT_ITEM, '', ...TESTIMONIALS]).kept;
		assert.ok(named.includes(MORE_ABOUT_ITEM), named.join('\n'));
		const data = read([...ITEM, '## Ingredients', '', 'Linen, cotton thread.', '', ...TESTIMONIALS]).kept;
		assert.ok(data.includes('Linen, cotton thread.'), data.join('\n'));
		const unnamed = read([...ITEM, ...TESTIMONIALS], false).kept;
		assert.ok(unnamed.includes(QUOTES[0]), unnamed.join('\n'));
	});

	test('a name the text before the section never names (a wrong name) changes nothing', () => {
		const page = ['# Follow the author', '', '€12.00', '', '## Description', '', QUOTES[0], '', '## Related products', '', '### A book', '', '€9.00', '', '## What readers say', '', ...QUOTES.slice(1).flatMap((q) => [q, ''])];
		assert.ok(read(page).kept.includes(QUOTES[2]));
	});

	test("short lines naming the item after the grid keep the read going where no long paragraph came before it (the count's second direction)", () => {
		// A lamp's page: its name, a short line about it, a recommendations grid, then its features in short lines that
		// name it. No paragraph before the grid reaches recommendationSections.ts `PROSE_PARAGRAPH_CHARS`, so counting long
		// prose alone (0 after, 0 before) ended the read at the grid; the lines naming the item count at any length.
		const features = ['The Portman Retro Lamp dims in ten steps.', 'Portman Retro Lamp shade: walnut and brass.'];
		const page = [
			'# Portman Retro Lamp', '', '€89.00', '', 'The Portman Retro Lamp, made in walnut.', '',
			'## You may also like', '', '### Desk Clock', '', '€45.00', '', '### Wall Shelf', '', '€39.00', '', '### Book Stand', '', '€29.00', '',
			'## Portman Retro Lamp features', '', ...features.flatMap((f) => [f, '']),
		];
		const { kept, removed } = read(page);
		for (const f of features) assert.ok(kept.includes(f), kept.join('\n'));
		assert.ok(!kept.includes('Desk Clock'), kept.join('\n'));
		assert.deepStrictEqual(removed.map((r) => [r.step, r.signal]), [['recommendations', 'You may also like']]);
	});
});
