// Metadata (issue 12): the title keeps the dump's straight single quotes; the body's text stays smart.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { dumpSingleQuotes } from '../../src/core/extract/metadata/titleQuotes';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function titleOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).title?.value;
}

suite('Metadata: the title keeps the dump\'s single quotes', () => {
	test('an apostrophe and single quotes the dump wrote straight stay straight in the title', () => {
		assert.strictEqual(titleOf(`# A Beginner's Guide to Tea: 'Steep' Lessons\n\n${BODY}`), "A Beginner's Guide to Tea: 'Steep' Lessons");
		// An escaped quote (the page's own straight one) is straight as before.
		assert.strictEqual(titleOf(`# Poor man\\'s trick\n\n${BODY}`), "Poor man's trick");
	});

	test('double quotes, dashes and a mojibake apostrophe keep the page\'s characters', () => {
		assert.strictEqual(titleOf(`# Why "smart" tea matters --- a guide\n\n${BODY}`), 'Why \u201csmart\u201d tea matters \u2014 a guide');
		assert.strictEqual(titleOf(`# A DIY Investor\u00e2\u20ac\u2122s Guide\n\n${BODY}`), 'A DIY Investor\u2019s Guide');
	});

	test('a node whose source has curly quotes of its own keeps them', () => {
		assert.strictEqual(dumpSingleQuotes('Don\u2019t stop', 'Don\u2019t stop'), 'Don\u2019t stop');
		assert.strictEqual(dumpSingleQuotes('Don\u2019t stop', "Don't stop"), "Don't stop");
		assert.strictEqual(dumpSingleQuotes('Plain title', 'Plain title'), 'Plain title');
	});
});
