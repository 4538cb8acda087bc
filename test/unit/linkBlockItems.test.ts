// Link blocks: a footer column whose entries are links wrapping a block (an empty link over the label) is navigation.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropNavigationLists } from '../../src/core/extract/heuristics/navigationLists';
import { collapse, collapsedText } from '../../src/core/extract/inlineText';

/** One footer entry as pandoc writes `<li><a href class="w-inline-block"><div>label</div></a></li>`. */
function entry(href: string, label: string): string {
	return [`-   [[](${href}){.footer-link .w-inline-block}]{#node-1}`, '', '    <div>', '', `    ${label}`, '', '    </div>'].join('\n');
}

const PROSE = 'Our editors publish every change the moment it is approved, and each page keeps the history of who changed what.';

function keptText(dump: string): { text: string; removed: RemovedRegion[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropNavigationLists(parseDump(dump).blocks, removed);
	return { text: kept.map((b) => collapse(collapsedText(b))).join(' | '), removed };
}

suite('Link blocks (menu entries that wrap a block)', () => {
	test('a footer column of empty links over short labels is dropped as navigation; the prose stays', () => {
		const dump = ['## Publishing', '', PROSE, '', '## Company', '', entry('/about', 'About'), entry('/careers', 'Careers'), entry('/legal/terms', 'Terms of Service'), entry('/legal/privacy', 'Privacy policy'), ''].join('\n');
		const { text, removed } = keptText(dump);
		for (const gone of ['Careers', 'Terms of Service', 'Privacy policy']) assert.ok(!text.includes(gone), `kept ${gone}: ${text}`);
		assert.ok(text.includes('history of who changed what'), text);
		assert.ok(removed.some((r) => r.step === 'navigation-list'), 'nothing recorded');
	});

	test('a list whose entries carry sentences after an empty link is content, not a menu', () => {
		const long = 'Every plan includes unlimited pages, a custom domain and a staging site for reviews before launch.';
		const dump = [entry('/a', long), entry('/b', long), entry('/c', long), ''].join('\n');
		assert.ok(keptText(dump).text.includes('custom domain'));
	});

	test('a list of plain short entries without links stays (a feature list)', () => {
		const dump = ['-   Unlimited pages', '-   Custom domain', '-   Staging site', ''].join('\n');
		assert.ok(keptText(dump).text.includes('Custom domain'));
	});
});
