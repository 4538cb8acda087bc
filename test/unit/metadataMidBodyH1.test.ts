// Metadata (issue 12): an h1 set among the article's section headings, after some of them, is a section heading and not the title.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARA = 'A paragraph of body text long enough to be read as part of the post, with more words after it so that it counts.\n';

/** The title read with the article region starting at the `::: post` line (as the extractor's region would). */
function titleOf(dump: string): string | undefined {
	const start = dump.indexOf('::: post');
	return extractMetadata(parseDump(dump), { region: { start, end: dump.length }, pageKind: 'article' }).title?.value;
}

function post(sections: readonly string[]): string {
	return `::: post\n${PARA}\n${sections.map((h) => `${h}\n\n${PARA}`).join('\n')}:::\n`;
}

suite('Metadata: an h1 among the section headings', () => {
	test('an h1 after the body\'s h2 sections gives way to the headline above the body', () => {
		const dump = `## What gardeners love about raised beds\n\nDec. 19, 2025 · Jane Doe\n\n${post([
			'## What do gardeners appreciate about raised beds?',
			'# But what they *love* is the quiet of the morning',
			'## Each bed needs the others',
			'## The balance is crucial',
		])}`;
		assert.strictEqual(titleOf(dump), 'What gardeners love about raised beds');
	});

	test('an h1 leading the body stays the title over the h2 sections under it', () => {
		const dump = `## Site news\n\n${post([
			'# What gardeners love about raised beds',
			'## What do gardeners appreciate about raised beds?',
			'## Each bed needs the others',
			'## The balance is crucial',
		])}`;
		assert.strictEqual(titleOf(dump), 'What gardeners love about raised beds');
	});

	test('an h1 after one lone h2 (no list of sections) stays the title', () => {
		const dump = `## Site news\n\n${post(['## Gardening', '# What gardeners love about raised beds', '### Each bed needs the others'])}`;
		assert.strictEqual(titleOf(dump), 'What gardeners love about raised beds');
	});
});
