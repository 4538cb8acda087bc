// Hero sections (heuristics/heroSections.ts): a landing page's hero banner and section headers at or below its title are content.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { keepHeroSections, pageTitleHeading } from '../../src/core/extract/heuristics/heroSections';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import { prunedContainers } from '../../src/core/extract/prune';
import { blockText } from '../../src/core/extract/inlineText';
import { KIND_FIXTURES } from '../util/kindFixtures';

const FLAGS = { stripUnlikely: true, weightClasses: false, cleanConditionally: false, keepInnerChrome: true };

function index(name: string): BlockIndex {
	return new BlockIndex(parseDump(fs.readFileSync(path.join(KIND_FIXTURES, name), 'utf8')));
}

suite('Hero sections', () => {
	test('the hero banner and the section headers after the title are taken back; the site header above it is not', () => {
		const idx = index('landing-hero-sections.txt');
		const pruned = prunedContainers(idx, FLAGS);
		const reasons = [...pruned.values()];
		assert.ok(reasons.filter((r) => /^(header|banner)$/i.test(r)).length >= 4, `pruned: ${reasons.join(', ')}`);
		assert.strictEqual(keepHeroSections(idx, pruned), 4);
		const still = [...pruned.keys()].map((b) => (b.kind === 'div' ? b.attrs.classes.join(' ') : ''));
		assert.ok(still.includes('site-header'), `still pruned: ${still.join(', ')}`);
	});

	test('the page title is its first h1 that is not a linked logo', () => {
		const idx = new BlockIndex(parseDump('# [Acme](/)\n\n::: {.hero}\n# Plumbing in Leeds\n:::\n'));
		const title = pageTitleHeading(idx.doc.blocks);
		assert.ok(title);
		assert.strictEqual(blockText(title), 'Plumbing in Leeds');
	});

	test('without a title nothing is taken back', () => {
		const section = '::: {.section .section-header}\n## Our work\n\nWe build garden walls, patios and paths from local stone, and we rebuild old dry-stone walls by hand with the stone that fell from them, course by course, as they were first laid.\n:::\n';
		const body = '::: main\nOur masons have worked in the dales for thirty years, on farms, churchyards and village greens, and they still quote every job in person, on site, after walking the line of the wall with you.\n:::\n';
		const idx = new BlockIndex(parseDump(`${section}\n${body}`));
		const pruned = prunedContainers(idx, FLAGS);
		assert.strictEqual(pruned.size, 1);
		assert.strictEqual(keepHeroSections(idx, pruned), 0);
	});

	test('a landing page read whole keeps its hero and its sections, not the site header', () => {
		const whole = wholePage(index('landing-hero-sections.txt'));
		const text = whole.blocks.map((b) => blockText(b)).join('\n');
		for (const kept of ['Office removals without the downtime', 'surveyor walks every floor', 'alarmed warehouse']) assert.ok(text.includes(kept), `lost ${kept}`);
		assert.ok(!text.includes('Family-run removals'), 'kept the site header');
	});
});
