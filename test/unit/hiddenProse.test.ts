// Hidden prose (kinds/hiddenProse.ts): a page whose visible text is menus and footer links, its prose hidden until a script runs, reads the hidden prose.
import * as assert from 'node:assert';
import { extractDumpText } from '../util/kindFixtures';
import { dumpLines } from '../util/joinLines';
import { isHiddenProse, hasLittleVisibleProse } from '../../src/core/extract/kinds/hiddenProse';
import type { Attempt } from '../../src/core/extract/blockIndex';
import { parseDump } from '../../src/core/dump/parseDump';

/** A header menu and footer columns with opaque class words: lists of short links, which no class word marks as chrome. */
function menus(prefix: string): string[] {
	return [
		'::: c8qkz1',
		...['Product', 'Pricing', 'Docs', 'Customers', 'Blog', 'Careers', 'Contact sales'].map((l) => `-   [${l}](/${prefix}${l.toLowerCase().replace(' ', '-')})`),
		':::',
		'',
		'::: c2m9w0',
		'Migrate today and get credits',
		'',
		'[Get started](/register){.c0p}',
		':::',
		'',
		'::: c5zz7r',
		...['Status', 'Changelog', 'Security', 'Privacy', 'Terms', 'Trust center', 'Partners', 'Press', 'Community', 'Events', 'Support', 'Guides'].flatMap((l) => [`-   [${l} and more](/${prefix}f/${l.toLowerCase().replace(' ', '-')})`]),
		':::',
		'',
	];
}

/** A landing page's content in a wrapper hidden until its script runs. */
function hiddenLanding(): string[] {
	return [
		'::: {#i9a hidden=""}',
		'# The fastest path from a repository to production',
		'',
		...['Connect a repository', 'Pick a region', 'Scale when you need to', 'Preview every change'].flatMap((h, i) => [
			`## ${h}`,
			'',
			`Step ${i + 1}: the platform builds your code on the runtime your framework needs, keeps the build logs, and rolls back in one click when a deploy goes wrong, without a single server to look after.`,
			'',
		]),
		':::',
	];
}

function attempt(lines: string[]): Attempt {
	const doc = parseDump(dumpLines(...lines));
	return { region: undefined as never, regionScore: 0, blocks: doc.blocks, removed: [], chars: lines.join(' ').replace(/\[|\]\([^)]*\)|\{[^}]*\}|[-#:]/g, '').replace(/\s+/g, ' ').trim().length };
}

suite('Hidden prose', () => {
	test('a page whose visible text is menus reads its hidden prose', () => {
		const { text } = extractDumpText(dumpLines(...menus(''), ...hiddenLanding()));
		assert.ok(text.includes('the platform builds your code on the runtime'), text);
		assert.ok(text.includes('Preview every change'), text);
	});

	test('hidden copies of the menus are no prose: the test on links says no', () => {
		const visible = attempt(menus(''));
		assert.ok(hasLittleVisibleProse(visible));
		assert.ok(!isHiddenProse(attempt([...menus(''), ...menus('m/')]), visible), 'a hidden mobile copy of the menus adds no prose');
		assert.ok(isHiddenProse(attempt([...menus(''), ...hiddenLanding()]), visible));
	});

	test('a visible page with prose of its own keeps its read', () => {
		const visibleProse = [
			'## Why teams move',
			'',
			...Array.from({ length: 4 }, (_, i) => `Reason ${i + 1}: the teams we spoke to wanted fewer pages at night, builds they could read, and a bill that did not surprise them at the end of the month.`),
			'',
		];
		assert.ok(!hasLittleVisibleProse(attempt([...menus(''), ...visibleProse])));
		const { text } = extractDumpText(dumpLines(...menus(''), ...visibleProse, ...hiddenLanding()));
		assert.ok(text.includes('Reason 1: the teams we spoke to'), text);
		assert.ok(!text.includes('Step 1: the platform builds your code'), text);
	});
});
