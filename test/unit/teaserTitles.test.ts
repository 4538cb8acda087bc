// Teaser titles: a feed read through the article pipeline keeps each item's linked title and date, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { blockText, collapse } from '../../src/core/extract/inlineText';
import { LISTING_TITLE_ROW_LEVELS, MAX_TITLE_BLOCK_CHARS, MIN_TEASER_TITLES, withTeaserTitles } from '../../src/core/extract/kinds/teaserTitles';
import { articleAttempt } from '../../src/core/extract/sieve';
import { extractDumpText } from '../util/kindFixtures';

const DAYS = ['March 3, 2026', 'March 2, 2026', 'February 27, 2026', 'February 20, 2026', 'February 14, 2026'];

/** An item of a river society's news feed: a title block (linked heading and date) and an excerpt of prose. */
function item(i: number, titled = true): string {
	const title = titled ? `::: {.entry-title-wrapper}\n## [The river society's news, part ${i + 1}](/news/2026/part-${i + 1})\n\n${DAYS[i]}\n:::\n\n` : '';
	return (
		`::: {.entry}\n${title}::: {.entry-content}\n` +
		`The society met on the towpath again, counted the herons, cleared two fallen willows and wrote up the water levels, ` +
		`which were higher than in any week of the winter, item ${i + 1}, and planned the spring walk along the weir.\n:::\n:::\n`
	);
}

/** A news page: a header menu, the feed of `n` items, a footer. */
function feed(n: number, titled = true, after = ''): string {
	const items = Array.from({ length: n }, (_, i) => item(i, titled)).join('\n');
	return `::: {.site-header}\n-   [Home](/)\n-   [News](/news)\n:::\n\n::: {.blog-list}\n${items}\n${after}:::\n\n::: {.site-footer}\nCopyright the river society.\n:::\n`;
}

function keptText(dump: string): string {
	const index = new BlockIndex(parseDump(dump));
	return withTeaserTitles(index, articleAttempt(index))
		.blocks.map((b) => collapse(blockText(b)))
		.join('\n');
}

suite('Teaser titles', () => {
	test("the article pipeline alone drops the feed's linked titles (the case the heuristic is for)", () => {
		const index = new BlockIndex(parseDump(feed(5)));
		const a = articleAttempt(index);
		const text = a.blocks.map((b) => collapse(blockText(b))).join('\n');
		assert.ok(text.includes('counted the herons'), text);
		assert.ok(!text.includes("The river society's news, part 1"), text);
		assert.ok(a.removed.some((r) => r.step === 'conditional'));
	});

	test('each item of a feed keeps its linked title and its date, in source order', () => {
		const text = keptText(feed(5));
		for (let i = 0; i < 5; i++) assert.ok(text.includes(`The river society's news, part ${i + 1}`), `lost title ${i + 1}: ${text}`);
		for (const day of DAYS) assert.ok(text.includes(day), `lost ${day}: ${text}`);
		const first = text.indexOf('part 1');
		const second = text.indexOf('part 2');
		assert.ok(first < text.indexOf('item 1,') && text.indexOf('item 1,') < second, text);
	});

	test('the extracted page shows the titles, without the menu or the footer', () => {
		const { text } = extractDumpText(feed(5));
		assert.ok(text.includes("The river society's news, part 3") && text.includes(DAYS[2]), text);
		assert.ok(!text.includes('Copyright') && !text.includes('Home'), text);
	});

	test(`fewer than ${MIN_TEASER_TITLES} such titles are not a feed: the attempt stays as it is`, () => {
		const dump = feed(MIN_TEASER_TITLES - 1);
		const index = new BlockIndex(parseDump(dump));
		const a = articleAttempt(index);
		assert.strictEqual(withTeaserTitles(index, a), a);
	});

	test('removed link blocks with no kept content after them (a rail of related links in the container) stay removed', () => {
		const rail = Array.from({ length: 4 }, (_, i) => `::: {.teaser}\n### [Another walk, number ${i + 1}](/walks/${i + 1})\n:::\n`).join('\n');
		const index = new BlockIndex(parseDump(feed(5, false, `::: {.more}\n${rail}\n:::\n`)));
		const a = articleAttempt(index);
		assert.strictEqual(a.removed.filter((r) => r.step === 'conditional').length, 4, 'each teaser of the rail is removed on its own');
		const text = withTeaserTitles(index, a)
			.blocks.map((b) => collapse(blockText(b)))
			.join('\n');
		assert.ok(!text.includes('Another walk'), text);
	});

	test('a long link-dense block is not a title block', () => {
		assert.ok(MAX_TITLE_BLOCK_CHARS >= 150 && MAX_TITLE_BLOCK_CHARS <= 500);
		const menu = Array.from({ length: 12 }, (_, i) => `[Section of the society number ${i + 1}](/s/${i + 1})`).join(' ');
		const dump = feed(5).replace(/::: \{\.entry-title-wrapper\}\n(## .*)\n/g, `::: {.entry-title-wrapper}\n$1\n\n${menu}\n`);
		const text = keptText(dump);
		assert.ok(!text.includes('Section of the society number 1'), text);
	});

	test("on a listing, a title in a row beside the item's buttons comes back when the excerpt follows the row", () => {
		// Each item: a row holding the title block and a save button, then the excerpt after the row.
		const dump = feed(5).replace(
			/::: \{\.entry-title-wrapper\}\n(## .*)\n\n(.*)\n:::\n/g,
			'::: {.entry-row}\n::: {.entry-title-wrapper}\n$1\n\n$2\n:::\n\n::: {.entry-actions}\n[Save](/login)\n:::\n:::\n',
		);
		const index = new BlockIndex(parseDump(dump));
		const a = articleAttempt(index);
		const text = (levels: number): string =>
			withTeaserTitles(index, a, levels)
				.blocks.map((b) => collapse(blockText(b)))
				.join('\n');
		assert.ok(!text(0).includes("The river society's news, part 2"), 'the title row is found without looking past the row: the fixture does not test the levels');
		const listed = text(LISTING_TITLE_ROW_LEVELS);
		for (let i = 0; i < 5; i++) assert.ok(listed.includes(`The river society's news, part ${i + 1}`), `lost title ${i + 1}: ${listed}`);
		assert.ok(listed.indexOf('part 2') < listed.indexOf('item 2,'), listed);
	});
});
