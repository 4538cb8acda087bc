// Product pages: a list after the description whose every item is a short card with a price and a link is a rail of other products and goes.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropPricedListRails, isPricedListRail, unpricedProseAt } from '../../src/core/extract/heuristics/pricedListRails';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const FEATURES = [
	'- Soft foam tips: three sizes in the box, so the buds sit snugly and keep out the noise of a busy street or a train.',
	'- Long battery: eight hours a charge and four more charges in the case, enough for a week of commutes.',
];
const CARE = 'Wipe the tips with a dry cloth.';

function read(lines: string[]): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropPricedListRails(parseDump(dumpLines(...lines)).blocks, removed).map((b) => collapse(blockText(b)));
	return { kept, removed };
}

/** One ordered rail item: an image link, a name, a price linked to the other item's page. */
function railItem(n: number, name: string, price: string): string[] {
	return [`${n}.  [![${name}](/img/${n}.jpg)](/item/${n})`, '', `    ${name}`, '', `    [${price}](/item/${n})`, ''];
}

suite('Priced list rails on a product page', () => {
	test('an ordered rail of priced links after the selling points goes with its label, the care notes after it stay', () => {
		const { kept, removed } = read([
			'# Harbor Buds Wireless Earphones', '', 'EUR 29.90', '',
			'## About this item', '', ...FEATURES, '',
			'## More to consider', '', 'Page 1 of 2', '',
			...railItem(1, 'Quay Buds Mini', 'EUR 21.86'),
			...railItem(2, 'Pier Sound Pro', 'EUR 14.86'),
			...railItem(3, 'Tide Pods Max', 'EUR 41.11'),
			'## Care', '', CARE,
		]);
		assert.deepStrictEqual(kept.slice(-2), ['Care', CARE]);
		assert.ok(!kept.some((t) => t.includes('Quay Buds') || t.includes('More to consider')), kept.join(' | '));
		assert.ok(kept.some((t) => t.includes('Soft foam tips')));
		assert.deepStrictEqual(removed.filter((r) => r.step === 'priced-list-rail').map((r) => r.signal), ['More to consider']);
	});

	test('a list of priced options above the description stays, and so does a list whose items link nowhere else', () => {
		const lines = [
			'# Harbor Buds Wireless Earphones', '',
			'1.  [Black EUR 29.90](/item/a)', '2.  [White EUR 29.90](/item/b)', '3.  [Blue EUR 31.90](/item/c)', '',
			'## About this item', '', ...FEATURES, '',
			'## Bundles', '',
			'- Buds and case EUR 39.90 [details](#bundle-1)', '- Buds and cable EUR 33.90 [details](#bundle-2)', '- Buds, case and cable EUR 44.90 [details](#bundle-3)', '',
			'## Care', '', CARE,
		];
		const { kept, removed } = read(lines);
		assert.strictEqual(removed.length, 0);
		assert.ok(kept.some((t) => t.includes('Black EUR 29.90')));
		assert.ok(kept.some((t) => t.includes('Buds and case')));
	});

	test('the item test: three or more short priced items each with a link away; prose or two items are not a rail', () => {
		const rail = (items: string[]): boolean => isPricedListRail(parseDump(dumpLines(...items)).blocks[0]);
		assert.ok(rail(['- [Quay Buds](/i/1) $20', '- [Pier Sound](/i/2) $25', '- [Tide Pods](/i/3) $30']));
		assert.ok(!rail(['- [Quay Buds](/i/1) $20', '- [Pier Sound](/i/2) $25']));
		assert.ok(!rail(['- [Quay Buds](/i/1) $20', '- [Pier Sound](/i/2)', '- [Tide Pods](/i/3) $30']));
		assert.ok(!rail(['- [Quay Buds](/i/1) $20 ' + 'and a long sentence about them '.repeat(10), '- [Pier Sound](/i/2) $25', '- [Tide Pods](/i/3) $30']));
		assert.strictEqual(unpricedProseAt(parseDump(dumpLines('# Name', '', '$20', '', ...FEATURES)).blocks), 2);
	});
});
