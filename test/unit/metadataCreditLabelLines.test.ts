// Metadata (issue 12): "Reviewed by" in a box of its own above a name credits the name with another role, not the byline (creditLabelLines.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { ArticleMetadata } from '../../src/core/extract/article';
import { extractMetadata } from '../../src/core/extract/metadata';

function md(lines: readonly string[]): ArticleMetadata {
	return extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
}

const BODY = 'Streaming a small show takes a camera, a quiet room and a plan for what to do when the link drops. '.repeat(6);

function page(label: string, writer = true): string[] {
	return [
		'# Streaming platforms for small shows',
		'',
		'::: c1',
		'::: c2',
		'<div>',
		'',
		label,
		'',
		'</div>',
		'',
		'[Orla Hadley](/authors/orla-hadley){.c3}',
		':::',
		':::',
		'',
		...(writer ? ['::: c4', 'Written by [Kenna Brightman](/authors/kenna-brightman){.c3}', ':::', ''] : []),
		BODY,
	];
}

suite('Metadata: a credit label in a box of its own', () => {
	test('"Reviewed by", "Fact-checked by" and "Edited by" above a name: the writer is the author', () => {
		for (const label of ['Reviewed by', 'Fact-checked by', 'Edited by:', 'Medically reviewed by']) assert.strictEqual(md(page(label)).author?.value, 'Kenna Brightman', label);
	});

	test('the reviewer alone is no author; under any other line the name is the byline', () => {
		assert.strictEqual(md(page('Reviewed by', false)).author, undefined);
		assert.strictEqual(md(page('Our team', false)).author?.value, 'Orla Hadley');
	});
});
