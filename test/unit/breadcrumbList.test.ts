// Breadcrumb trails written as an ordered list (heuristics/breadcrumbs.ts): dropped when they open what is kept.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { dropBreadcrumbs, isListTrail } from '../../src/core/extract/heuristics/breadcrumbs';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

const BODY = [
	'This guide walks through a first deployment of the scheduler, from installing the command-line tool to running a job on a schedule, and it assumes nothing beyond a terminal and an account.',
	'',
	'Each step builds on the one before it, but every step also stands on its own, so that you can come back later to the one you need and skip what you already know.',
	'',
	'At the end you will have a job that runs every night, writes its log to the console, and mails you when it fails, which is most of what a small team asks of a scheduler.',
];

suite('Breadcrumb lists', () => {
	test('an ordered list of short links that opens the docs page goes; the page text stays', () => {
		const dump = dumpLines('::: {.md-content}', '1.  [Docs](..)', '2.  [Guides](../guides/)', '3.  [Getting started](./)', '', '# Getting started', '', ...BODY, ':::');
		const doc = parseDump(dump);
		const text = renderText(extractArticle(doc), doc);
		assert.ok(!text.includes('Guides'), text);
		assert.ok(text.includes('a job that runs every night'));
	});

	test('an unordered list, a list of long items, or one not at the start is no trail', () => {
		const blocks = (s: string) => parseDump(s).blocks;
		assert.strictEqual(isListTrail(blocks('-   [Docs](..)\n-   [Guides](../guides/)\n')[0]), false);
		assert.strictEqual(isListTrail(blocks('1.  [Docs](..)\n2.  Install the tool first, then [read on](./)\n')[0]), false);
		assert.strictEqual(isListTrail(blocks('1.  [Docs](..)\n2.  [Guides](../guides/)\n')[0]), true);
		const later = blocks('Some text before the list.\n\n1.  [Docs](..)\n2.  [Guides](../guides/)\n');
		assert.strictEqual(dropBreadcrumbs(later, []).length, 2);
	});
});
