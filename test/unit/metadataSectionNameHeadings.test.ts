// Metadata (issue 12, session 53, meta58): an h1 that is only a site section's name ("# Blog") does not take the tie between h1s from the post's own h1.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isSectionNameHeading } from '../../src/core/extract/metadata/sectionNameHeadings';

const BODY = [
	'Wrap each glass in two sheets of paper and stand it upright in a box with dividers, never lying flat.',
	'',
	'Fill every gap with crumpled paper so nothing moves when you shake the box, then label the top and the sides.',
	'',
	'Keep a box of the things you need on the first night: a kettle, two mugs, towels, chargers and a torch.',
];

function title(first: string): string | undefined {
	return extractMetadata(parseDump(`${[first, '', '# Packing tips for a calm moving day', '', ...BODY].join('\n')}\n`), {}).title?.value;
}

suite("Metadata: a section's name as an h1", () => {
	test("the post's h1 under a section-name h1 is the title", () => {
		assert.strictEqual(title('# Blog'), 'Packing tips for a calm moving day');
		assert.strictEqual(title('# Latest News'), 'Packing tips for a calm moving day');
	});

	test('a section name alone still titles its index, and other first h1s keep the tie', () => {
		const index = extractMetadata(parseDump(`# News\n\n${BODY.join('\n')}\n`), {}).title?.value;
		assert.strictEqual(index, 'News');
		assert.strictEqual(isSectionNameHeading('Our Blog'), true);
		assert.strictEqual(isSectionNameHeading('News from the packing room'), false);
		assert.strictEqual(isSectionNameHeading('Moving Day'), false);
	});
});
