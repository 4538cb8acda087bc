// Product pages: a later section that prints prices of its own (an offer, other products' cards) leaves the product's text.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropPricedSections } from '../../src/core/extract/heuristics/pricedSections';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION = 'A 25-litre daypack of ripstop nylon with a padded back panel, a rain cover in its lid and room for a bladder.';
const SPECS = 'Weighs 1.1 kg, fits torsos of 40 to 50 cm, and carries up to 9 kg in comfort on a long day out.';

function texts(lines: string[]): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropPricedSections(parseDump(dumpLines(...lines)).blocks, removed).map((b) => collapse(blockText(b)));
	return { kept, removed };
}

suite('Priced sections', () => {
	test('an offer section with two price lines goes with its sub-sections; the description and specifications stay', () => {
		const { kept, removed } = texts([
			'# Trail 25 Pack', '', 'Only $89.95 for members', '', 'Add to basket for $99.95', '',
			'## Description', '', DESCRIPTION, '',
			'## This purchase pays for membership!', '', 'Join once for $30 and earn rewards.', '', '### Bonus card', '', 'Add a one-time membership: $30', '',
			'## Specifications', '', SPECS,
		]);
		assert.deepStrictEqual(kept, ['Trail 25 Pack', 'Only $89.95 for members', 'Add to basket for $99.95', 'Description', DESCRIPTION, 'Specifications', SPECS]);
		assert.deepStrictEqual(removed.map((r) => [r.step, r.signal]), [['priced-section', 'This purchase pays for membership!']]);
	});

	test('one price in a section, or prices inside a long sentence, keep it', () => {
		const sentence = `From just $2.65 per meal, or $2.40 when you subscribe, ${DESCRIPTION}`;
		const { kept } = texts(['# Trail 25 Pack', '', '## Good value', '', 'From $2.65 per meal', '', DESCRIPTION, '', '## Prices', '', sentence, '', sentence]);
		assert.strictEqual(kept.length, 7);
	});

	test("the first heading's section (the product's name and buy box) is never judged", () => {
		const { kept } = texts(['## Trail 25 Pack', '', '$99.95', '', 'Members: $89.95', '', DESCRIPTION]);
		assert.strictEqual(kept.length, 4);
	});
});
