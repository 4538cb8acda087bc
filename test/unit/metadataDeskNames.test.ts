// Metadata (issue 12): a desk named alone in the author's own element ("Staff", "Staff Clinician", "Newsdesk") is the byline (deskNames.ts, in names.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { splitNames } from '../../src/core/extract/metadata/names';

const BODY = Array.from({ length: 5 }, () => 'A smart thermostat learns when the house is empty and lets the heating rest, which is where the savings come from.\n').join('\n');

function authorOf(byline: string): string | undefined {
	return extractMetadata(parseDump(`# Do smart thermostats save money?\n\n${byline}\n\n${BODY}`), { pageKind: 'article' }).author?.value;
}

suite('Metadata: desk names in author markup', () => {
	test('a desk alone in an author link or a rel=author element is the author', () => {
		assert.strictEqual(authorOf('January 14, 2025\\\n[Staff Clinician](/author/administrator/ "Posts by Staff Clinician"){.author rel="author"}'), 'Staff Clinician');
		assert.strictEqual(authorOf('-   [Staff](/blog/author/staff/)\n-   April 18, 2025'), 'Staff');
		assert.strictEqual(authorOf('[Newsdesk](/author/newsdesk/){rel="author"} · March 2, 2025'), 'Newsdesk');
	});

	test('a desk word is only a name as an author element\'s whole text', () => {
		assert.deepStrictEqual(splitNames('Staff', { handles: true }), ['Staff']);
		assert.deepStrictEqual(splitNames('Staff'), []);
		// "Staff Writer" is a person's role, not a desk.
		assert.deepStrictEqual(splitNames('Staff Writer', { handles: true }), []);
		assert.deepStrictEqual(splitNames('Jane Doe, Staff Writer', { handles: true }), ['Jane Doe']);
	});
});
