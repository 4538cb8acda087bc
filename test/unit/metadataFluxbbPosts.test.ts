// Metadata (issue 12): a FluxBB or PunBB thread's author is the opening post's poster, bold in the post's left column.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

/** A FluxBB-like post: the poster's name in bold in `postleft`, their rank and counts as a definition list, the text in `postright`. */
function post(n: number, name: string, stamp: string, text: string): string[] {
	return [
		`::: {#p${n} .blockpost${n === 1 ? ' .firstpost' : ''}}`,
		`## [#${n}]{.conr} [${stamp}](viewtopic.php?pid=${n}#p${n})`,
		'',
		'::: box',
		'::: postleft',
		'',
		`**${name}**`,
		':   **Member**',
		`:   Registered: 2024-02-0${n}`,
		'',
		':::',
		'',
		'::: postright',
		text,
		':::',
		':::',
		':::',
		'',
	];
}

suite('Metadata: FluxBB posts', () => {
	test('the opening post\'s poster is the author, not a reply\'s poster nor a registration label', () => {
		const dump = [
			'# Boot hangs after the kernel update',
			'',
			...post(1, 'lanternfish', '2025-03-02 09:14:37', 'Since the last update my laptop stops at a black screen right after the boot loader, every time.'),
			...post(2, 'quietfox', '2025-03-02 10:02:11', 'Try booting the fallback image and look at the journal of the previous boot for the first error.'),
		].join('\n');
		const m = extractMetadata(parseDump(`${dump}\n`), {});
		assert.strictEqual(m.author?.value, 'lanternfish');
		assert.ok(m.author?.rule.startsWith('profile:fluxbb:author'), m.author?.rule);
	});
});
