// Metadata: a byline under the headline led by a label of another language than English (`bylineLabelWords.ts`).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const PARAGRAPH =
	'The old ferry crosses the bay twice a day, and in winter the crossing takes longer because the boat waits for the fishing fleet to come in first. ' +
	'Travellers who miss the last crossing sleep in the small inn above the harbour, where the owner keeps a list of the tides on the kitchen door.\n\n';
const BODY = PARAGRAPH.repeat(4);

function authorOf(byline: string): string[] | string | undefined {
	const md = extractMetadata(parseDump(`# Crossing the bay in winter\n\n${byline}\n\n${BODY}`), {});
	return md.author?.value ?? md.authors?.value;
}

suite('Metadata: byline labels of other languages', () => {
	for (const label of ['Verfasst von', 'Escrito por', 'Écrit par', 'Scritto da', 'Skrevet av', 'Forfatter:', 'Tekst:', 'Автор:', 'Autore:', 'Publicado por']) {
		test(`"${label} Name" under the headline names the author`, () => {
			assert.deepStrictEqual([authorOf(`${label} Jana Roemer`)].flat(), ['Jana Roemer']);
		});
	}

	test('a noun label without its colon starts a sentence, not a byline', () => {
		assert.strictEqual(authorOf('Tekst Jana Roemer'), undefined);
	});
});
