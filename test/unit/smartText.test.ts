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

/** Pandoc's smart punctuation as written before the fast paths: every replacement always run. */
function referenceSmarten(s: string): string {
	const restore: Record<string, string> = { '\ue000': "'", '\ue001': '"', '\ue002': '-', '\ue003': '.' };
	let out = s.replace(/---/g, '\u2014').replace(/--/g, '\u2013').replace(/\.\.\./g, '\u2026');
	out = out.replace(/"/g, (_m, at: number, all: string) => (at === 0 || /[\s([{\u2014\u2013\u201c\u2018-]/.test(all[at - 1]) ? '\u201c' : '\u201d'));
	out = out.replace(/'/g, (_m, at: number, all: string) => {
		const before = at === 0 ? ' ' : all[at - 1];
		const after = at + 1 < all.length ? all[at + 1] : ' ';
		if (/[\s([{\u2014\u2013\u201c-]/.test(before) && /[^\s]/.test(after)) return /\d/.test(after) ? '\u2019' : '\u2018';
		return '\u2019';
	});
	return out.replace(/[\ue000-\ue003]/g, (c) => restore[c] ?? c);
}

suite('smartText', () => {
	test('smartInlineText reads plain paragraphs as the unconditional replacements do', () => {
		// Paragraphs without escapes: their protected text is their source, so the reference applies to it directly.
		const plain = ['Plain words.', 'Dashes --- and -- and ... dots', '"Quoted" and \'single\' and it\'s \'90s', 'a---b--c....d', '\'"\' -- "\'"', 'no punctuation at all'];
		const text = plain.join('\n\n');
		const blocks = paragraphs(text);
		assert.equal(blocks.length, plain.length);
		for (const b of blocks) {
			if (b.kind !== 'paragraph') continue;
			assert.equal(smartInlineText(b.content, text), referenceSmarten(text.slice(b.range.start, b.range.end)));
		}
	});

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
