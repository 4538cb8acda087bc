// A container read starts at the page's h1 when it holds the site's menus above it; plain text above the h1, or an h1 outside the container, cuts nothing.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { type Attempt, BlockIndex, type Container } from '../../src/core/extract/blockIndex';
import { blockText } from '../../src/core/extract/inlineText';
import type { Block } from '../../src/core/model/dumpDocument';
import { fromTitleInContainer } from '../../src/core/extract/kinds/titleInContainer';
import { pageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

const MENU = ['Platform', 'Solutions', 'Pricing', 'Customers', 'Resources', 'Company', 'Careers', 'Contact'].map((m) => `-   [${m}](/${m.toLowerCase()})`).join('\n');
const BADGES = ['Winner', '', 'Healthcare Design Innovation Award', '', '4.5 Rating', '', 'On the App Store'].join('\n');
const BODY = [
	'# Scheduling and payroll for hourly teams',
	'',
	'Build schedules in minutes, track the hours your staff work and pay them right, all from one place that your managers already know.',
	'',
	'## Forecast demand',
	'',
	'Staffing levels follow your sales and foot traffic, so you stop paying for idle hours on quiet afternoons and never run short at the rush.',
	'',
	'## Pay on time',
	'',
	'Overtime, differentials and breaks are worked out before payroll runs, so each shift is paid at the rate the law and your contracts set.',
].join('\n');

/** The page as one container (`wrap`) read, with `top` above the h1 inside it and `before` outside it. */
function read(top: string, before = ''): { text: string; removed: RemovedRegion[] } {
	const dump = `${before}::: {.c1 .c2}\n${top}\n\n${BODY}\n:::\n`;
	const index = new BlockIndex(parseDump(dump));
	const wrap = index.doc.blocks.find((b) => b.kind === 'div') as Container;
	const blocks: Block[] = [...wrap.children];
	const kept: Attempt = { region: wrap, regionScore: 0, blocks, removed: [], chars: index.statsOf(wrap).chars };
	const ctx = { index, signals: pageSignals(index), article: kept, whole: wholePage(index) };
	const removed: RemovedRegion[] = [];
	return { text: fromTitleInContainer(ctx, kept, removed).map((b) => blockText(b)).join('\n'), removed };
}

suite('Title in the container', () => {
	test('the menus a container holds above the h1 go; the h1 and the sections stay', () => {
		const r = read(MENU);
		assert.ok(!r.text.includes('Customers'));
		assert.ok(r.text.includes('Forecast demand'));
		assert.ok(r.text.includes('Scheduling and payroll for hourly teams'));
		assert.ok(r.removed.length > 0 && r.removed.every((x) => x.step === 'above-title'));
	});

	test('plain text above the h1 (a hero\'s badges) stays', () => {
		const r = read(BADGES);
		assert.ok(r.text.includes('Healthcare Design Innovation Award'));
		assert.strictEqual(r.removed.length, 0);
	});

	test('an h1 outside the container cuts nothing', () => {
		const r = read(MENU, '# Our company\n\n');
		assert.ok(r.text.includes('Customers'));
		assert.strictEqual(r.removed.length, 0);
	});
});
