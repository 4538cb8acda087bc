// Listing repeats: a long teaser printed twice on a listing is read once; short repeated lines are left to the general clean-up.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropRepeatedBlocks } from '../../src/core/extract/heuristics/repeatedBlocks';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { dropListingRepeats, MIN_LISTING_REPEAT_CHARS } from '../../src/core/extract/kinds/listingRepeats';
import type { RemovedRegion } from '../../src/core/extract/article';

const PITCH =
	'Hey everyone, I am the maker of Quill, a dictation app for the Mac that writes in your own style in every application, with edits as you speak and a command mode for quick replies.';
const OTHER = 'Tidy a music library in minutes: duplicates, missing covers and wrong tags are found and fixed in one pass over every album you own.';

/** A launch listing whose first card's pitch is printed again in its preview and its modal. */
const DUMP = ['## Quill', '', PITCH, '', 'Productivity', '', PITCH, '', '## Tidy', '', OTHER, '', 'Productivity', '', PITCH, ''].join('\n');

function texts(blocks: readonly { kind: string }[]): string[] {
	return blocks.map((b) => collapse(blockText(b as never)));
}

suite('Listing repeats (kinds/listingRepeats.ts)', () => {
	test('a long paragraph repeated on a listing is kept once, where it first stands', () => {
		const blocks = parseDump(DUMP).blocks;
		assert.ok(PITCH.length >= MIN_LISTING_REPEAT_CHARS);
		const removed: RemovedRegion[] = [];
		const kept = texts(dropListingRepeats(blocks, removed));
		assert.deepStrictEqual(kept, ['Quill', PITCH, 'Productivity', 'Tidy', OTHER, 'Productivity']);
		assert.strictEqual(removed.length, 2);
		assert.ok(removed.every((r) => r.step === 'repeated-block'));
	});

	test('the general clean-up keeps long repeats, and short repeated lines are not this rule\'s', () => {
		const blocks = parseDump(DUMP).blocks;
		// The general pass (articles' authors may repeat a paragraph) leaves the pitch's copies.
		assert.strictEqual(texts(dropRepeatedBlocks(blocks, [])).filter((t) => t === PITCH).length, 3);
		// The listing pass leaves the repeated short category line to it.
		assert.strictEqual(texts(dropListingRepeats(blocks, [])).filter((t) => t === 'Productivity').length, 2);
	});
});
