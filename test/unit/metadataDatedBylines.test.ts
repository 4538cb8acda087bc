// Metadata (issue 12): a byline that starts with its date names its author after the date, and a byline box's date is the page's.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata, splitNames } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';
/** A standfirst long enough to put the title out of a dateline's reach. */
const STANDFIRST = `${'The lead picture of the story comes first, then a long standfirst that tells what the story is about. '.repeat(40)}\n`;

function read(dump: string): { author?: string; published?: string } {
	const md = extractMetadata(parseDump(dump), {});
	return { author: md.author?.value, published: md.published?.value };
}

suite('Metadata: bylines that start with their date', () => {
	test('the name after a leading date', () => {
		assert.deepStrictEqual(splitNames('Dec. 19, 2025 · Ada Byron'), ['Ada Byron']);
		assert.deepStrictEqual(splitNames('May 1, 2025 | By Ada Byron and Tom Kilburn'), ['Ada Byron', 'Tom Kilburn']);
	});

	test('a name before the date is read as before', () => {
		assert.deepStrictEqual(splitNames('Ada Byron · May 1, 2025'), ['Ada Byron']);
		assert.deepStrictEqual(splitNames('Ada Byron, May 1, 2025 - updated June 2, 2025'), ['Ada Byron']);
	});

	test('words before the date that are not a label keep the text before it', () => {
		assert.deepStrictEqual(splitNames('Read on May 1, 2025 · Ada Byron'), []);
	});

	test('"on behalf of" a group: the person is the author', () => {
		assert.deepStrictEqual(splitNames('Ada Byron on behalf of the Compiler team'), ['Ada Byron']);
	});

	test('a date-and-author meta line under the title', () => {
		const dump = `# What people love about the language\n\n::: publish-date-author\nDec. 19, 2025 · Ada Byron on behalf of [Vision group](https://example.org/teams/vision)\n:::\n\n${BODY}`;
		assert.strictEqual(read(dump).author, 'Ada Byron');
	});
});

suite('Metadata: a byline box holding only a date', () => {
	test('its date is the page\'s, though the title is far below it', () => {
		const dump = `::: byline\nSat, 20 Dec, 2025 - 06:36\n:::\n\n${STANDFIRST}\n# A visit to the bridge club at the heart of the town\n\n${BODY}`;
		assert.strictEqual(read(dump).published?.slice(0, 10), '2025-12-20');
	});

	test('the same date in a box of no byline class is not read', () => {
		const dump = `::: kicker\nSat, 20 Dec, 2025 - 06:36\n:::\n\n${STANDFIRST}\n# A visit to the bridge club at the heart of the town\n\n${BODY}`;
		assert.strictEqual(read(dump).published, undefined);
	});

	test('a byline box in a sidebar is another story\'s', () => {
		const dump = `# A visit to the bridge club at the heart of the town\n\n${BODY}\n${STANDFIRST}\n::: sidebar\n::: byline\nSat, 20 Dec, 2025 - 06:36\n:::\n:::\n`;
		assert.strictEqual(read(dump).published, undefined);
	});
});
