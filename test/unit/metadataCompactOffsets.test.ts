// Metadata (issue 12): inline data URIs (base64 icons and SVG art) take no room between a headline and its byline.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { CompactOffsets, MIN_BULK_CHARS } from '../../src/core/extract/metadata/compactOffsets';

/** An inline SVG icon as themes write it: a few kilobytes of base64 in the image's source. */
function icon(chars: number): string {
	return `![](data:image/svg+xml;base64,${'PHN2ZyB3aWR0aD0iMTkyIiBoZWlnaHQ9'.repeat(Math.ceil(chars / 32)).slice(0, chars)})`;
}

suite('Metadata: compact offsets', () => {
	test('offsets after a bulky data URI lose its length; short ones and earlier offsets keep theirs', () => {
		const c = new CompactOffsets();
		c.add(100, 100 + MIN_BULK_CHARS - 1);
		c.add(1000, 5000);
		c.add(6000, 9000);
		assert.strictEqual(c.at(50), 50);
		assert.strictEqual(c.at(900), 900);
		assert.strictEqual(c.at(5000), 1000);
		assert.strictEqual(c.at(5500), 1500);
		assert.strictEqual(c.at(9100), 9100 - 4000 - 3000);
	});

	test('a byline and date three large icons under the headline are still near it', () => {
		const lines = [
			'# Which Car Rental Company Leads the Satisfaction Study',
			'',
			'::: {.hidden .lg:block}',
			icon(4000),
			':::',
			'',
			icon(4000),
			'',
			icon(4000),
			'',
			'By Jane Doe · March 3, 2025',
			'',
			'Travellers rated the counter experience, the cars and the return process in a long survey of rentals.',
		];
		const m = extractMetadata(parseDump(`${lines.join('\n')}\n`), {});
		assert.strictEqual(m.author?.value, 'Jane Doe');
		assert.strictEqual(m.published?.value, '2025-03-03');
	});
});
