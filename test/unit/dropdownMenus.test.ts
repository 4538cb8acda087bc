// Dropdown menus (heuristics/dropdownMenus.ts): a list whose entries open sub-menus by `aria-haspopup` is a menu bar, whatever its class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import type { RemovedRegion } from '../../src/core/extract/article';
import { dropDropdownMenus, isDropdownMenu } from '../../src/core/extract/heuristics/dropdownMenus';
import { extractDumpText } from '../util/kindFixtures';
import { dumpLines } from '../util/joinLines';

/** A menu bar as pandoc dumps it, with opaque class words: each entry a button-like link that opens a panel of sub-links. */
function menuBar(entries: readonly string[], popup = 'true'): string[] {
	return entries.flatMap((e, i) => [
		`-   [[${e}](/${e.toLowerCase()}/){.c7f3k2 aria-controls="panel-${i}" aria-expanded="false" aria-haspopup="${popup}" role="button"}]{#i9q${i}}`,
		'',
		`    -   [${e} news](/${e.toLowerCase()}/news/){.c2mm1q}`,
		'',
		`        Everything new about ${e.toLowerCase()} this week.`,
		'',
		`    -   [${e} guides](/${e.toLowerCase()}/guides/){.c2mm1q}`,
		'',
	]);
}

function teasers(n: number): string[] {
	return Array.from({ length: n }, (_, i) => [
		'::: c81hz0a',
		`## [Notes from the workshop, week ${i + 1}](/posts/week-${i + 1}/) {.c5kq2n}`,
		'',
		`The team rebuilt the loom frame in week ${i + 1} and wrote down what went wrong, what held, and what they will try next time.`,
		'',
		`[Mira Olsen]{.c0a1b2} [March ${i + 2}, 2026]{.c3d4e5}`,
		':::',
		'',
	]).flat();
}

function blocksOf(dump: string): Block[] {
	return parseDump(dump).blocks;
}

suite('Dropdown menus', () => {
	test('a list of two or more entries that open menus is a menu bar', () => {
		const [list] = blocksOf(dumpLines(...menuBar(['Weaving', 'Dyeing', 'Spinning'])));
		assert.strictEqual(list.kind, 'list');
		assert.ok(isDropdownMenu(list));
		const [menuValue] = blocksOf(dumpLines(...menuBar(['Weaving', 'Dyeing'], 'menu')));
		assert.ok(isDropdownMenu(menuValue), 'aria-haspopup="menu" opens a menu too');
	});

	test('one entry that opens a menu, or entries that open nothing, are not a menu bar', () => {
		const [one] = blocksOf(dumpLines(...menuBar(['Weaving'])));
		assert.ok(!isDropdownMenu(one), 'a single popup button beside the items stays');
		const [plain] = blocksOf(dumpLines('-   [Notes from the workshop](/posts/a/)', '', '-   [A second post](/posts/b/)', '', '-   [A third post](/posts/c/)'));
		assert.ok(!isDropdownMenu(plain));
		const [dialog] = blocksOf(dumpLines(...menuBar(['Weaving', 'Dyeing'], 'false')));
		assert.ok(!isDropdownMenu(dialog), 'aria-haspopup="false" opens nothing');
	});

	test('only the menu bar leaves the read, recorded as removed', () => {
		const blocks = blocksOf(dumpLines('# Workshop notes', '', ...menuBar(['Weaving', 'Dyeing', 'Spinning']), '', 'Posts from the studio floor.'));
		const removed: RemovedRegion[] = [];
		const kept = dropDropdownMenus(blocks, removed);
		assert.deepStrictEqual(
			kept.map((b) => b.kind),
			['heading', 'paragraph'],
		);
		assert.strictEqual(removed.length, 1);
		assert.strictEqual(removed[0].step, 'dropdown-menu');
	});

	test('a blog index with opaque class words reads its teasers without the menu bar', () => {
		const dump = dumpLines('::: c9z8y7', ...menuBar(['Weaving', 'Dyeing', 'Spinning', 'Knitting']), '', '# Workshop notes', '', ...teasers(8), ':::');
		const { text, kind } = extractDumpText(dump);
		assert.strictEqual(kind, 'listing');
		assert.ok(text.includes('Notes from the workshop, week 1'), text);
		assert.ok(text.includes('Notes from the workshop, week 8'), text);
		assert.ok(!text.includes('Everything new about weaving'), text);
	});
});
