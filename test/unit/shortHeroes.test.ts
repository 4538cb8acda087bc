// Short heroes (kinds/shortHeroes.ts): a landing page read whole keeps its banners of a heading and one sentence.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { type Attempt, BlockIndex, isContainer, ROOT } from '../../src/core/extract/blockIndex';
import { blockText } from '../../src/core/extract/inlineText';
import { cleanedWholePage } from '../../src/core/extract/kinds/coverage';
import type { KindContext } from '../../src/core/extract/kinds/pageKind';
import { SHORT_HERO_PROSE_CHARS, withShortHeroes } from '../../src/core/extract/kinds/shortHeroes';
import type { PageSignals } from '../../src/core/extract/kinds/signals';
import { wholePage } from '../../src/core/extract/kinds/wholePage';

/** A pest-control landing page: the site's header, a title, sections, and banners that hold a heading and a sentence. */
const PAGE = [
	'::: site-header',
	'[Home](/) [Services](/services) [Call us today](/contact)',
	'',
	'Family-run pest control since 1982, serving the whole valley.',
	':::',
	'',
	'# Pest control for homes',
	'',
	'::: section',
	'## Termite treatment',
	'',
	'We inspect every crawl space and wall cavity, treat the soil around the foundation and come back each spring to check the bait stations, for as long as the plan runs.',
	':::',
	'',
	'::: cta-banner',
	'## Protection plans for complete coverage',
	'',
	'Combine services in one simple plan to save more on every visit.',
	':::',
	'',
	'::: section',
	'## Rodent control',
	'',
	'Our technicians seal the gaps mice and rats come through, set traps where children and pets cannot reach them, and clear the nests they find in the attic and the garage.',
	':::',
	'',
	'::: promo-banner',
	'## Call now',
	'',
	'Save 10%.',
	':::',
	'',
].join('\n');

function context(text: string): KindContext {
	const index = new BlockIndex(parseDump(text));
	const whole = wholePage(index);
	const first = index.doc.blocks[0];
	assert.ok(isContainer(first));
	const article: Attempt = { region: first, regionScore: 1, blocks: [], removed: [], chars: 0 };
	return { index, signals: {} as PageSignals, article, whole };
}

const textOf = (a: Attempt): string => a.blocks.map((b) => blockText(b)).join('\n');

suite('Short heroes', () => {
	test('the whole page read again keeps a banner of a heading and one sentence after the title', () => {
		const page = context(PAGE);
		assert.ok(!textOf(page.whole).includes('Combine services in one simple plan'), 'the first read keeps the short banner already');
		const read = withShortHeroes(page, cleanedWholePage(page.whole));
		const text = textOf(read);
		assert.strictEqual(read.region, ROOT);
		assert.ok(text.includes('Protection plans for complete coverage'), text);
		assert.ok(text.includes('Combine services in one simple plan'), text);
		assert.ok(text.includes('Rodent control'), text);
	});

	test("a banner with less prose than a sentence and the site's header above the title stay out", () => {
		assert.ok('Save 10%.'.length < SHORT_HERO_PROSE_CHARS);
		const page = context(PAGE);
		const text = textOf(withShortHeroes(page, cleanedWholePage(page.whole)));
		assert.ok(!text.includes('Save 10%'), text);
		assert.ok(!text.includes('Family-run pest control'), text);
	});

	test('a read of one container, or the article attempt itself, is returned as it is', () => {
		const page = context(PAGE);
		assert.strictEqual(withShortHeroes(page, page.article), page.article);
		const container: Attempt = { ...page.whole, region: page.article.region };
		assert.strictEqual(withShortHeroes(page, container), container);
	});

	test('a page without short banners keeps its first read', () => {
		const page = context(PAGE.split('::: cta-banner')[0]);
		const read = cleanedWholePage(page.whole);
		assert.strictEqual(withShortHeroes(page, read), read);
	});
});
