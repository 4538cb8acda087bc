// Tab sets: a "tabs menu" holding its panels' prose is not chrome; a bar of tab labels, and a plain menu, still are.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isTabSetWithProse, MIN_TAB_SET_PROSE_CHARS, TAB_MENU_RE } from '../../src/core/extract/heuristics/tabSets';
import { isUnlikely } from '../../src/core/extract/prune';

const ANSWERS = [
	'Identity cover watches the credit files of every adult in the household and tells you by text message within a day when a new account, a hard search or a change of address appears under your name.',
	'When someone opens an account in your name, a caseworker of ours calls the lenders and the credit agencies for you, files the police report with you and follows the case until every record is put right.',
	'The plan repays money taken from your bank accounts by fraud, and the lawyers and the lost wages it costs you to put things right, up to the limit of the plan you chose when you joined the service.',
	'You can pause the cover for a month at a time, move it to a new address, or end it from your account page; what you paid for the current month is refunded in full within five working days.',
	'Children under eighteen are covered on the family plan at no extra charge, with alerts when a credit file is opened in their name, which should not happen before they are adults at all.',
	'Every alert names what changed and where, with a link to freeze the file at the agency in one step, and a number to call that a person answers at any hour of the day or night, all year.',
];

/** A tab set named `faq_tabs-menu`: each tab a question over its answer. */
function faqTabs(className: string, answers: readonly string[]): string {
	const tabs = answers.map((a, i) => ['::: faq_tabs-menu-link', `### Question ${i + 1}`, '', a, '', ':::', ''].join('\n'));
	// The page's own prose beside it, so that the tab set is not the page's frame.
	const page = [...ANSWERS, ...ANSWERS, ...ANSWERS].map((a) => a.replace(/^\w+/, 'Our')).join('\n\n');
	return [`::: ${className}`, ...tabs, ':::', '', page, ''].join('\n');
}

/** The outermost container of a dump and its index. */
function outer(dump: string): { index: BlockIndex; c: NonNullable<BlockIndex['containers'][number]> } {
	const index = new BlockIndex(parseDump(dump));
	return { index, c: index.containers[0] };
}

suite('Tab sets', () => {
	test('tab-menu words: a tabs menu or a menu of tabs, not a plain menu or tabs alone', () => {
		for (const w of ['faq_tabs-menu', 'filter-menu-tabs-c0d9', 'w-tab-menu', 'tab_menu']) assert.ok(TAB_MENU_RE.test(w), w);
		for (const w of ['main-menu', 'menu', 'tabs', 'tabset', 'megamenu-tab']) assert.ok(!TAB_MENU_RE.test(w), w);
	});

	test('a tabs menu holding its answers is kept; its label bar, and a menu of the same prose, are dropped', () => {
		const dump = faqTabs('faq_tabs-menu', ANSWERS);
		assert.ok(ANSWERS.join('').length >= MIN_TAB_SET_PROSE_CHARS);
		const tabs = outer(dump);
		assert.ok(isTabSetWithProse(tabs.index, tabs.c, 'faq_tabs-menu'));
		assert.equal(isUnlikely(tabs.index, tabs.c), undefined);
		const bar = outer(faqTabs('faq_tabs-menu', ANSWERS.map((a) => a.slice(0, 40))));
		assert.equal(isUnlikely(bar.index, bar.c), 'menu');
		const menu = outer(faqTabs('site-menu', ANSWERS));
		assert.equal(isUnlikely(menu.index, menu.c), 'menu');
	});
});
