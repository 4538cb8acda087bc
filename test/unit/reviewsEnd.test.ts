// Reviews end: after a product's reviews, a top-level section that names none of the item's words is the shop's own part, and the read ends there (heuristics/reviewsEnd.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { endAfterReviews } from '../../src/core/extract/heuristics/reviewsEnd';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';
import { extractDumpText } from '../util/kindFixtures';

const DESCRIPTION = 'A waterproof leather boot with a grippy sole, a padded collar and a lining that keeps your feet dry on long wet days, built on a last that leaves room for thick socks.';
const SPECS = 'Upper of full-grain leather, sole of recycled rubber, weight 540 g per boot in size 9.';
const REVIEW = 'Comfortable from the first day, and still dry after a week of rain on the hills.';
const STORY = 'Since 2013 our small team has worked with farms and mills to make better things in a better way for the planet.';
const PLEDGE = 'We plant a tree for every order and offset the carbon of every delivery we make.';

function read(lines: string[]): { kept: string[]; removed: RemovedRegion[] } {
	const blocks = parseDump(dumpLines(...lines)).blocks;
	const removed: RemovedRegion[] = [];
	const name = blocks.find((b) => b.kind === 'heading');
	return { kept: endAfterReviews(blocks, removed, name).map((b) => collapsedText(b)), removed };
}

const ITEM = ['# Ridgeline Trail Boot', '', '$129.00', '', 'Add to cart', '', '## Description', '', DESCRIPTION, '', '## Specifications', '', SPECS, ''];

suite('Reviews end', () => {
	test("a brand's story after the reviews, naming none of the item's words, ends the read", () => {
		const { kept, removed } = read([...ITEM, '## Customer Reviews', '', '### Dry feet', '', REVIEW, '', '# Better Things in a Better Way', '', STORY, '', '## Our pledge', '', PLEDGE]);
		assert.deepStrictEqual(kept.slice(-3), ['Customer Reviews', 'Dry feet', REVIEW]);
		assert.deepStrictEqual(removed.map((r) => [r.step, r.signal]), [['after-reviews', 'Better Things in a Better Way']]);
		// Through the whole product read too.
		const { text, kind } = extractDumpText(dumpLines(...ITEM, 'Reviews', '', REVIEW, '', '## Better Things in a Better Way', '', STORY, '', PLEDGE));
		assert.strictEqual(kind, 'product');
		assert.ok(text.includes(SPECS) && text.includes(REVIEW), text);
		assert.ok(!text.includes(STORY) && !text.includes(PLEDGE), text);
	});

	test("sections that name the item, label its data or its reviews stay; a later heading naming the item keeps what follows", () => {
		const { kept } = read([
			...ITEM, '## Reviews (2)', '', REVIEW, '',
			'## Why the Ridgeline?', '', STORY, '',
			'## Care for your leather', '', 'Wax the Ridgeline trail boot twice a season.', '',
			'## Review highlights', '', REVIEW, '',
			'## Our pledge', '', PLEDGE, '',
			'## Ridgeline sizing', '', 'The Ridgeline trail boot runs true to size.',
		]);
		assert.ok(kept.includes(STORY) && kept.includes('Wax the Ridgeline trail boot twice a season.') && kept.includes('Review highlights'), kept.join('\n'));
		assert.ok(!kept.includes(PLEDGE), kept.join('\n'));
		assert.ok(kept.includes('The Ridgeline trail boot runs true to size.'), kept.join('\n'));
	});

	test("under a reviews tab's line, h3 sections are judged when the first heading names reviews; a review's title with its stars or date stays", () => {
		const { kept, removed } = read([
			...ITEM, 'Reviews', '', '### Review highlights', '', REVIEW, '',
			'### Love them', '', '5 out of 5 stars', '', 'Great on the hills and in town alike, no blisters at all.', '',
			'### Wet week', '', 'March 3, 2026', '', 'Kept my feet dry for a week of rain.', '',
			'### Better Things in a Better Way', '', STORY, '',
			'### Our pledge', '', PLEDGE,
		]);
		assert.ok(kept.includes('Love them') && kept.includes('Wet week') && kept.includes('Kept my feet dry for a week of rain.'), kept.join('\n'));
		assert.ok(!kept.includes(STORY) && !kept.includes(PLEDGE), kept.join('\n'));
		assert.deepStrictEqual(removed.map((r) => r.signal), ['Better Things in a Better Way']);
		// A first heading that does not name reviews leaves h3s unjudged, as before.
		assert.strictEqual(read([...ITEM, 'Reviews', '', '### Dry feet', '', REVIEW, '', '### Better Things in a Better Way', '', STORY]).removed.length, 0);
	});

	test('with no reviews label, or foreign sections before it, nothing is cut', () => {
		assert.strictEqual(read([...ITEM, '## Better Things in a Better Way', '', STORY]).removed.length, 0);
		assert.strictEqual(read([...ITEM, '## Better Things in a Better Way', '', STORY, '', '## Reviews', '', REVIEW]).removed.length, 0);
	});
});
