// Metadata (issue 12): a dateline whose year runs into the reading time after it ("Mar 27, 20255 mins") still gives its date (gluedDates.ts `unglued`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { unglued } from '../../src/core/extract/metadata/gluedDates';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so that it counts as prose.\n\n'.repeat(8);

suite('Metadata: a year glued to a reading time', () => {
	test('the date of a dateline "Mar 27, 20255 mins" under the title is read', () => {
		const dump = `# Five podcasts for people who run small teams\n\n::: meta\nby [Dana Rowe](/author/dana) Mar 27, 20255 mins\n:::\n\n${BODY}`;
		assert.strictEqual(extractMetadata(parseDump(dump), {}).published?.value, '2025-03-27');
	});

	test('a two-digit reading time is split the same way; other numbers are left alone', () => {
		assert.strictEqual(unglued('May 2nd 202511 mins'), 'May 2nd 2025 11 mins');
		assert.strictEqual(unglued('Order 120255 mins'), 'Order 120255 mins');
		assert.strictEqual(unglued('Model 20255 wheels'), 'Model 20255 wheels');
	});
});
