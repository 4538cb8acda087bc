// Metadata (issue 12): a page's own unambiguous numeric dates fix whether its ambiguous ones are day or month first.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { pageDayFirst } from '../../src/core/extract/metadata/numericDateOrder';

const BODY = [
	'Renovating a kitchen starts with a budget, and the budget starts with the cabinets, which take a third of it on most jobs.',
	'',
	'Counters, appliances and the plumbing come next; a contractor who quotes them apart lets you compare each line with another quote.',
];

/** A blog post dated with dots, then a list of other posts dated the same way. */
function page(dateline: string, others: readonly string[]): string {
	const teasers = others.flatMap((d, i) => [`- [Another post number ${i + 1} about kitchens](/blog/post-${i + 1}/) ${d}`]);
	return `${['# How much does a kitchen renovation cost', '', dateline, '', ...BODY, '', '## More from the blog', '', ...teasers].join('\n')}\n`;
}

suite('Metadata: day or month first from the page', () => {
	test('a dotted date reads month first when the page also writes "11.24.2025"', () => {
		const m = extractMetadata(parseDump(page('09.10.2024', ['11.24.2025', '10.28.2025'])), {});
		assert.strictEqual(m.published?.value, '2024-09-10');
	});

	test('a slashed date reads day first when the page also writes "19/02/2025", whatever the language', () => {
		const m = extractMetadata(parseDump(page('09/10/2024', ['19/02/2025', '08/04/2025'])), {});
		assert.strictEqual(m.published?.value, '2024-10-09');
	});

	test('without an unambiguous date the separator and language decide as before (dots day first)', () => {
		const m = extractMetadata(parseDump(page('09.10.2024', ['08.04.2025'])), {});
		assert.strictEqual(m.published?.value, '2024-10-09');
	});

	test('a page with both orders, or none, gives no order', () => {
		assert.strictEqual(pageDayFirst('On 11/24/2025 and on 24/11/2025.'), undefined);
		assert.strictEqual(pageDayFirst('On 01/02/2025 and 03/04/2025.'), undefined);
		assert.strictEqual(pageDayFirst('Posted 11.24.2025'), false);
		assert.strictEqual(pageDayFirst('Posted 24.11.2025'), true);
		assert.strictEqual(pageDayFirst('Call 10-45-2025 or 31/31/2025'), undefined);
	});
});
