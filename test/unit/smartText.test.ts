// The smart-text length bound: it only ever says "longer" when the built smart text is longer.
import * as assert from 'node:assert/strict';
import { parseDump } from '../../src/core/dump/parseDump';
import type { Block } from '../../src/core/model/dumpDocument';
import { collapse } from '../../src/core/extract/inlineText';
import { smartInlineText, smartTextLongerThan } from '../../src/core/extract/smartText';

const PARAGRAPHS = [
	'Plain words, a few of them.',
	'Dashes --- and -- and dots ... and more...... and ---------- and .........',
	'"Quoted" and \'single\' and \\"escaped\\" and \\--- and \\... here',
	'[shown]{.a} [hidden words here]{style="display:none"} `code -- ...` *emph* [link text](https://example.com/a--b)',
	'\u00a0\u2003 spaced \u3000 out \u00a0 text \t with tabs',
	'---...---...---...---...---...---...---...---...',
	'',
];

function paragraphs(text: string): Block[] {
	return parseDump(text).blocks.filter((b) => b.kind === 'paragraph');
}

suite('smartText', () => {
	test('smartTextLongerThan never says longer when the smart text is not', () => {
		const text = PARAGRAPHS.join('\n\n');
		const blocks = paragraphs(text);
		assert.ok(blocks.length >= 5, 'the fixture parses into paragraphs');
		let said = 0;
		for (const b of blocks) {
			if (b.kind !== 'paragraph') continue;
			const length = collapse(smartInlineText(b.content, text)).length;
			for (let chars = 0; chars <= length + 5; chars++) {
				const longer = smartTextLongerThan(b.content, chars);
				if (longer) said++;
				assert.ok(!longer || length > chars, `${JSON.stringify(text.slice(b.range.start, b.range.end))} at ${chars}: ${length}`);
			}
		}
		assert.ok(said > 0, 'the bound decides some cases');
	});

	test('smartTextLongerThan decides long prose without its dashes and dots', () => {
		const text = `${'word '.repeat(100)}${'-'.repeat(300)}`;
		const [b] = paragraphs(text);
		assert.ok(b.kind === 'paragraph');
		assert.equal(smartTextLongerThan(b.content, 399), true);
		assert.equal(smartTextLongerThan(b.content, 400), false, 'dashes may merge, so they are not counted');
		assert.ok(collapse(smartInlineText(b.content, text)).length > 400);
	});
});
