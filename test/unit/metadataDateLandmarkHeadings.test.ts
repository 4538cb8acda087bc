// Metadata: a heading that is only a date, or one that labels a page region for screen readers, is not the page's title.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';
import { isDateHeading } from '../../src/core/extract/metadata/dateHeadings';
import { isLandmarkHeading } from '../../src/core/extract/metadata/landmarkHeadings';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function titleOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).title?.value;
}

suite('Metadata: date headings and landmark labels', () => {
	test('a date in words set as a heading above the post\'s headline (both h2s: the first would win the tie) is not the title', () => {
		const dump = `::: day\n## Tuesday, March 3, 2026\n\n::: post\n## Pruning the old pear tree\n\n${BODY}:::\n:::\n`;
		assert.strictEqual(titleOf(dump), 'Pruning the old pear tree');
	});

	test('a landmark label over a region does not outscore a thread\'s subject', () => {
		const dump = `::: top\n## Board footer\n\n-   [Index](/)\n:::\n\n## Why does my kiln crack glazes?\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Why does my kiln crack glazes?');
	});

	test('what is a date heading', () => {
		assert.strictEqual(isDateHeading('December 16, 2025'), true);
		assert.strictEqual(isDateHeading('Tuesday, 3 March 2026'), true);
		assert.strictEqual(isDateHeading('Wed. (2025-11-01)'), true);
		assert.strictEqual(isDateHeading('What changed on December 16, 2025'), false);
		assert.strictEqual(isDateHeading('2025 in Review'), false);
		assert.strictEqual(isDateHeading('From March 3, 2026 to April 4, 2026'), false);
	});

	test('what is a landmark label', () => {
		assert.strictEqual(isLandmarkHeading('Footer navigation'), true);
		assert.strictEqual(isLandmarkHeading('Main Navigation'), true);
		assert.strictEqual(isLandmarkHeading('Board footer'), true);
		assert.strictEqual(isLandmarkHeading('Skip to main content'), true);
		// The bare names are `UI_LABEL_RE`'s, a restaurant's menu names its page, and a longer heading is a headline.
		assert.strictEqual(isLandmarkHeading('Navigation'), false);
		assert.strictEqual(isLandmarkHeading('Lunch Menu'), false);
		assert.strictEqual(isLandmarkHeading('How we rebuilt the site header'), false);
	});
});
