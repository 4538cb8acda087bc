// Hidden alternatives (heuristics/hiddenAlternatives.ts): a short notice hidden beside a page's hidden content is the page's other state, not its text.
import * as assert from 'node:assert/strict';
import { extractDumpText } from '../util/kindFixtures';

/** A shop category whose whole content, and a lock-down notice beside it, wait hidden for a script; opaque class words. */
function lockedPage(noticeLines: string[], contentParagraphs: number): string {
	const cards = ['Harbour roast', 'Dark harbour roast', 'Morning harbour roast', 'Evening harbour roast', 'Decaf harbour roast', 'Cold brew harbour blend'];
	return [
		'[Skip to content](#k2)',
		'',
		'::: {#k2 .c7q role="main"}',
		'::: {.c1x style="display:none;text-align:center;"}',
		...noticeLines,
		':::',
		'',
		'::: {.c9m style="display:none;"}',
		'# Whole bean coffee',
		'',
		...Array.from({ length: contentParagraphs }, (_, i) => [
			`Our roasters pick the beans for batch ${i + 1} by hand, roast them on Monday in small drums by the river and ship every bag the same week, so each one reaches you within days of the roast, still full of its aroma.`,
			'',
		]).flat(),
		...cards.flatMap((name, i) => [`-   [${name}](/products/${name.toLowerCase().replace(/\W+/g, '-')})`, '', `    \\$${19 + i}.99`, '']),
		':::',
		':::',
		'',
	].join('\n');
}

const NOTICE = ['Access Denied', '', 'IMPORTANT! If you are the store owner, please make sure customer accounts are enabled, as this page is locked to signed-in customers. [Enable customer accounts](/admin/settings)', ''];

suite('hidden alternatives', () => {
	test('a lock-down notice hidden beside the hidden content goes; the content is read', () => {
		const { text } = extractDumpText(lockedPage(NOTICE, 12));
		assert.ok(text.includes('Cold brew harbour blend') && text.includes('batch 12'), text);
		assert.ok(!text.includes('Access Denied') && !text.includes('store owner'), text);
	});

	test('a hidden box of its own weight beside the content stays (two tabs, not a notice)', () => {
		const tab = ['## Brewing guide', '', ...Array.from({ length: 4 }, (_, i) => [`Step ${i + 1}: weigh the coffee, grind it medium-fine for a filter and pour water just off the boil in three slow circles, letting it bloom for half a minute before the rest goes in, then wait for the bed to drain evenly.`, '']).flat()];
		const { text } = extractDumpText(lockedPage(tab, 12));
		assert.ok(text.includes('Brewing guide') && text.includes('Step 4'), text);
		assert.ok(text.includes('Cold brew harbour blend'), text);
	});
});
