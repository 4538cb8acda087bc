// Navigation trees with long submenu entries or icons and media fallback sentences are not content; lists of long links and prose about browsers are.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropNavigationLists } from '../../src/core/extract/heuristics/navigationLists';
import { isMediaFallback, isMediaFallbackList } from '../../src/core/extract/heuristics/mediaFallback';

function kept(dump: string, columns = false): { kept: number; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	return { kept: dropNavigationLists(parseDump(dump).blocks, removed, columns).length, removed };
}

const MENU_TREE = [
	'-   [Garden Care](/care/)',
	'    -   [Lawn Mowing](/care/lawn/)',
	'        -   [Weekly Lawn Mowing and Edging for Small Gardens](/care/lawn/weekly/)',
	'        -   [One-off Lawn Rescue](/care/lawn/rescue/)',
	'    -   [Hedges](/care/hedges/)',
	'        -   [Hedge Trimming](/care/hedges/trim/)',
	'-   [Landscaping](/landscaping/)',
	'    -   [Patios and Paths in Natural Stone or Porcelain](/landscaping/patios/)',
	'-   [Tree Surgery](/trees/)',
	'',
].join('\n');

suite('Menu trees and media fallbacks', () => {
	test('a tree of links whose submenus hold longer entries (and single ones) is a menu', () => {
		const r = kept(MENU_TREE);
		assert.strictEqual(r.kept, 0);
		assert.strictEqual(r.removed[0].step, 'navigation-list');
	});

	test('a top-level list of long links is no menu: a listing of titles stays', () => {
		const titles = ['How we rebuilt a dry stone wall in a weekend', 'Choosing porcelain slabs for a shaded patio', 'Why our hedges are cut in late summer'];
		assert.strictEqual(kept(titles.map((t, i) => `-   [${t}](/blog/${i})`).join('\n') + '\n').kept, 1);
	});

	test('a submenu entry longer than a submenu allows keeps the tree', () => {
		const long = MENU_TREE.replace('One-off Lawn Rescue', 'One-off lawn rescue after a long dry summer, with reseeding and feeding');
		assert.strictEqual(kept(long).kept, 1);
	});

	test('a footer column whose entries each draw an icon after their link is a menu; one with a line of text under an entry is not', () => {
		const entry = (t: string, under: string): string[] => [`1.  [${t}](/${t.length})`, '', '    ::: icon-box', '    ![](/arrow.svg)', '    :::', ...(under ? ['', `    ${under}`] : [])];
		const column = (under: string): string => ['Features', '', ...entry('How It Works', ''), ...entry('For Teams', under), ...entry('Templates', ''), ''].join('\n');
		assert.strictEqual(kept(column('')).removed.filter((r) => r.step === 'navigation-list').length, 1);
		assert.strictEqual(kept(column('Shared projects for the whole office, with comments.')).removed.filter((r) => r.step === 'navigation-list').length, 0);
	});

	test('fallback sentences of video and audio players are recognised, prose about browsers is not', () => {
		for (const s of ['Your browser does not support the video tag.', "Sorry, your browser doesn't support embedded videos.", 'Your browser does not support HTML5 video.', 'Your browser does not support the audio element.']) {
			assert.ok(isMediaFallback(parseDump(`${s}\n`).blocks[0]), s);
		}
		for (const s of ['Your browser does not support the video tag, so we wrote up the steps below for you to follow.', 'Older browsers do not support video at all.']) {
			assert.ok(!isMediaFallback(parseDump(`${s}\n`).blocks[0]), s);
		}
		const carousel = parseDump('-   Your browser does not support the video tag.\n-   Your browser does not support the video tag.\n').blocks[0];
		assert.ok(isMediaFallbackList(carousel));
		assert.ok(!isMediaFallbackList(parseDump('-   Your browser does not support the video tag.\n-   Watch the tour\n').blocks[0]));
	});

	test('read whole, an accordion footer whose columns are plain labels over wrapped link lists is a menu, long entries and all', () => {
		const column = (label: string, links: string[]): string[] => [
			'-   ::: {.t4 .u8}',
			`    ${label}`,
			'',
			'    ::: {#p2 .w1}',
			'    ::: v6',
			...links.map((l, i) => `    -   [${l}](/${label.length}/${i})`),
			'    :::',
			'    :::',
			'    :::',
			'',
		];
		const footer = ['-   [About Us](/about)', '', '-   [Careers](/careers)', '', '-   [Environmental, Social and Governance](/esg)', '', ...column('Partnerships', ['Our partners', 'Cloud vendors', 'Banking platforms']), ...column('Services', ['Cloud migration', 'Data analytics'])].join('\n');
		const r = kept(footer + '\n', true);
		assert.strictEqual(r.kept, 0);
		assert.strictEqual(r.removed[0].step, 'navigation-list');
		// Asked without columns (a product page's read), the labelled columns keep the list.
		assert.strictEqual(kept(footer + '\n').kept, 1);
	});

	test('a list whose labelled entries hold prose, or plain labels without links, is no menu', () => {
		const prose = ['-   [Pricing](/pricing)', '-   [Support](/support)', '-   ::: t4', '    Migration', '', '    -   We move every mailbox over a weekend, so nobody loses a day of work.', '    :::', ''].join('\n');
		assert.strictEqual(kept(prose, true).kept, 1);
		const labels = ['-   ::: t4', '    Fast', '    :::', '-   ::: t4', '    Secure', '    :::', '-   ::: t4', '    Simple', '    :::', ''].join('\n');
		assert.strictEqual(kept(labels, true).kept, 1);
		// Without a labelled column, a top entry longer than a menu's stays a title: the list is no menu.
		assert.strictEqual(kept(['-   [About Us](/about)', '-   [Careers](/careers)', '-   [Environmental, Social and Governance](/esg)', ''].join('\n'), true).kept, 1);
	});
});
