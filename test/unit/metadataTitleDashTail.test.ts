// Metadata (issue 12): a short title-cased tag after the title's last spaced dash (a section, series or board label) is left out.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { withoutDashTail } from '../../src/core/extract/metadata/titleDashTail';

const BODY = 'A paragraph of body text long enough to be read as the post, with more words after it so that it counts as one.\n';

function titleOf(dump: string, pageKind?: string): string | undefined {
	return extractMetadata(parseDump(dump), { pageKind }).title?.value;
}

suite('Metadata: a tag after the title', () => {
	test("a headline's short title-cased tag after pandoc's em dash is no part of its title", () => {
		const dump = `# Stretching Routines for Runners --- Mobility Basics {#stretching .entry-title}\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, 'article'), 'Stretching Routines for Runners');
	});

	test('only the last dash is read, and joining words may stay lower case', () => {
		assert.strictEqual(withoutDashTail('Caching Layers Explained - Part Two - Tips of the Trade'), undefined);
		assert.strictEqual(withoutDashTail('Caching Layers Explained - Part Two - Tips of Trade'), 'Caching Layers Explained - Part Two');
		assert.strictEqual(withoutDashTail('Hybrid Solar And Wind Power - Engineering'), 'Hybrid Solar And Wind Power');
	});

	test('a long, lower-case or numbered tail, and a short head, are kept whole', () => {
		assert.strictEqual(withoutDashTail('How Search Engines Rank Pages – 10 Signals, Use Cases, Best Practices'), undefined);
		assert.strictEqual(withoutDashTail('Free Invoice Software - simple and free forever'), undefined);
		assert.strictEqual(withoutDashTail('The Best Budget Earbuds under $50 - March 2026'), undefined);
		assert.strictEqual(withoutDashTail('Building a Synth Plugin in C++ - Part 1'), undefined);
		assert.strictEqual(withoutDashTail('Season Tickets - Family Pass'), undefined);
		assert.strictEqual(withoutDashTail('A headline-with-hyphens and no spaced dash'), undefined);
		const dump = `# Squad 2024 - 2025\n\n${BODY}`;
		assert.strictEqual(titleOf(dump, 'forum'), 'Squad 2024 - 2025');
	});
});
