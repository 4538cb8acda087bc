// Metadata: a bare name line under the headline, beside a dateline in the same header (`nameUnderTitle.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARAGRAPH =
	'The old ferry crosses the bay twice a day, and in winter the crossing takes longer because the boat waits for the fishing fleet to come in first. ' +
	'Travellers who miss the last crossing sleep in the small inn above the harbour, where the owner keeps a list of the tides on the kitchen door.\n\n';
const BODY = PARAGRAPH.repeat(4);

function authorOf(header: string, above = '', after = ''): string[] | string | undefined {
	const md = extractMetadata(parseDump(`${above}# Crossing the bay in winter\n\n${header}${BODY}${after}`), {});
	return md.author?.value ?? md.authors?.value;
}

suite('Metadata: a bare name line under the headline', () => {
	test('a name line and a dateline under the headline name the author', () => {
		assert.deepStrictEqual([authorOf('Anna Roemer\n\nMarch 5, 2026\n\n')].flat(), ['Anna Roemer']);
	});

	test('the dateline may come first, or stand above the headline', () => {
		assert.deepStrictEqual([authorOf('5 mars 2026\n\nPeter Varga\n\n')].flat(), ['Peter Varga']);
		assert.deepStrictEqual([authorOf('Peter Varga\n\n', 'March 5, 2026\n\n')].flat(), ['Peter Varga']);
	});

	test('without a dateline in the header the line is no byline', () => {
		assert.strictEqual(authorOf('Anna Roemer\n\n'), undefined);
	});

	test('a line whose first word is no given name is a subtitle or a place', () => {
		assert.strictEqual(authorOf('Harbour Street Ferries\n\nMarch 5, 2026\n\n'), undefined);
	});

	test('two name lines in the header name no one', () => {
		assert.strictEqual(authorOf('Anna Roemer\n\nPeter Varga\n\nMarch 5, 2026\n\n'), undefined);
	});

	test('a name line after the body has begun is not the header', () => {
		assert.strictEqual(authorOf(`March 5, 2026\n\n${PARAGRAPH}Anna Roemer\n\n`), undefined);
	});

	test('a dateline without a year, or a reading time, is the header\'s dateline too', () => {
		assert.deepStrictEqual([authorOf('Anna Roemer\n\nApr 12\n\n')].flat(), ['Anna Roemer']);
		assert.deepStrictEqual([authorOf('Peter Varga\n\n12 March · 4 min read\n\n')].flat(), ['Peter Varga']);
		assert.deepStrictEqual([authorOf('Peter Varga\n\n6 min read\n\n')].flat(), ['Peter Varga']);
	});

	test('a line that only begins with a month and a day is no dateline', () => {
		assert.strictEqual(authorOf('Anna Roemer\n\nMay 12 tickets are on sale at the harbour office\n\n'), undefined);
		assert.strictEqual(authorOf('Anna Roemer\n\nDecks 12\n\n'), undefined);
	});

	test('one subtitle between the name and the dateline keeps the header open', () => {
		const dek = 'Why the winter timetable of the old ferry still decides when the island wakes up, and who waits for whom at the pier when the fog comes in over the bay.\n\n';
		assert.deepStrictEqual([authorOf(`Anna Roemer\n\n${dek}March 5, 2026\n\n`)].flat(), ['Anna Roemer']);
		assert.strictEqual(authorOf(`Anna Roemer\n\n${dek}${dek}March 5, 2026\n\n`), undefined);
	});

	test('given names of the longer list (English, Slavic, South Asian) open a name too', () => {
		assert.deepStrictEqual([authorOf('Nikhil Varga\n\nMarch 5, 2026\n\n')].flat(), ['Nikhil Varga']);
		assert.deepStrictEqual([authorOf('Katarzyna Roemer\n\nMarch 5, 2026\n\n')].flat(), ['Katarzyna Roemer']);
	});

	test('a team signing under the headline beside a dateline is the author, the page\'s own team heading is not', () => {
		assert.deepStrictEqual([authorOf('The Harbour Notes Team\n\nMarch 5, 2026\n\n')].flat(), ['The Harbour Notes Team']);
		assert.deepStrictEqual([authorOf('Ferry Post Editorial Team\n\nApr 12\n\n')].flat(), ['Ferry Post Editorial Team']);
		assert.strictEqual(authorOf('Meet Our Team\n\nMarch 5, 2026\n\n'), undefined);
		assert.strictEqual(authorOf('Our Team\n\nMarch 5, 2026\n\n'), undefined);
	});

	test('a team signing the opening post of a thread (a reply count in the header) is not the page\'s author', () => {
		assert.strictEqual(authorOf('13 answers\n\nLast post: 01/12/2025\n\nThe Harbour Notes Team\n\n'), undefined);
		assert.deepStrictEqual([authorOf('Last updated 01/12/2025\n\nThe Harbour Notes Team\n\n')].flat(), ['The Harbour Notes Team']);
	});

	test('a name with no listed given name is read when an author box after the text names the writer again', () => {
		const box = `${PARAGRAPH}${PARAGRAPH}### Tovald Quenby\n\nWrites about the islands and their boats for the site.\n\n`;
		assert.deepStrictEqual([authorOf('Tovald Quenby\n\nMarch 5, 2026\n\n', '', box)].flat(), ['Tovald Quenby']);
		assert.strictEqual(authorOf('Tovald Quenby\n\nMarch 5, 2026\n\n'), undefined);
		// Still only beside a dateline.
		assert.strictEqual(authorOf('Tovald Quenby\n\n', '', box), undefined);
	});

	test('a line that is one link (a category, a button) is no name even when the end matter repeats it', () => {
		const box = `${PARAGRAPH}${PARAGRAPH}### Harbour Ferries\n\nTimetables and fares for every crossing.\n\n`;
		assert.strictEqual(authorOf('[Harbour Ferries](/harbour-ferries/)\n\nMarch 5, 2026\n\n', '', box), undefined);
	});

	test('a menu entry or a speaker\'s repeated name after the text is no author box', () => {
		const menu = `${PARAGRAPH}${PARAGRAPH}-   Harbour Ferries\n-   Island Walks\n\n`;
		assert.strictEqual(authorOf('Harbour Ferries\n\nMarch 5, 2026\n\n', '', menu), undefined);
		const speaker = `${PARAGRAPH}${PARAGRAPH}Tovald Quenby\n\n${PARAGRAPH}Tovald Quenby\n\n${PARAGRAPH}Tovald Quenby\n\n`;
		assert.strictEqual(authorOf('Tovald Quenby\n\nMarch 5, 2026\n\n', '', speaker), undefined);
	});
});
