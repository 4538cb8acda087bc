// Metadata: an author box after the article as a heading with the name and a bio opening with it (`bioHeadingNames.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARAGRAPH =
	'The old ferry crosses the bay twice a day, and in winter the crossing takes longer because the boat waits for the fishing fleet to come in first. ' +
	'Travellers who miss the last crossing sleep in the small inn above the harbour, where the owner keeps a list of the tides on the kitchen door.\n\n';
const BODY = PARAGRAPH.repeat(4);

function authorOf(tail: string): string[] | string | undefined {
	const md = extractMetadata(parseDump(`# Crossing the bay in winter\n\n${BODY}${tail}`), {});
	return md.author?.value ?? md.authors?.value;
}

suite('Metadata: an author box as a name heading and a bio', () => {
	test('a name heading after the article, its bio opening with the name, names the author', () => {
		assert.deepStrictEqual([authorOf('### Anna Roemer\n\nAnna Roemer writes about islands and their ferries for the site.\n')].flat(), ['Anna Roemer']);
	});

	test('the bio may open with the given name alone', () => {
		assert.deepStrictEqual([authorOf('### Anna Roemer\n\nAnna has sailed these waters since she was a child.\n')].flat(), ['Anna Roemer']);
	});

	test('a name heading whose paragraph is about something else names no one', () => {
		assert.strictEqual(authorOf('### Harbour Street\n\nThe inn stands at the corner of the square.\n'), undefined);
	});

	test('a section heading that starts with a given name goes on with a noun, not a bio', () => {
		assert.strictEqual(authorOf('### Grace Period\n\nGrace periods run for thirty days after the ticket is bought.\n'), undefined);
	});

	test('two such boxes are a list of people: no author', () => {
		const two = '### Anna Roemer\n\nAnna Roemer runs the inn.\n\n### Peter Varga\n\nPeter Varga sails the ferry.\n';
		assert.strictEqual(authorOf(two), undefined);
	});
});
