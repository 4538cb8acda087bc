// A shop's sign-up prompts and consent notes go from a product page by their own sentences, whatever their class words (heuristics/signupLines.ts).
import * as assert from 'node:assert';
import type { RemovedRegion } from '../../src/core/extract/article';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropSignupLines, isSignupLine, MAX_SIGNUP_LINE_CHARS } from '../../src/core/extract/heuristics/signupLines';
import { collapsedText } from '../../src/core/extract/inlineText';
import { extractDumpText } from '../util/kindFixtures';

const kept = (dump: string): string[] => {
	const removed: RemovedRegion[] = [];
	return dropSignupLines(parseDump(dump).blocks, removed).map((b) => collapsedText(b));
};

const STORY = [
	'The Tidewater kettle is spun from one sheet of copper and lined with tin, so the water never tastes of metal.',
	'Its handle is riveted through the body and wrapped in cane, which stays cool on a gas flame for as long as the kettle sings.',
	'Each one is hammered by hand in a small workshop by the harbour, and no two of them ring quite the same when tapped.',
	'It holds a litre and a half, enough for a pot of tea for four, and pours without a drip from its long curved spout.',
];

suite('Sign-up lines', () => {
	test('prompts, field labels, confirmations and consent notes are sign-up lines', () => {
		for (const line of [
			'Subscribe to our newsletter',
			'Sign up for exclusive offers, new arrivals and more',
			'Join our mailing list',
			'Email me when back in stock',
			'Get notified by email when this item is back.',
			'Provide a valid email address',
			'You are now subscribed to our emails',
			'Email Address *',
			'Subscribe to receive free recipes and garden tips!',
			'Keep me posted about new kettles by email. I can unsubscribe at any time.',
			'I agree to receive recurring marketing text messages at the number provided. Msg & data rates may apply.',
			'Your email address will be used to send you our letters about new kettles.',
		])
			assert.ok(isSignupLine(line), line);
	});

	test("a description's sentences about newsletters, e-mail or subscriptions stay", () => {
		for (const line of [
			'Our newsletter featured this kettle last spring.',
			'Join the two halves of the handle with the brass pin.',
			'Email support answers within a day.',
			'A subscription brings fresh tea leaves every month, and you can cancel at any time.',
			'Subscribe',
		])
			assert.ok(!isSignupLine(line), line);
		assert.ok(!isSignupLine(`Keep me posted. I can unsubscribe at any time. ${'More words of the page. '.repeat(40)}`.slice(0, MAX_SIGNUP_LINE_CHARS + 1)));
	});

	test('the lines go from paragraphs and list items; a list left empty goes', () => {
		const dump = ['# Tidewater Kettle', STORY[0], 'Subscribe to our newsletter', '-   Email me when back in stock', '-   Copper body\n-   Subscribe to receive our tea letter'].join('\n\n') + '\n';
		assert.deepStrictEqual(kept(dump), ['Tidewater Kettle', STORY[0], 'Copper body']);
	});

	test('on a product page, the back-in-stock and newsletter prompts go and the description stays', () => {
		const dump = ['# Tidewater Kettle', '$89.00', 'Out of stock', 'Email me when back in stock', 'Email Address *', '[Add to cart](/cart/add)', ...STORY, '## Join us', 'Sign up for exclusive offers and new arrivals', 'You are now subscribed to our emails'].join('\n\n') + '\n';
		const out = extractDumpText(dump);
		assert.strictEqual(out.kind, 'product');
		assert.ok(out.text.includes(STORY[3]), out.text);
		for (const gone of ['Email me when', 'Email Address', 'exclusive offers', 'now subscribed']) assert.ok(!out.text.includes(gone), `${gone}: ${out.text}`);
	});
});
