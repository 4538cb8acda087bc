// ARIA panels: a landing page's FAQ answers folded into hidden accordion panels (role="region", labelled by their trigger) are read; hidden dialogs and menus are not.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isAriaPanel } from '../../src/core/extract/heuristics/ariaPanels';
import { isDisclosurePanel } from '../../src/core/extract/heuristics/disclosurePanels';
import type { Attributes } from '../../src/core/model/dumpDocument';
import { extractDumpText, KIND_FIXTURES } from '../util/kindFixtures';

function attrs(pairs: [string, string][], id?: string, classes: string[] = []): Attributes {
	return { id, classes, pairs, range: { start: 0, end: 0 } };
}

const ANSWERS = [
	'An engineer reaches most homes in the valley within the hour, and the night team covers every call between ten and six.',
	'The fixed price covers labour and the common parts the van carries; a new boiler or a rare valve is quoted before it is ordered.',
	'Every repair is guaranteed for a year, and we come back at no charge when the same fault returns in that time.',
];

/** An FAQ accordion written to the ARIA pattern, with hashed class names: each answer hidden and labelled by its heading. */
function accordion(): string {
	const items = ['How fast can you come?', 'What does the fixed price cover?', 'Is the work guaranteed?'].map((q, i) => [
		`::: {.css-x${i}Qz}`,
		`### [${q}]{#item-${i}-heading}`,
		'',
		`::: {#item-${i}-content .css-k3Jd aria-hidden="true" aria-labelledby="item-${i}-heading" hidden=""}`,
		ANSWERS[i],
		'',
		':::',
		':::',
		'',
	].join('\n'));
	return ['::: {.faq}', '## Frequently asked questions', '', ...items, ':::', ''].join('\n');
}

/** A hidden newsletter dialog labelled by its title, as landing pages keep beside their content. */
function dialog(): string {
	return [
		'::: {#newsletter .css-p0p role="dialog" aria-labelledby="newsletter-title" aria-hidden="true"}',
		'### Sign up for our newsletter {#newsletter-title}',
		'',
		'Get seasonal boiler checks and winter discounts for the whole valley sent to your inbox every single week.',
		'',
		':::',
		'',
	].join('\n');
}

/** A plumber's landing page of headed sections (test/fixtures/kinds/landing-sections.txt), its FAQ folded into an accordion. */
function servicePage(): string {
	const page = fs.readFileSync(path.join(KIND_FIXTURES, 'landing-sections.txt'), 'utf8');
	const at = page.indexOf('::: {.cta-block}');
	assert.ok(at > 0);
	return page.slice(0, at) + accordion() + dialog() + page.slice(at);
}

suite('ARIA panels', () => {
	test('a tab panel or an accordion region, or a container labelled by its trigger, heading or tab, is a panel', () => {
		assert.ok(isAriaPanel(attrs([['role', 'tabpanel'], ['aria-labelledby', '255179934']])));
		assert.ok(isAriaPanel(attrs([['role', 'region']], 'data-40064-content')));
		assert.ok(isAriaPanel(attrs([['aria-labelledby', 'item-0-heading'], ['hidden', '']], 'item-0-content')));
		assert.ok(isAriaPanel(attrs([['aria-labelledby', 'id-2-trigger']], 'id-2-panel')));
		assert.ok(isAriaPanel(attrs([['aria-labelledby', 'tabs-bui11-tab-1']])));
	});

	test('dialogs, menus, footers and containers labelled by anything else are not panels', () => {
		assert.ok(!isAriaPanel(undefined));
		assert.ok(!isAriaPanel(attrs([['role', 'dialog'], ['aria-labelledby', 'modal-title']])));
		assert.ok(!isAriaPanel(attrs([['aria-labelledby', 'ctaModalHeading']], 'ctaModal', ['modal', 'fade'])));
		assert.ok(!isAriaPanel(attrs([['aria-labelledby', 'radix-trigger-features']], undefined, ['navigation-menu__content'])));
		assert.ok(!isAriaPanel(attrs([['aria-labelledby', 'footer_about-heading']], 'footer-accordion3', ['footer_accordion-content'])));
		assert.ok(!isAriaPanel(attrs([['role', 'region'], ['aria-label', 'Search']], 'site-search')));
		assert.ok(!isAriaPanel(attrs([['aria-labelledby', 'newsletter']])));
		assert.ok(!isAriaPanel(attrs([['hidden', '']], 'item-0-content')));
	});

	test('a service page keeps its folded FAQ answers and leaves its hidden dialog out', () => {
		const { text, kind } = extractDumpText(servicePage());
		assert.equal(kind, 'service');
		assert.match(text, /Our engineers repair leaking/);
		assert.match(text, /Is the work guaranteed\?/);
		for (const a of ANSWERS) assert.ok(text.includes(a), a);
		assert.doesNotMatch(text, /newsletter|inbox/i);
	});

	test('without the ARIA markup a hidden answer stays out', () => {
		// Headings that do not ask: a hidden container right after a question is an answer whatever its markup (kinds/faqAnswers.ts).
		// Triggers that are not headings: a hidden body right under a heading is a headed panel (heuristics/headedPanels.ts).
		const { text } = extractDumpText(servicePage().replace(/ aria-labelledby="item-\d-heading"/g, '').replace(/\?\]/g, ']').replace(/### \[/g, '['));
		for (const a of ANSWERS) assert.ok(!text.includes(a), a);
	});

	test('a hidden wrapper round an ARIA panel (the height animation of an accordion theme) is a panel; round a dialog or two blocks it is not', () => {
		const wrapped = (inner: string, extra = ''): boolean => {
			const index = new BlockIndex(parseDump([
				'[Dimensions & Materials]{.css-t1}', '',
				'::: {.css-w9 style="overflow:hidden;display:none;opacity:0;height:0px"}',
				`::: {#p1 .css-k3 ${inner}}`, ANSWERS[0], ':::', extra, ':::', '',
			].join('\n')));
			const outer = index.containers.find((c) => c.attrs?.classes.includes('css-w9'));
			assert.ok(outer);
			return isDisclosurePanel(outer);
		};
		assert.ok(wrapped('role="region" aria-labelledby="accordion-button-:R6q:"'));
		assert.ok(wrapped('aria-labelledby="item-2-trigger"'));
		assert.ok(!wrapped('role="dialog" aria-labelledby="modal-title"'), 'a dialog');
		assert.ok(!wrapped('.css-k4'), 'no ARIA markup');
		assert.ok(!wrapped('role="region" aria-labelledby="x-button"', '\nA second paragraph of the hidden wrapper itself.\n'), 'more than the panel');
	});
});
