// Forum threads: a paragraph cut mid-word whose full text follows is a preview and goes; short openings and unrelated paragraphs stay.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropTruncatedPreviews, MIN_PREVIEW_CHARS } from '../../src/core/extract/heuristics/truncatedPreviews';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import type { RemovedRegion } from '../../src/core/extract/article';

const FULL =
	'One thing this format drills into you is how much fighting there was every single day: convoys sunk, towns shelled, prisoners shot, and the narrator moves on to the next front without a pause.';

function run(paragraphs: string[]): { texts: string[]; steps: string[] } {
	const removed: RemovedRegion[] = [];
	const kept = dropTruncatedPreviews(parseDump(paragraphs.join('\n\n')).blocks, removed);
	return { texts: kept.map((b) => collapse(blockText(b))), steps: removed.map((r) => r.step) };
}

suite('Forum truncated previews', () => {
	test('a preview cut mid-word before its full paragraph goes; the full one stays', () => {
		const preview = FULL.slice(0, 120);
		assert.ok(!FULL.slice(120).startsWith(' '), 'the fixture cuts a word');
		const { texts, steps } = run([preview, 'Continue Reading', FULL]);
		assert.deepStrictEqual(texts, ['Continue Reading', FULL]);
		assert.deepStrictEqual(steps, ['truncated-preview']);
	});

	test('a preview that ends with an ellipsis or "(more)" goes too', () => {
		for (const end of ['…', '... (more)']) {
			const { texts } = run([`${FULL.slice(0, 120)}${end}`, FULL]);
			assert.deepStrictEqual(texts, [FULL], end);
		}
	});

	test('a short opening shared by a longer post, a preview after its full text and unrelated paragraphs stay', () => {
		const opening = 'Thanks, that helps a lot.';
		assert.ok(opening.length < MIN_PREVIEW_CHARS);
		assert.deepStrictEqual(run([opening, `${opening} I tried it this morning and the error is gone.`]).texts.length, 2);
		assert.deepStrictEqual(run([FULL, FULL.slice(0, 120)]).texts.length, 2, 'a cut copy after the full text is a quote, for repeatedQuotes');
		assert.deepStrictEqual(run([FULL, 'Another answer entirely, about the war in the Pacific and its islands.']).texts.length, 2);
	});
});
