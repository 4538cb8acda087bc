// Product pages: a newsletter's sign-up prompt after the description opens the site's footer, and the read ends there.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { endAtSignupPrompt } from '../../src/core/extract/heuristics/signupEnd';
import { dropSignupLines } from '../../src/core/extract/heuristics/signupLines';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

const DESCRIPTION =
	'A felted wool slipper with a cork footbed and a stitched leather sole, warm in winter and cool in spring. The wool is washable, and the footbed takes the shape of your foot within a week of wear.';
const SPECS = ['## Specifications', '', 'Upper: merino wool', '', 'Sole: leather', ''];
const FOOTER = ['## Our promise', '', 'We plant a tree for every pair we sell, and we ship in boxes made of paper we recycled ourselves.', '', '## Help', '', 'Shipping', '', 'Returns', '', 'Store locator', ''];

/** The sign-up lines go first, then the bound, as in the product strategy (kinds/product.ts). */
function read(lines: string[]): { kept: string[]; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const blocks = dropSignupLines(parseDump(dumpLines(...lines)).blocks, removed);
	return { kept: endAtSignupPrompt(blocks, removed).map((b) => collapse(blockText(b))), removed };
}

suite('A sign-up prompt ends a product read', () => {
	test('the shop pitch and the footer after a newsletter prompt go, the description and specifications stay', () => {
		const { kept, removed } = read([
			'# Felted Wool Slipper', '', '## Description', '', DESCRIPTION, '', ...SPECS,
			'Subscribe to our emails', '', 'Be the first to hear about new colours.', '', ...FOOTER,
		]);
		assert.deepStrictEqual(kept, ['Felted Wool Slipper', 'Description', DESCRIPTION, 'Specifications', 'Upper: merino wool', 'Sole: leather']);
		assert.deepStrictEqual(removed.map((r) => r.step), ['signup-line', 'signup-end']);
	});

	test('a back-in-stock prompt belongs to the buy box: the text after it stays', () => {
		const lines = ['# Felted Wool Slipper', '', '## Description', '', DESCRIPTION, '', 'Email me when back in stock', '', ...SPECS];
		assert.deepStrictEqual(read(lines).kept, ['Felted Wool Slipper', 'Description', DESCRIPTION, 'Specifications', 'Upper: merino wool', 'Sole: leather']);
	});

	test('a prompt before the description (a promotion bar) ends nothing', () => {
		const lines = ['# Felted Wool Slipper', '', 'Sign up for our newsletter and get 10% off', '', '## Description', '', DESCRIPTION, '', ...SPECS];
		assert.deepStrictEqual(read(lines).kept, ['Felted Wool Slipper', 'Description', DESCRIPTION, 'Specifications', 'Upper: merino wool', 'Sole: leather']);
	});
});
