// Metadata confidence (issue 12): values found by rules that are right less often than not are flagged as uncertain.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isUncertain } from '../../src/core/extract/metadata/confidence';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'The article body goes on for a while, long enough to be the text a reader came for, with more words after it.';

suite('Metadata: confidence of the rules', () => {
	test('a list item\'s heading taken for the title is uncertain; a lone h1 is not', () => {
		const items = Array.from({ length: 4 }, (_, i) => ['::: card', `## [Garden story number ${i + 1}](/story-${i + 1})`, '', BODY, ':::', '']).flat();
		const list = md(items);
		assert.match(list.title?.rule ?? '', /list-item/);
		assert.ok(isUncertain(list.title), `confidence ${list.title?.confidence}`);
		const one = md(['# Garden story number 1', '', BODY]);
		assert.ok(!isUncertain(one.title), `confidence ${one.title?.confidence}`);
	});

	test('an "Updated" date in a date-classed element, the page\'s only date, is reported but uncertain', () => {
		const m = md(['# Online Spanish resources', '', '[Last Updated: Jan 14, 2026 6:35 AM]{.date}', '', BODY]);
		assert.strictEqual(m.published?.value.slice(0, 10), '2026-01-14');
		assert.match(m.published?.rule ?? '', /^class:date:label:only-date$/);
		assert.ok(isUncertain(m.published), `confidence ${m.published?.confidence}`);
		// The same line as text under the title is right more often than not.
		const text = md(['# Online Spanish resources', '', 'Updated December 19, 2025', '', BODY]);
		assert.match(text.published?.rule ?? '', /only-date/);
		assert.ok(!isUncertain(text.published), `confidence ${text.published?.confidence}`);
	});

	test('a plain byline is sure enough to be taken as it is', () => {
		const m = md(['# Garden story', '', 'By Jane Roe', '', BODY]);
		assert.strictEqual(m.author?.value, 'Jane Roe');
		assert.ok((m.author?.confidence ?? 0) >= 0.85, `confidence ${m.author?.confidence}`);
	});
});
