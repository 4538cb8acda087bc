// Metadata (issue 12): a source's credit ("Source: …", "/ Source: …") names where a text or a figure comes from, never the page's author (names.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { splitNames } from '../../src/core/extract/metadata/names';

const BODY = Array.from({ length: 5 }, () => 'Group classes came back this year, and most trainers now plan one easy week in four for every client.\n').join('\n');

suite('Metadata: source credits', () => {
	test('"Source:" before a name reads as no name', () => {
		for (const t of ['Source: Harbor Wire', '/ Source: HARBOR', 'Image source: Lena Park', '| Source: City Desk']) assert.deepStrictEqual(splitNames(t, { handles: true }), [], t);
		assert.deepStrictEqual(splitNames('Lena Park', { handles: true }), ['Lena Park']);
	});

	test('a byline box\'s timestamp with a source credit gives way to the writer\'s name', () => {
		const dump = `# The year in workouts\n\n::: {testid="expandable-byline"}\n::: {testid="byline-timestamp"}\nUpdated Dec. 23, 2024, 1:24 PM EST[ / Source:\n[HARBOR](https://harbor.example){.x}]{testid="source"}\n:::\n\n::: {.card}\nLena Park\n\nFitness editor\n:::\n:::\n\n${BODY}`;
		const m = extractMetadata(parseDump(dump), { pageKind: 'article' });
		assert.notStrictEqual(m.author?.value, '/ Source: HARBOR');
	});
});
