// Untitled frames (heuristics/untitledFrame.ts): a visible header and footer with no title around a product hidden until its script runs; the product is read.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { FRAME_MAX_CHARS, isUntitledFrame } from '../../src/core/extract/heuristics/untitledFrame';
import { HIDDEN_PAGE_MAX_CHARS, hiddenContent, wholePage } from '../../src/core/extract/kinds/wholePage';
import { dumpLines } from '../util/joinLines';
import { extractDumpText } from '../util/kindFixtures';

const PROSE = [
	'The kettle is drawn from one sheet of steel, so no seam meets the water and nothing leaches into your tea however long it sits on the stove.',
	'Its spout pours in a thin, even stream that a barista can steer, and the lid is hinged low so steam never crosses the back of your hand.',
	'A copper base spreads the heat of a gas ring or an induction plate evenly, and the handle stays cool because it is wrapped in walnut.',
	'Each kettle is polished by hand in our workshop and ships in a cotton bag with a care card, a descaling sachet and a ten-year guarantee.',
	'The whistle is a separate brass cap that lifts off for a quiet morning, and it sings a low note rather than a shriek when the water boils.',
	'Inside, a fine mesh strainer sits at the root of the spout and keeps limescale flakes and loose leaves out of your cup without slowing the pour.',
	'The body holds 1.2 litres to the brim and 1 litre to the fill line etched inside, enough for four large mugs or a full pot of tea for the table.',
	'We tested it on gas, electric coil, ceramic, induction and a camp stove, and it boiled a litre of cold water in under six minutes on each one.',
	'Wash it with warm water and a soft cloth, dry it on a low flame, and rub a drop of oil into the walnut once a season to keep the grain from drying.',
	'Should anything fail in ten years of ordinary use, send it back to the workshop and we will mend or replace it, and pay the postage both ways.',
	'The steel is recycled, the walnut comes from orchard trees felled at the end of their bearing life, and the packaging holds no plastic at all.',
	'Designed and made in Sheffield by a team of six, who have been spinning and welding kettles and pans in the same small workshop since 1987.',
	'Its flat lid doubles as a warming plate for a cup, and the wide mouth lets you reach in with a brush to clean every corner of the body.',
	'A small notch in the handle\'s underside lets it hang from a rail hook, so it can live on the wall beside the stove when it is not in use.',
	'Each batch is numbered, and the number stamped under the base tells you the month and year it left the bench and who finished it.',
	'Pair it with our stoneware cups, glazed in the same workshop, or with the walnut tray that catches any drips on the way to the table.',
];

/** A site's header menu and footer columns in opaque class words (no `nav`, no `footer`), over a hidden product or a visible one. */
function page(hidden: boolean, title = true): string {
	const menu = ['Kettles', 'Teapots', 'Cups', 'Gifts', 'Journal', 'About us', 'Stockists', 'Contact', 'Workshop visits', 'Gift cards', 'Trade enquiries', 'Care guides'];
	const legal = ['Shipping policy', 'Returns', 'Privacy', 'Terms of service', 'Accessibility', 'Cookie settings'];
	return dumpLines(
		'::: c8qz',
		menu.map((m, i) => `[${m}](/c/${i})`).join(' '),
		':::',
		'',
		`::: {.c3wv${hidden ? ' style="display:none"' : ''}}`,
		...(title ? ['# Stovetop Kettle, 1.2 litres', ''] : []),
		'€89.00',
		'',
		'Add to cart',
		'',
		...PROSE.flatMap((p) => [p, '']),
		':::',
		'',
		'::: c5fx',
		'Our shop',
		'',
		menu.map((m, i) => `[${m}](/f/${i})`).join(' '),
		'',
		'Help',
		'',
		legal.map((m, i) => `[${m}](/h/${i})`).join(' '),
		'',
		'Sign up for our letters from the workshop: new pieces, restocks and the odd recipe, once a month and never more.',
		'',
		'© 2026 Kettle Works Ltd. All rights reserved. Registered in England and Wales, company number 01234567.',
		':::',
	);
}

suite('Untitled frames', () => {
	test('a visible page without a title, longer than the empty-frame cap, is a frame; one with its title is not', () => {
		const hidden = new BlockIndex(parseDump(page(true)));
		const whole = wholePage(hidden);
		assert.ok(whole.chars >= HIDDEN_PAGE_MAX_CHARS && whole.chars < FRAME_MAX_CHARS, String(whole.chars));
		assert.ok(isUntitledFrame(whole));
		const visible = new BlockIndex(parseDump(page(false)));
		assert.ok(!isUntitledFrame(wholePage(visible)));
		assert.ok(!isUntitledFrame({ ...whole, chars: FRAME_MAX_CHARS }));
	});

	test('hidden text five times the frame is read; less is not', () => {
		const index = new BlockIndex(parseDump(page(true)));
		const whole = wholePage(index);
		const hidden = hiddenContent(index, whole);
		assert.ok(hidden && hidden.chars > whole.chars);
		const short = new BlockIndex(parseDump(page(true).replace(PROSE.slice(1).join('\n\n'), '')));
		assert.equal(hiddenContent(short, wholePage(short)), undefined);
	});

	test('the hidden product is read, not only the header and footer around it', () => {
		const { text } = extractDumpText(page(true));
		for (const p of PROSE) assert.ok(text.includes(p), text);
		// A hidden product without a title is read too (nothing visible has one either); a visible product is read as it is.
		const untitled = extractDumpText(page(true, false)).text;
		assert.ok(untitled.includes(PROSE[0]), untitled);
		const visible = extractDumpText(page(false)).text;
		assert.ok(visible.includes(PROSE[0]) && !visible.includes('Kettles Teapots'), visible);
	});
});
