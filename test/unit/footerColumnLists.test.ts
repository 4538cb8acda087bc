// Footer column lists (heuristics/footerColumnLists.ts): on a product page, one list whose items are labelled columns of links (a menu plugin's footer) opens the footer, as side-by-side columns do.
import * as assert from 'node:assert';
import { dumpLines } from '../util/joinLines';
import { cutAtFooterColumns as cut } from '../util/footerCut';

const PRODUCT = [
	'# Garden Feeder Camera',
	'',
	'A feeder with a camera that takes a photo of every bird that lands on it, and tells you which species it was.',
	'',
	'- The roof keeps the seeds dry in rain and snow, and the side windows show how much seed is left.',
	'- The camera charges over a cable, or from the solar roof sold with the feeder in the larger set.',
	'',
	'## Specifications',
	'',
	'Height 23 cm, width 16 cm, depth 17 cm; seed capacity 0.9 litres; weight unfilled 600 g, filled 1150 g.',
];

/** A menu plugin's footer: one list, its first item a toggle, then columns of a heading over a wrapped list of links (one of two links). */
const FOOTER_LIST = [
	'-   ::: {.k1}',
	'    Enable Accessibility',
	'    :::',
	'',
	'    ::: {.k2}',
	'    Disable Accessibility',
	'    :::',
	'',
	'-   ### Projects',
	'',
	'    ::: k3',
	'    -   [Heartbeat](https://feeder.example/heartbeat)',
	'    -   [Story Works](https://feeder.example/stories)',
	'    :::',
	'',
	'-   ### Resources',
	'',
	'    ::: k3',
	'    -   [Shop](https://feeder.example/shop)',
	'    -   [Blog](https://feeder.example/blog)',
	'    -   [Privacy Policy](https://feeder.example/privacy)',
	'    :::',
	'',
	'-   ### Who we are',
	'',
	'    ::: k3',
	'    -   [Meet the Team](https://feeder.example/team)',
	'    -   [Careers](https://feeder.example/careers)',
	'    :::',
];


suite('Footer column lists', () => {
	test('a list whose items are mostly labelled columns of links opens the footer, its toggle item with it', () => {
		const { text: out, removed } = cut(dumpLines(...PRODUCT, '', ...FOOTER_LIST));
		assert.deepStrictEqual(removed.map((r) => r.step), ['footer-column-runs']);
		for (const gone of ['Enable Accessibility', 'Projects', 'Careers', 'Privacy Policy']) assert.ok(!out.includes(gone), out);
		assert.ok(out.includes('seed capacity 0.9 litres'), out);
	});

	test('two column items are not a footer, nor a list whose items are mostly not columns', () => {
		// The toggle and the first two columns only.
		assert.deepStrictEqual(cut(dumpLines(...PRODUCT, '', ...FOOTER_LIST.slice(0, 22))).removed, []);
		// The item's own notes in the same list, three columns among four prose items.
		const notes = ['-   The feeder hangs from a branch or stands on a pole, and the camera turns to face the perch.', '', '-   Refill it from the back door, which snaps open without tools.', '', '-   The app names the species and keeps an album of the visits, shared with up to ten people.', '', '-   The camera module is rated IP67 and works from -20 to 48 degrees.', ''];
		assert.deepStrictEqual(cut(dumpLines(...PRODUCT, '', ...notes, ...FOOTER_LIST.slice(8))).removed, []);
	});
});
