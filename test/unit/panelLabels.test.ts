// Panel labels (kinds/panelLabels.ts): a collapsed panel read back comes with the question or title that opens it.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Attempt } from '../../src/core/extract/blockIndex';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { disclosePanels } from '../../src/core/extract/heuristics/disclosurePanels';
import { collapsedText } from '../../src/core/extract/inlineText';
import { panelLabel, withPanelLabels } from '../../src/core/extract/kinds/panelLabels';
import { walkBlocks } from '../../src/core/model/walk';
import { articleAttempt } from '../../src/core/extract/sieve';

const QA: readonly (readonly [string, string])[] = [
	['How warm should a sleeping bag be?', 'Pick a bag rated a few degrees below the coldest night you expect, since ratings assume a sleeping pad.'],
	['Is down better than synthetic fill?', 'Down packs smaller and weighs less for its warmth; synthetic fill keeps more of its warmth when it is damp.'],
	['How do I store a sleeping bag?', 'Hang it or keep it loose in a large cotton sack, never compressed in its stuff sack between trips.'],
];

/** An accordion item: the question as a heading with its arrow icon, the answer in a wrapper around a hidden panel. */
function item(q: string, a: string, label = `### ${q}![](arrow.svg)`): string {
	return [
		'::: accordion-item',
		label,
		'',
		'::: {.accordion__content-container style="max-height:0px;"}',
		'::: {.accordion__content aria-hidden="true"}',
		a,
		':::',
		':::',
		':::',
		'',
	].join('\n');
}

function page(items: string[]): string {
	const prose =
		'Sleeping bags for every trip, from summer car camping to winter mountaineering, in down and synthetic fills. Each bag is rated for the lowest temperature at which an average sleeper stays comfortable, and every one of them is tested by our staff on real trips before it reaches the shelves.';
	return ['::: article-body', '# Sleeping bags', '', prose, '', prose, '', prose, ':::', '', '::: faq-group', '## Frequently asked questions', '', ...items, ':::', ''].join('\n');
}

function texts(a: Attempt): string[] {
	const out: string[] = [];
	walkBlocks(a.blocks, (b) => {
		if (b.kind === 'heading' || b.kind === 'paragraph') out.push(collapsedText(b));
	});
	return out;
}

/** The article attempt with its panels read back, and then with their labels. */
function read(dump: string): { opened: string[]; labelled: string[] } {
	const index = new BlockIndex(parseDump(dump));
	const opened = disclosePanels(index, articleAttempt(index));
	return { opened: texts(opened), labelled: texts(withPanelLabels(index, opened)) };
}

suite('Panel labels', () => {
	test('each answer read back gets its question back, before it', () => {
		const { opened, labelled } = read(page(QA.map(([q, a]) => item(q, a))));
		for (const [, a] of QA) assert.ok(opened.includes(a), `the panel was not read back: ${a}`);
		for (const [q] of QA) assert.ok(!opened.includes(q), `the fixture keeps the question already: ${q}`);
		for (const [q, a] of QA) {
			const at = labelled.indexOf(q);
			assert.ok(at >= 0, `lost the question ${q}: ${labelled.join(' | ')}`);
			assert.strictEqual(labelled[at + 1], a);
		}
	});

	test('a question kept already is not put back twice', () => {
		const index = new BlockIndex(parseDump(page(QA.map(([q, a]) => item(q, a)))));
		const once = withPanelLabels(index, disclosePanels(index, articleAttempt(index)));
		const twice = texts(withPanelLabels(index, once));
		for (const [q] of QA) assert.strictEqual(twice.filter((t) => t === q).length, 1);
	});

	test('a long paragraph before a panel is no label', () => {
		const long = 'We answer questions by email within a day. '.repeat(6).trim();
		const index = new BlockIndex(parseDump(item('x', QA[0][1], long)));
		const panel = index.containers.find((c) => c.attrs.classes.includes('accordion__content'));
		assert.ok(panel);
		assert.strictEqual(panelLabel(index, panel), undefined);
	});

	test('a short line that asks nothing and is no heading is no label', () => {
		const index = new BlockIndex(parseDump(item('x', QA[0][1], 'Shipping')));
		const panel = index.containers.find((c) => c.attrs.classes.includes('accordion__content'));
		assert.ok(panel);
		assert.strictEqual(panelLabel(index, panel), undefined);
		const asks = new BlockIndex(parseDump(item('x', QA[0][1], 'Do you ship abroad?')));
		const p2 = asks.containers.find((c) => c.attrs.classes.includes('accordion__content'));
		assert.ok(p2);
		assert.strictEqual(collapsedText(panelLabel(asks, p2) as never), 'Do you ship abroad?');
	});
});
