// Code-like blocks: only `<pre>` blocks that read as code count as documentation's evidence (kinds/codeLike.ts, issue 12).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { looksLikeCode } from '../../src/core/extract/kinds/codeLike';
import { pageSignals } from '../../src/core/extract/kinds/signals';

const fence = (body: string): string => ['```', body, '```', ''].join('\n');

/** A synthetic page: a heading, a paragraph and the given fenced blocks. */
function page(blocks: readonly string[]): string {
	return ['# Acme Boards', '', 'Plan your week with boards your whole team shares.', '', ...blocks.map(fence)].join('\n');
}

suite('Code-like blocks', () => {
	test('source, shell commands and config read as code', () => {
		assert.ok(looksLikeCode('const total = items.reduce((a, b) => a + b, 0);'));
		assert.ok(looksLikeCode('$ npm install acme-boards\n$ acme init'));
		assert.ok(looksLikeCode('def area(r):\n    return 3.14 * r * r'));
		assert.ok(looksLikeCode('apiVersion: v1\nkind: Service\nmetadata:\n  name: boards'));
		assert.ok(looksLikeCode('cat /etc/hosts'));
		assert.ok(looksLikeCode('import os\n\n# read the settings\nsettings = load()'));
	});

	test('mock-ups, captions, word tables and blank blocks do not', () => {
		assert.ok(!looksLikeCode('Inbox\nToday\nUpcoming\nAssigned to me'));
		assert.ok(!looksLikeCode('Let’s be pen pals!'));
		assert.ok(!looksLikeCode('      Starter          Team          Enterprise\n      For one          For five      For all'));
		assert.ok(!looksLikeCode('   \n  \n'));
		assert.ok(!looksLikeCode('Need Help? Call us'));
	});

	test('a block with a few code lines among comments still counts', () => {
		assert.ok(looksLikeCode('This sets up the board\nand opens it\nboard = open()'));
		assert.ok(!looksLikeCode('This sets up the board\nand opens it\nthen shares it\nwith the team\nboard = open()'));
	});

	test('page signals count only code-like blocks', () => {
		const mockups = ['Inbox\nToday\nUpcoming', 'Sprint 12\nDesign review\nShip it', 'Roadmap\nQ1 goals\nQ2 goals'];
		const code = ['const board = open();', '$ acme init', 'board.share({ team: true })'];
		assert.strictEqual(pageSignals(new BlockIndex(parseDump(page(mockups)))).codeBlocks, 0);
		assert.strictEqual(pageSignals(new BlockIndex(parseDump(page(code)))).codeBlocks, 3);
		assert.strictEqual(pageSignals(new BlockIndex(parseDump(page([...mockups, ...code])))).codeBlocks, 3);
	});
});
