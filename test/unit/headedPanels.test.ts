// Headed panels (heuristics/headedPanels.ts): a hidden body right under a heading is an accordion's panel, whatever its class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Attempt } from '../../src/core/extract/blockIndex';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { disclosePanels } from '../../src/core/extract/heuristics/disclosurePanels';
import { isHeadedPanel } from '../../src/core/extract/heuristics/headedPanels';
import { collapsedText } from '../../src/core/extract/inlineText';
import { walkBlocks } from '../../src/core/model/walk';
import { articleAttempt } from '../../src/core/extract/sieve';

const GUIDE = [
	['Where do you plan to run?', 'Road shoes are lighter and smoother; trail shoes add grip and protection underfoot for rocks and roots.'],
	['How much cushion do you want?', 'Minimal cushioning gives more feel for the ground, maximal cushioning the softest ride over long distances.'],
	['Does the shoe fit?', 'There is no breaking-in period: a running shoe should fit well from the first run, with a thumb of room at the toe.'],
] as const;

/** An accordion item in opaque class words (as a theme nobody studied names them): heading, then a wrapper around the hidden body. */
function item(q: string, a: string, head = `### [${q}]{#c81 .c9x2}`): string {
	return ['::: c4kq1', head, '', '::: {.c7ab style="max-height:0px;"}', '::: {#c0p .c2mm aria-hidden="true"}', a, ':::', ':::', ':::', ''].join('\n');
}

function page(items: readonly string[]): string {
	const prose =
		'Running shoes for road, track and trail, from daily trainers to racing flats. Every pair is tested by our staff on real runs before it reaches the shelves, and our guide below helps you choose the cushion, the drop and the fit.';
	return ['::: c1x', '# Running shoes', '', prose, '', prose, '', prose, ':::', '', '::: c5y', '## Running shoes buying guide', '', ...items, ':::', ''].join('\n');
}

function texts(a: Attempt): string[] {
	const out: string[] = [];
	walkBlocks(a.blocks, (b) => {
		if (b.kind === 'heading' || b.kind === 'paragraph') out.push(collapsedText(b));
	});
	return out;
}

suite('Headed panels', () => {
	test('hidden bodies under headings are read back although no class word names them', () => {
		const index = new BlockIndex(parseDump(page(GUIDE.map(([q, a]) => item(q, a)))));
		const before = texts(articleAttempt(index));
		for (const [, a] of GUIDE) assert.ok(!before.includes(a), `the fixture shows the answer already: ${a}`);
		const opened = texts(disclosePanels(index, articleAttempt(index)));
		for (const [, a] of GUIDE) assert.ok(opened.includes(a), `the panel was not read back: ${a}`);
	});

	test('a hidden block under a link or a paragraph (a menu, a drop-down) is no headed panel', () => {
		const menu = ['::: c3m', '[Shop]{.c6}', '', '::: {.c8 aria-hidden="true"}', '- [Road shoes](/road)', '- [Trail shoes](/trail)', ':::', ':::', ''].join('\n');
		const index = new BlockIndex(parseDump(menu));
		const hidden = index.containers.find((c) => c.attrs.classes.includes('c8'));
		assert.ok(hidden);
		assert.strictEqual(isHeadedPanel(index, hidden), false);
	});

	test('the body must open its wrapper: a block between the heading and the body breaks the pattern', () => {
		const dump = ['::: c4kq1', '## Sizes', '', '::: c7ab', 'Pick your size', '', '::: {.c2mm style="display:none"}', 'A size chart in centimetres and inches for every model of the range.', ':::', ':::', ':::', ''].join('\n');
		const index = new BlockIndex(parseDump(dump));
		const hidden = index.containers.find((c) => c.attrs.classes.includes('c2mm'));
		assert.ok(hidden);
		assert.strictEqual(isHeadedPanel(index, hidden), false);
	});

	test('a visible block under a heading, or a hidden one under the page title, is no panel', () => {
		const visible = new BlockIndex(parseDump(['## Sizes', '', '::: c2mm', 'A size chart for every model.', ':::', ''].join('\n')));
		const shown = visible.containers.find((c) => c.attrs.classes.includes('c2mm'));
		assert.ok(shown);
		assert.strictEqual(isHeadedPanel(visible, shown), false);
		const titled = new BlockIndex(parseDump(['# Running shoes', '', '::: {.c2mm hidden=""}', 'A hidden banner.', ':::', ''].join('\n')));
		const banner = titled.containers.find((c) => c.attrs.classes.includes('c2mm'));
		assert.ok(banner);
		assert.strictEqual(isHeadedPanel(titled, banner), false);
	});
});
