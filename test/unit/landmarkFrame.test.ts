// Landmark frames (prune.ts): a container with a chrome role that wraps nearly all the page's prose is mis-nested markup, not chrome.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { isUnlikely } from '../../src/core/extract/prune';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

const PROSE = [
	'Our tax team prepares returns for sole traders, partnerships and small companies, and it answers the letters that follow them, so that a question from the revenue never waits on your desk for a week.',
	'',
	'We file payroll returns every month, reconcile pension contributions, and warn you by mail a month before each deadline, with the amount due and the account to pay it into, written in plain words.',
	'',
	'When a business changes hands, we value the stock, the goodwill and the lease, and we draft the completion accounts that both buyers and sellers can read without a glossary.',
];

suite('Landmark frames', () => {
	test('a role="banner" header that never closed wraps the page: it is the frame, not the header', () => {
		const dump = dumpLines('::: {#header role="banner"}', '[Hartley & Vane](/) [Services](/services) [Contact](/contact)', '', '::: {.page-body}', ...PROSE, ':::', ':::');
		const index = new BlockIndex(parseDump(dump));
		const [frame] = index.containers;
		assert.strictEqual(isUnlikely(index, frame), undefined);
		const doc = parseDump(dump);
		assert.ok(renderText(extractArticle(doc), doc).includes('completion accounts'));
	});

	test('a role="banner" header beside the content is still chrome', () => {
		const dump = dumpLines('::: {#header role="banner"}', '[Hartley & Vane](/) [Services](/services) [Contact](/contact)', ':::', '', '::: {.page-body}', ...PROSE, ':::');
		const index = new BlockIndex(parseDump(dump));
		const [header] = index.containers;
		assert.strictEqual(isUnlikely(index, header), 'role=banner');
	});
});
