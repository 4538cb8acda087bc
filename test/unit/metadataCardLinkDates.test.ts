// Metadata (issue 12, session 53, meta58): a plain date right before a card's empty link into the site is the card's date, not the page's.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata } from '../../src/core/extract/metadata';

const CARD_TEXT = 'When we started, we were not trying to ship a feature; we were trying to fix how the teams shared their work.';

/** An index page: its title, then a card (date, box edges, `between`, the card's heading and summary), then more. */
function published(between: string): string | undefined {
	const dump = [
		'# Engineering',
		'',
		'::: c1',
		'::: c2',
		'Feb 19, 2026',
		':::',
		'',
		between,
		'',
		'#### Our new build pipeline',
		'',
		CARD_TEXT,
		':::',
		'',
		'Notes from the people who build and run the platform, written for other engineers.',
	].join('\n');
	return extractMetadata(parseDump(`${dump}\n`), {}).published?.value;
}

suite("Metadata: a card's date before its empty link", () => {
	test('a date before an empty link to a page of the site is not the page date', () => {
		assert.strictEqual(published('[](/2026/2/our-new-build-pipeline)'), undefined);
		assert.strictEqual(published('[](/2026/2/our-new-build-pipeline){.card-link}'), undefined);
	});

	test('a date before a link with text, an empty link to another site, an index or a writer is still the page date', () => {
		assert.strictEqual(published('[Read more](/2026/2/our-new-build-pipeline)'), '2026-02-19');
		assert.strictEqual(published('[](https://share.example/?u=x)'), '2026-02-19');
		// A section's index and a writer's page after a post's own date: a header link and an avatar, not a card.
		assert.strictEqual(published('[](/blog)'), '2026-02-19');
		assert.strictEqual(published('[](/authors/jane-doe)'), '2026-02-19');
	});
});
