// Metadata (issue 12): a board's poster card written as a definition list (a name over "Registered:" and "Posts:" lines) names the thread's starter.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const POST = 'Why did the installer image grow so much between the two releases, almost half of its whole growth?\n';

function card(name: string, lines: readonly string[]): string {
	return `::: k1\n**${name}**\n${lines.map((l) => `:   ${l}\n`).join('')}:::\n\n`;
}

function authorOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).author?.value;
}

suite('Metadata: poster cards', () => {
	test("the first poster card's name is the author", () => {
		const dump = `# What happened with the installer image\n\n${card('kettle42', ['**Member**', 'Registered: 2025-11-01', 'Posts: 1'])}${POST}\n${card('lamp_post', ['**Member**', 'Registered: 2019-03-02', 'Posts: 812'])}It grew with the firmware.\n`;
		assert.strictEqual(authorOf(dump), 'kettle42');
	});

	test('a definition list with one count line is no card', () => {
		const dump = `# What happened with the installer image\n\n${card('Ingredients', ['Posts: 4', 'Flour and water'])}${POST}`;
		assert.strictEqual(authorOf(dump), undefined);
	});
});
