// Metadata (issue 12): ties between h1s go to the one inside the main landmark (role="main"), and to a visible one over a hidden one.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARA = 'A paragraph of body text long enough to be read as part of the post, with more words after it so that it counts.\n';

/** The title read with the article region starting at the `::: post` line (as the extractor's region would). */
function titleOf(dump: string): string | undefined {
	const start = dump.indexOf('::: post');
	return extractMetadata(parseDump(dump), { region: { start, end: dump.length }, pageKind: 'article' }).title?.value;
}

const BODY = `::: post\n${PARA}\n${PARA}\n${PARA}:::\n`;

suite('Metadata: the h1 inside the main landmark', () => {
	test('a blog name set as an h1 in the header gives way to the post h1 inside role="main"', () => {
		const dump = `::: top\n# Quentin Marlowe\n:::\n\n::: {role="main"}\n# Planting garlic before the frost\n\n[Nov 3, 2025]{.when}\n\n${BODY}:::\n`;
		assert.strictEqual(titleOf(dump), 'Planting garlic before the frost');
	});

	test('a board name set as an h1 above the main landmark gives way to the topic h1 inside it', () => {
		const dump = `::: top\n# Discussion Board\n:::\n\n::: {.wrap role="main"}\n# Beginning bookbinding\n\n${BODY}:::\n`;
		assert.strictEqual(titleOf(dump), 'Beginning bookbinding');
	});
});

suite('Metadata: a hidden h1', () => {
	test('a closed dialog\'s h1 gives way to the visible h1 of the same score', () => {
		// The dialog's h1 leads the page's h1s (the body's own comes over 300 characters into the region): only its hiding tells them apart.
		const dump = `::: {.box style="display:none;"}\n# The weekly seed letter\n:::\n\n::: post\n${PARA}\n${PARA}\n${PARA}\n# Seed catalogues\n\n${PARA}:::\n`;
		assert.strictEqual(titleOf(dump), 'Seed catalogues');
	});
});
