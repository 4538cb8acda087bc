// Metadata (issue 12): headings of consent prompts, dialogs, filter panels and admonitions are never the page's title.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function titleOf(dump: string): string | undefined {
	return extractMetadata(parseDump(dump), {}).title?.value;
}

suite('Metadata: dialog and consent headings', () => {
	test('a consent prompt\'s long heading is not the title, whatever its container', () => {
		const dump = `::: banner-box\n# We and our partners process data to provide: {.banner-title}\n\nUse precise geolocation data.\n:::\n\n## Was the old bridge rebuilt in time?\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Was the old bridge rebuilt in time?');
	});

	test('a heading inside a dialog (named in a run-together or hyphenated class) is not the title, even an h1', () => {
		const dump = `::: {.ot-sdk-container .alertdialog}\n# Choose what we share\n\nPick the settings you like.\n:::\n\n## Open source projects this week\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Open source projects this week');
		const modal = `::: pricing-modal-inner\n# What is your address? {.pricing-modal-inner__title}\n\nWe use it to find your local office.\n:::\n\n## Seasonal garden care plans\n\n${BODY}`;
		assert.strictEqual(titleOf(modal), 'Seasonal garden care plans');
	});

	test('a filter panel\'s label and an admonition\'s heading are not titles: nothing is said rather than them', () => {
		assert.strictEqual(titleOf(`::: facets__wrapper\n## Filter: {.facets__heading}\n\nPrice\n:::\n\n${BODY}`), undefined);
		assert.strictEqual(titleOf(`::: note\n### Note {.title}\n\nThe clause is optional.\n:::\n\n${BODY}`), undefined);
	});

	test('a headline whose generated id reads "modal", a hero named "popup" and a page wrapper named "dialog" keep their title', () => {
		assert.strictEqual(titleOf(`# Multi-Modal Data Fusion for Soil Maps {#multi-modal-data-fusion-for-soil-maps}\n\n${BODY}`), 'Multi-Modal Data Fusion for Soil Maps');
		assert.strictEqual(titleOf(`::: dialog-off-canvas-main-canvas\n::: hero-banner-popup\n# Seven days of cheap meals\n:::\n\n${BODY}:::\n`), 'Seven days of cheap meals');
	});
});
