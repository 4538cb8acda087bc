// Consent dialogs by their text (heuristics/consentText.ts): a cookie banner and its settings sheet in opaque class words are found, and left out of a product page; a recipe's cookies and a cookie policy page are not.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { CONSENT_BUTTON_RE, consentDialogsByText } from '../../src/core/extract/heuristics/consentText';
import { dumpLines } from '../util/joinLines';
import { extractDumpText } from '../util/kindFixtures';

const SERVICE = [
	'We plan and build garden rooms for people who work from home, from the first sketch on the kitchen table to the day the electrician signs off the wiring.',
	'Every room is insulated to the standard of a new house, so it stays warm through the winter on a small heater and cool in the summer with the windows open.',
	'Our team of six carpenters works on one site at a time, which is why we can promise a finished room in three weeks from the day the base is poured.',
	'Planning permission is rarely needed for a room under two and a half metres tall, and when it is, we draw the plans and handle the application for you.',
];
const BANNER = 'We use cookies to give you the best experience on our website and to see which pages you find useful.';
const SHEET = 'Strictly necessary cookies keep the site working and cannot be switched off; the others help us improve it.';

/** A product page in opaque class words with a cookie banner and a settings sheet inside its wrapper, as a consent plugin writes them. */
function page(...extra: string[]): string {
	return dumpLines(
		'::: c1mn',
		'# Garden Room Kit, 3 × 4 m',
		'',
		'£8,900.00',
		'',
		'Add to cart',
		'',
		'In stock',
		'',
		...SERVICE.flatMap((p) => [p, '']),
		'::: c7bn',
		'::: c8tx',
		BANNER,
		':::',
		'',
		'::: c9bt',
		'Accept all',
		'',
		'Reject all',
		':::',
		':::',
		'',
		'::: c4sh',
		'[Privacy Overview]{.c5tl}',
		'',
		'::: c6ds',
		SHEET,
		':::',
		'',
		'Enable All Save Changes',
		':::',
		':::',
		...extra,
	);
}

suite('Consent dialogs by their text', () => {
	test('button labels in several languages are consent buttons; other short lines are not', () => {
		for (const label of ['Accept', 'Accept all cookies', 'I agree', 'Reject all', 'Allow all', 'Enable All Save Changes', 'Alle akzeptieren', 'Tout accepter', 'Aceptar todo', 'Accetta tutti', 'Alles accepteren', 'Godkänn alla']) {
			assert.ok(CONSENT_BUTTON_RE.test(label), label);
		}
		for (const label of ['Got it', 'OK', 'Add to cart', 'Acceptance criteria and tests', 'Learn more']) assert.ok(!CONSENT_BUTTON_RE.test(label), label);
	});

	test('the banner and the settings sheet are found, and a product page is read without them', () => {
		const index = new BlockIndex(parseDump(page()));
		const found = [...consentDialogsByText(index).keys()].map((c) => (c.kind === 'div' ? c.attrs.classes[0] : ''));
		assert.deepEqual(found.sort(), ['c4sh', 'c7bn']);
		const { text, kind } = extractDumpText(page());
		assert.equal(kind, 'product');
		for (const p of SERVICE) assert.ok(text.includes(p), text);
		assert.ok(!text.includes(BANNER) && !text.includes(SHEET), text);
	});

	test('cookies in a recipe beside a "Got it" tip, and a cookie policy page with its own settings, are no dialog', () => {
		const recipe = dumpLines('::: c2rc', '# Brown butter cookies', '', 'Chill the cookie dough for an hour before baking so the cookies keep their shape in the oven.', '', 'Got it', ':::');
		assert.equal(consentDialogsByText(new BlockIndex(parseDump(recipe))).size, 0);
		const policy = dumpLines('::: c3pl', '# Cookie policy', '', BANNER, '', SHEET, '', 'Accept all', ':::');
		assert.equal(consentDialogsByText(new BlockIndex(parseDump(policy))).size, 0);
	});
});
