// Speed (issue 13): the select menus of an index are found once; every prune gets the same reasons in the same order as when each container was tested anew.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { hasSelectRole, pruneSelectMenus, selectMenusOf } from '../../src/core/extract/heuristics/selectMenus';
import type { Block } from '../../src/core/model/dumpDocument';

/** A page with menus at both ends and in the middle, nested and not, among other roles and plain containers. */
function page(): string {
	return [
		'::: {#top role="combobox"}',
		'Pick a size',
		':::',
		'',
		'::: {.intro role="tablist"}',
		'Tabs that are no menu.',
		':::',
		'',
		'::: {.field}',
		'::: {#sizes ROLE=" ListBox " data-x="1"}',
		'::: {.opt role="option"}',
		'Small',
		':::',
		'::: {.opt role="option"}',
		'Large',
		':::',
		':::',
		':::',
		'',
		'A paragraph between the menus.',
		'',
		'<div role="option">',
		'',
		'An HTML option',
		'',
		'</div>',
		'',
		'::: {.end role="dialog"}',
		'A dialog.',
		':::',
		'',
	].join('\n');
}

/** The old pass: every container of the index tested in turn. */
function oldPrune(index: BlockIndex, pruned: Map<Block, string>): void {
	for (const c of index.containers) if (!pruned.has(c) && hasSelectRole(c.attrs)) pruned.set(c, 'select menu');
}

suite('Speed: select menus found once per index', () => {
	test('the list is the containers with a select role, in the index order, and is kept', () => {
		const index = new BlockIndex(parseDump(page()));
		const menus = selectMenusOf(index);
		assert.deepEqual(menus, index.containers.filter((c) => hasSelectRole(c.attrs)));
		assert.equal(menus.length, 5);
		assert.equal(selectMenusOf(index), menus);
	});

	test('pruning gives the old map, keys and reasons in the same order, earlier reasons kept', () => {
		const index = new BlockIndex(parseDump(page()));
		for (const before of [[], [0], [2, 1], [3, 5]]) {
			const seed = (m: Map<Block, string>): Map<Block, string> => {
				for (const k of before) m.set(index.containers[k], 'hidden');
				return m;
			};
			const oldMap = seed(new Map());
			oldPrune(index, oldMap);
			// Twice over one index: the second prune reads the kept list.
			for (let round = 0; round < 2; round++) {
				const newMap = seed(new Map());
				pruneSelectMenus(index, newMap);
				assert.deepEqual([...newMap], [...oldMap]);
			}
		}
	});

	test('a page without menus prunes nothing', () => {
		const index = new BlockIndex(parseDump('::: {.a role="tab"}\nText\n:::\n'));
		const pruned = new Map<Block, string>();
		pruneSelectMenus(index, pruned);
		assert.equal(pruned.size, 0);
		assert.equal(selectMenusOf(index).length, 0);
	});
});
