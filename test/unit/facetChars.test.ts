// Filter panels' text left out of the whole page's measure for the FAQ test (heuristics/facetChars.ts, kinds/faqSection.ts).
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, isContainer } from '../../src/core/extract/blockIndex';
import { facetPanelChars, wholeCharsLessFacets } from '../../src/core/extract/heuristics/facetChars';
import { isFaqSection, MAX_FAQ_COVERAGE } from '../../src/core/extract/kinds/faqSection';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

const QUESTIONS = ['What wax do you pour?', 'How long does a candle burn?', 'Do you ship abroad?', 'Can I return a candle?'];
const ANSWER = 'Every candle is poured by hand in our workshop from soy and coconut wax, with a cotton wick trimmed to burn clean and even, and each one is cured for two weeks before it leaves.';

/** A category page: a box with its title, its cards and four questions, and beside it `side` (a filter box, or prose). */
function page(side: string): string {
	const cards = Array.from({ length: 6 }, (_, i) => `::: qzc${i}\n[Candle ${i}](/p/${i})\n\n$${20 + i}.00\n:::\n`).join('\n');
	const faq = QUESTIONS.map((q) => `## ${q}\n\n${ANSWER}\n`).join('\n');
	return `::: qzmain\n# Candles\n\n${cards}\n${faq}:::\n\n::: qzside\n${side}\n:::\n`;
}

const FILTERS = Array.from({ length: 6 }, (_, g) => `Scent group ${g}\n\n${Array.from({ length: 8 }, (_, k) => `-   [Scent ${g}-${k} with a longer name (${k + 3} products)](/c?s=${g}${k})`).join('\n')}\n`).join('\n');
const PROSE = Array.from({ length: 12 }, (_, i) => `Our story, part ${i}: we began pouring candles in a garden shed, and the shed is still where the wax is melted.`).join('\n\n');

/** The attempt the article pipeline would make of the category's box. */
function attempts(dump: string): { article: Attempt; whole: Attempt; index: BlockIndex } {
	const index = new BlockIndex(parseDump(dump));
	const region = index.containers.find((c) => isContainer(c) && c.attrs.classes.includes('qzmain'));
	assert.ok(region);
	return { index, whole: wholePage(index), article: { region, regionScore: 1, blocks: [...region.children], removed: [], chars: index.statsOf(region).chars } };
}

suite('Filter panels in the whole page measure', () => {
	test('a counted filter box beside a category with questions does not make the category an FAQ section', () => {
		const { article, whole, index } = attempts(page(`Filter results\n\n${FILTERS}`));
		assert.ok(facetPanelChars(index, new Map()) > 0);
		assert.ok(!isFaqSection(article, whole));
		// The box holds less than MAX_FAQ_COVERAGE of the raw page, but more than that of the page less its filters.
		assert.ok(article.chars < whole.chars * MAX_FAQ_COVERAGE, `${article.chars} of ${whole.chars}`);
		assert.ok(article.chars >= wholeCharsLessFacets(whole) * MAX_FAQ_COVERAGE, `${article.chars} of ${wholeCharsLessFacets(whole)}`);
	});

	test('the same box beside as much prose is one section of the page', () => {
		const { article, whole } = attempts(page(PROSE));
		assert.ok(article.chars < whole.chars * MAX_FAQ_COVERAGE, `${article.chars} of ${whole.chars}`);
		assert.strictEqual(wholeCharsLessFacets(whole), whole.chars);
		assert.ok(isFaqSection(article, whole));
	});
});
