// Metadata (issue 12): controls inside a heading (a web component's popout slots, a documentation generator's copy button) are not the title's words.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'metadata');

function titleOf(name: string): string | undefined {
	return extractMetadata(parseDump(fs.readFileSync(path.join(FIXTURES, name), 'utf8')), {}).title?.value;
}

suite('Metadata: controls inside the title heading', () => {
	test('spans with a slot attribute (a popout\'s heading and contents) are left out of the title', () => {
		assert.strictEqual(titleOf('heading-controls.txt'), 'Access overview');
	});

	test('a copy button\'s label at the heading\'s end is left out of the title', () => {
		assert.strictEqual(titleOf('heading-button.txt'), 'Crate widgets');
	});

	test('a span without a slot, and the label\'s words inside a headline, stay', () => {
		const md = extractMetadata(parseDump('# How to [copy]{.term} an item path\n\nA paragraph of body text long enough to be read as the article, with more words after it.\n'), {});
		assert.strictEqual(md.title?.value, 'How to copy an item path');
	});
});
