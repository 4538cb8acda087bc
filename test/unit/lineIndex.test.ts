// The line index: line starts found by searching for line feeds (no CR in the text) or by a scan of every character (CRs).
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text/lineIndex';

/** Line starts as the character scan finds them: a line ends at \n, \r\n or a lone \r. */
function referenceStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\r' && text[i + 1] === '\n') i++;
		if (c === '\n' || c === '\r') starts.push(i + 1);
	}
	return starts;
}

suite('Line index', () => {
	test('a text of line feeds only: a line after each, and one after a final one', () => {
		for (const text of ['', 'a', '\n', 'ab\ncd', 'ab\ncd\n', '\n\nx\n\n', 'no breaks at all']) {
			assert.deepEqual([...new LineIndex(text).lineStarts], referenceStarts(text), JSON.stringify(text));
		}
	});

	test('CRLF and lone CR end lines as LF does', () => {
		for (const text of ['ab\r\ncd\ref\n', 'a\r\r\nb', '\r', 'x\r', '\r\n', 'a\n\rb']) {
			assert.deepEqual([...new LineIndex(text).lineStarts], referenceStarts(text), JSON.stringify(text));
		}
	});

	test('positions and offsets agree with the starts', () => {
		const index = new LineIndex('one\ntwo\n\nfour');
		assert.equal(index.lineCount, 4);
		assert.deepEqual(index.positionAt(5), { line: 1, character: 1 });
		assert.deepEqual(index.positionAt(8), { line: 2, character: 0 });
		assert.equal(index.offsetAt({ line: 3, character: 2 }), 11);
		assert.equal(index.lineAt(100), 3);
	});
});
