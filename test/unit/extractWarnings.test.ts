// Extraction warnings: a tiny page yields its few words with `tiny-content`, a script-drawn shell is skipped with `no-text` and says why.
import * as assert from 'node:assert/strict';
import { processJsonlLine, type JsonlSettings } from '../../src/cli/jsonlRecord';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { emptyArticleReason, EXTRACTION_WARNINGS } from '../../src/core/extract/warnings';
import { extractDump, extractionToJson } from '../../src/core/render/formats';
import { dumpLines as joinLines } from '../util/joinLines';

/** A forum's splash screen: loader dots, an empty preloaded-data store, an empty main; the posts come by script. */
const SPLASH_SHELL = joinLines(
	'::: {#splash .section}',
	'::: {.loader-image}',
	'::: {.dots style="--n:0;"}',
	':::',
	'',
	'::: {.dots style="--n:1;"}',
	':::',
	':::',
	':::',
	'',
	'::: {#preloaded-data .hidden}',
	':::',
	'',
	'::: {#main .section}',
	':::',
);

/** A shell whose only words are a hidden menu of icon links: still no text a reader sees. */
const SKELETON_WITH_ICONS = joinLines('::: skeleton-header', '[]{.skeleton-logo} []{.skeleton-item}', ':::', '', '::: {.skeleton-main role="main"}', '::: line', ':::', ':::');

const SETTINGS: JsonlSettings = { command: 'extract', format: 'json', maxBytes: 100_000, force: false };

suite('Extraction warnings', () => {
	test('a dump with no text at all is empty with the warning no-text', () => {
		for (const dump of [SPLASH_SHELL, SKELETON_WITH_ICONS]) {
			const article = extractArticle(parseDump(dump));
			assert.equal(article.empty, true);
			assert.deepEqual(article.warnings, ['no-text']);
		}
	});

	test('a page of one short notice yields it with tiny-content, not no-text', () => {
		const article = extractArticle(parseDump(joinLines('::: {#app}', '::: {.notice}', 'This thread was removed.', ':::', ':::')));
		assert.equal(article.empty, false);
		assert.deepEqual(article.warnings, ['tiny-content']);
	});

	test('a page with its article has no warning', () => {
		const prose = 'The council met on Tuesday to discuss the harbour, the ferry timetable and the new bridge, which opens in May.';
		const article = extractArticle(parseDump(joinLines('::: {.post-content}', prose, '', prose.replace('Tuesday', 'Friday'), ':::')));
		assert.equal(article.warnings, undefined);
	});

	test('the skip reason keeps its first words and says why when the dump has no text', () => {
		assert.equal(emptyArticleReason({}), 'no article text found');
		assert.equal(emptyArticleReason({ warnings: ['no-text'] }), `no article text found (${EXTRACTION_WARNINGS['no-text']})`);
		const line = JSON.parse(processJsonlLine(JSON.stringify({ id: 's', text: SPLASH_SHELL }), 1, SETTINGS).line);
		assert.equal(line.status, 'skipped');
		assert.match(line.reason, /^no article text found \(the dump holds no text/);
	});

	test('the JSON output lists the warnings', () => {
		const tiny = extractionToJson(extractDump(joinLines('::: {#app}', '::: {.notice}', 'This thread was removed.', ':::', ':::'))) as { warnings: string[] };
		assert.deepEqual(tiny.warnings, ['tiny-content']);
		const prose = 'The council met on Tuesday to discuss the harbour, the ferry timetable and the new bridge, which opens in May.';
		const full = extractionToJson(extractDump(joinLines('::: {.post-content}', prose, '', prose, ':::'))) as { warnings: string[] };
		assert.deepEqual(full.warnings, []);
	});
});
