import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { blockText, collapse, collapsedText, withTextCache } from '../../src/core/extract/inlineText';
import type { Block } from '../../src/core/model/dumpDocument';
import { walkBlocks } from '../../src/core/model/walk';

/**
 * Pieces of lines: white space of several kinds at the ends and inside (no-break, ideographic, tabs, hard breaks),
 * hidden spans, code, and words, so that leaves collapse to nothing, to one word, or keep inner runs.
 */
const PIECES = ['word', ' ', '  ', '\u00a0', '\u3000', '\t', 'x\\', '`a  b`', '[hidden]{style="display:none"}', '[ ]{.s}', '**b**', '&nbsp;', '&#32;', 'y'];
const LINE = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((xs) => xs.join(''));
const LEAF = fc.oneof(
	LINE,
	LINE.map((l) => `# ${l}`),
	LINE.map((l) => `- ${l}\n- ${l}x`),
	LINE.map((l) => `> ${l}`),
	LINE.map((l) => '```\n' + l + '\n\n  ' + l + '\n```'),
	LINE.map((l) => `| a | ${l.replace(/\|/g, '')} |\n|---|---|\n| ${l.replace(/\|/g, '')} |  |`),
);
const BODY = fc.array(LEAF, { minLength: 1, maxLength: 5 }).map((ls) => ls.join('\n\n'));
/** Bodies in containers: a plain div, a hidden one, one inside another, a list item holding a div. */
const DUMP = fc.tuple(BODY, BODY, fc.constantFrom('', ' hidden', ' style="display:none"')).map(
	([a, b, attr]) => `${a}\n\n::: {.outer}\n${a}\n\n::: {.inner${attr}}\n${b}\n:::\n:::\n\n- item\n\n  ::: x\n  ${b.split('\n')[0]}\n  :::\n`,
);

function everyBlock(blocks: readonly Block[]): Block[] {
	const out: Block[] = [];
	walkBlocks(blocks, (b) => out.push(b));
	return out;
}

suite('speed: a container\'s collapsed text from its leaves (issue 13)', () => {
	test('collapsedText equals collapse(blockText) for every block, outside and inside an extraction run', () => {
		fc.assert(
			fc.property(DUMP, (dump) => {
				const doc = parseDump(dump);
				const blocks = everyBlock(doc.blocks);
				for (const b of blocks) assert.equal(collapsedText(b), collapse(blockText(b)), `${b.kind} of ${JSON.stringify(dump)}`);
				withTextCache(() => {
					new BlockIndex(doc);
					for (const b of blocks) assert.equal(collapsedText(b), collapse(blockText(b)), `${b.kind} in a run, of ${JSON.stringify(dump)}`);
				});
			}),
			{ numRuns: 300 },
		);
	});

	test('leaves join with one space, empty leaves and hidden containers drop out', () => {
		const doc = parseDump('::: outer\n  One  \n\n\u00a0\n\n::: {.x style="display:none"}\nGone\n:::\n\n- Two\n- \u3000Three\n\n```\n  four\n\n five\n```\n:::\n');
		const outer = doc.blocks[0];
		assert.equal(outer.kind, 'div');
		assert.equal(collapsedText(outer), 'One Two Three four five');
		withTextCache(() => {
			new BlockIndex(doc);
			assert.equal(collapsedText(outer), 'One Two Three four five');
		});
	});
});
