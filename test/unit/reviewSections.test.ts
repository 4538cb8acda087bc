// A section headed as reviews that opens with a rating summary is a product page's review widget and goes (heuristics/reviewSections.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dropReviewSections, isRatingSummary } from '../../src/core/extract/heuristics/reviewSections';

/** The text of the blocks `dropReviewSections` keeps from a dump's top-level blocks, one line each. */
function kept(dump: string): string {
	const removed: RemovedRegion[] = [];
	return dropReviewSections(parseDump(dump).blocks, removed)
		.map((b) => collapsedText(b))
		.join('\n');
}

const PRODUCT = '# Cedar Beard Oil\n\nA light oil of jojoba and argan that softens the beard and calms the skin under it.\n\n## How to use\n\nWarm three drops in your palms and work them through the beard after a shower.\n';
const REVIEWS =
	'## Customer Reviews\n\nBased on 4,567 reviews\n\n### Smells like a forest\n\nI have used it for a month and my beard has never felt softer; the cedar scent lasts all morning.\n\nby Sam on March 3, 2025\n\n### Good but small\n\nWorks well, though the bottle runs out fast when your beard is long.\n';
const FAQ = '## Beard Oil FAQs\n\nWill it make my beard grow thicker? It keeps the hair you have healthy, which makes it look fuller.\n';

suite('Review sections', () => {
	test('a reviews heading over a rating summary goes with its reviews, up to the next section of its level', () => {
		const text = kept(`${PRODUCT}\n${REVIEWS}\n${FAQ}`);
		assert.ok(text.includes('Warm three drops'), text);
		assert.ok(text.includes('Will it make my beard grow thicker'), text);
		for (const gone of ['Customer Reviews', 'Based on 4,567 reviews', 'Smells like a forest', 'bottle runs out fast']) assert.ok(!text.includes(gone), `kept ${gone}: ${text}`);
	});

	test('a section of press quotes headed Reviews, with no rating summary, stays', () => {
		const press = '## Reviews\n\n"The best beard oil we tried this year." --- Grooming Weekly\n\n"Light, and it lasts." --- The Barber Post\n';
		const text = kept(`${PRODUCT}\n${press}`);
		assert.ok(text.includes('The best beard oil we tried this year'), text);
	});

	test('the summary must come within the first lines of the section', () => {
		const late = '## Reviews\n\nWhat our customers say about the oil they use every day.\n\nWe read every review and answer the questions.\n\nSome of them are below.\n\n4.8 out of 5 stars\n';
		assert.ok(kept(`${PRODUCT}\n${late}`).includes('What our customers say'));
	});

	test('a page of more blocks than a call can take as arguments keeps them all around the widget', () => {
		// 150,000 lines before the widget and after it: spreading them into one push() call throws a RangeError.
		const lines = Array.from({ length: 150_000 }, (_, i) => `Line ${i}`).join('\n\n');
		const blocks = parseDump(`${PRODUCT}\n${lines}\n\n${REVIEWS}\n# After\n\n${lines}\n`).blocks;
		const out = dropReviewSections(blocks, []);
		assert.ok(out.length > 300_000 && out.length < blocks.length, `${out.length} of ${blocks.length}`);
	});

	test('rating summaries: stars, counts of ratings or reviews, star bars', () => {
		for (const line of ['4.5 out of 5 stars', '4.8 out of 5 stars (146,980)', '44,763 global ratings', 'Based on 4567 reviews', '5 star reviews: 1005', '4.9 / 1,316 ratings', '1,113 ratings']) {
			assert.ok(isRatingSummary(line), line);
		}
		for (const line of ['Reviews', 'Read what 4,000 customers say about it in their reviews', '2 of 5']) assert.ok(!isRatingSummary(line), line);
	});
});
