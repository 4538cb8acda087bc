// Metadata (issue 12): a site's or section's name above the page's own headline is not the title; nor is a site's name after a dash.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractMetadata, type ArticleContext } from '../../src/core/extract/metadata';
import { isOwnSlug } from '../../src/core/extract/metadata/headingSlugId';

const BODY = 'A paragraph of body text long enough to be read as the article, with more words after it so it counts.\n';

function titleOf(dump: string, context: (text: string) => ArticleContext = () => ({})): string | undefined {
	return extractMetadata(parseDump(dump), context(dump)).title?.value;
}

/** The article region as the body extractor would give it: from `marker` to the end. */
function regionFrom(marker: string): (text: string) => ArticleContext {
	return (text) => ({ region: { start: text.indexOf(marker), end: text.length } });
}

suite('Metadata: site headings and site suffixes', () => {
	test('an h1 wholly linked to a section index or the front page is the site\'s name, not the title', () => {
		const dump = `# [The Tide Blog](/blog/) {.small}\n\n# Defer, flush and retry\n\nAnna Berg\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Defer, flush and retry');
		const manual = `::: docs-header\n# [Widget 2.0 Documentation](../index.html)\n:::\n\n# Quick start\n\n${BODY}`;
		assert.strictEqual(titleOf(manual), 'Quick start');
	});

	test('a headline linked to its own permalink stays the title', () => {
		const dump = `# [Defer, flush and retry](/2021/05/defer-flush-and-retry/)\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Defer, flush and retry');
		const slug = `# [Defer, flush and retry](/defer-flush-and-retry/)\n\n${BODY}`;
		assert.strictEqual(titleOf(slug), 'Defer, flush and retry');
	});

	test('of two h1s, the one leading the article region wins the tie over a blog name in the header', () => {
		const dump = `<div>\n\n# tidewriter\n\n[Home](/) [Blog](/blog/)\n\n</div>\n\n::: {role="main"}\n# Year-end notes on board games\n\n*15 Dec, 2025*\n\n${BODY}:::\n`;
		assert.strictEqual(titleOf(dump, regionFrom('::: {role="main"}')), 'Year-end notes on board games');
		// Without a region the first h1 keeps the tie.
		assert.strictEqual(titleOf(dump), 'tidewriter');
	});

	test('an h1 deep inside the region heads a section: the headline just before the region keeps the tie', () => {
		const dump = `# Attested builds for small teams\n\n::: content\n${BODY}\n${BODY}\n${BODY}\n${BODY}\n# What attestation is\n\n${BODY}:::\n`;
		assert.strictEqual(titleOf(dump, regionFrom('::: content')), 'Attested builds for small teams');
	});

	test('an id made from a heading\'s own text is not vocabulary: "promo-codes" does not make the headline foreign', () => {
		assert.strictEqual(isOwnSlug('pest-discounts-and-promo-codes', 'Pest discounts and promo codes'), true);
		assert.strictEqual(isOwnSlug('promo-box', 'Pest discounts and promo codes'), false);
		const dump = `# Pest discounts, coupons and promo codes {#pest-discounts-coupons-and-promo-codes}\n\n## Spring specials {.card-title}\n\n${BODY}\n## Combine and save {.card-title}\n\n${BODY}`;
		assert.strictEqual(titleOf(dump), 'Pest discounts, coupons and promo codes');
		// The same words as a class still mark a promotion box.
		const promo = `::: promo\n# Save on pest control today\n:::\n\n## Spring garden care guide\n\n${BODY}`;
		assert.strictEqual(titleOf(promo), 'Spring garden care guide');
	});

	test('a trailing " – Site" is cut when the site\'s links or logo say that name; a dash inside a headline stays', () => {
		const site = `[![Tidelyst logo](/logo.png)](https://tidelyst.com/)\n\n[News](https://tidelyst.com/news/) [Reviews](https://tidelyst.com/reviews/) [People](https://tidelyst.com/people/)\n\n`;
		assert.strictEqual(titleOf(`${site}# Critics' picks: the best shows of 2025 -- Tidelyst\n\n${BODY}`), 'Critics’ picks: the best shows of 2025');
		assert.strictEqual(titleOf(`${site}# Zero waste -- a beginner's guide\n\n${BODY}`), 'Zero waste – a beginner’s guide');
		assert.strictEqual(titleOf(`# Gym workouts for beginners --- Strength training\n\n${BODY}`), 'Gym workouts for beginners — Strength training');
	});
});
