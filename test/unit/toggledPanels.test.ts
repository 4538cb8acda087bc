// Toggled panels: on a product page, a hidden container right after a collapsed disclosure button (aria-expanded="false") is read; one elsewhere, an open button's or a dialog is not.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { followsCollapsedToggle } from '../../src/core/extract/heuristics/toggledPanels';
import { extractDumpText } from '../util/kindFixtures';

const OILS = 'Sweet almond oil, apricot kernel oil, grapeseed oil, vitamin E and a blend of cedar and orange essential oils, pressed and bottled in small batches at our workshop by the river.';
const STORY = 'Our beard balm is stirred by hand in copper pans, poured into tins while warm and left to set overnight before it is labelled.';

/** A hidden panel with opaque class words, as an unseen shop writes it. */
const panel = (attrs = '.q7x style="display: none;"'): string => `::: {${attrs}}\nFull list of oils\n\n${OILS}\n:::`;
/** The disclosure button, as a span with the ARIA state and opaque class words. */
const button = (expanded: string): string => `[ **SEE ALL INGREDIENTS** ]{.k2p role="button" tabindex="0" aria-expanded="${expanded}" aria-controls="panel-71"}`;

/** A grooming shop's product page with a collapsed ingredients panel under its button; `between` goes between the two. */
function balmPage(trigger: string, hidden = panel(), between = ''): string {
	return ['# Cedar Beard Balm', '', '\\$18.00', '', 'Add to cart', '', '## About the balm', '', STORY, '', trigger, '', between, '', hidden, ''].join('\n');
}

suite('Toggled panels', () => {
	const first = (dump: string): boolean => {
		const index = new BlockIndex(parseDump(dump));
		const c = index.containers.find((x) => x.kind === 'div' || x.kind === 'htmlDiv');
		assert.ok(c);
		return followsCollapsedToggle(index, c);
	};

	test('a hidden container right after a collapsed button is a toggled panel', () => {
		assert.ok(first(`${button('false')}\n\n${panel()}\n`));
		assert.ok(first(`### [Ingredients]{role="button" aria-expanded="false"} {#ingredients}\n\n${panel('.q7x aria-hidden="true"')}\n`), 'a heading that is the button');
		assert.ok(first(`**[ See all ]{aria-expanded="false"}**\n\n${panel()}\n`), 'inside emphasis');
	});

	test('an open button, a plain line, a visible container or a dialog is not', () => {
		assert.ok(!first(`${button('true')}\n\n${panel()}\n`), 'the button says it is open');
		assert.ok(!first(`See all ingredients\n\n${panel()}\n`), 'no ARIA state');
		assert.ok(!first(`${button('false')}\n\n${panel('.q7x')}\n`), 'not hidden: read anyway');
		assert.ok(!first(`${button('false')}\n\n${panel('.q7x role="dialog" style="display: none;"')}\n`), 'a dialog');
		const menu = '::: {.m3 style="display: none;"}\n-   [Beard oils](/oils)\n-   [Beard balms](/balms)\n-   [Combs and brushes](/combs)\n-   [Gift sets](/gifts)\n:::';
		assert.ok(!first(`[Shop]{aria-expanded="false"}\n\n${menu}\n`), "a menu's links, without a menu role");
	});

	test('a product page reads the panel its collapsed button opens', () => {
		const out = extractDumpText(balmPage(button('false')));
		assert.equal(out.kind, 'product');
		assert.ok(out.text.includes(STORY), out.text);
		assert.ok(out.text.includes(OILS), out.text);
	});

	test('a hidden container after an open button, or not right after the button, stays out', () => {
		const open = extractDumpText(balmPage(button('true')));
		assert.equal(open.kind, 'product');
		assert.ok(!open.text.includes(OILS), open.text);
		const apart = extractDumpText(balmPage(button('false'), panel(), 'Free returns within 30 days.'));
		assert.equal(apart.kind, 'product');
		assert.ok(!apart.text.includes(OILS), apart.text);
	});
});
