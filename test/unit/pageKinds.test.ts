// Page kinds: the golden page of each kind (dump → text and metadata), kind detection, and the general clean-ups.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDump } from '../../src/core/dump/parseDump';
import type { RemovedRegion } from '../../src/core/extract/article';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { isBuyBoxLine } from '../../src/core/extract/heuristics/buyBox';
import { startAtProductName } from '../../src/core/extract/heuristics/productName';
import { endAtRecommendations, isRecommendationHeading } from '../../src/core/extract/heuristics/recommendationSections';
import { isTabBar } from '../../src/core/extract/heuristics/tabLabels';
import { hasBuyBoxAtName } from '../../src/core/extract/kinds/buyBoxAtName';
import { productChrome } from '../../src/core/extract/kinds/productRegion';
import { CHROME_ONLY_MAX_CHARS, chromeOnlyText } from '../../src/core/extract/kinds/wholePage';
import { isUnlikely } from '../../src/core/extract/prune';
import { COMMAS_RE } from '../../src/core/extract/scoring';
import { PAGE_KINDS } from '../../src/core/extract/kinds/pageKind';
import { renderFrontMatter } from '../../src/core/render/frontMatter';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines as joinLines } from '../util/joinLines';

const PAGES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'pages');


/** Golden pages with an expected text: `expected.txt` is the text output, `expected.json` the metadata values checked. */
function textPages(): string[] {
	return fs.existsSync(PAGES) ? fs.readdirSync(PAGES).filter((d) => fs.existsSync(path.join(PAGES, d, 'expected.txt'))).sort() : [];
}

function extract(dump: string): { text: string; article: ReturnType<typeof extractArticle> } {
	const doc = parseDump(dump);
	const article = extractArticle(doc);
	return { text: renderText(article, doc), article };
}

suite('Page kinds', () => {
	test('a golden page for every kind', () => {
		const kinds = new Set(
			textPages().map((slug) => (JSON.parse(fs.readFileSync(path.join(PAGES, slug, 'expected.json'), 'utf8')) as { pageType: string }).pageType),
		);
		assert.deepStrictEqual([...kinds].sort(), [...PAGE_KINDS].sort());
	});

	for (const slug of textPages()) {
		test(`golden page ${slug}: text and metadata`, () => {
			const dir = path.join(PAGES, slug);
			const { text, article } = extract(fs.readFileSync(path.join(dir, 'source.txt'), 'utf8'));
			const expected = fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8');
			const a = text.split('\n');
			const e = expected.split('\n');
			const first = a.findIndex((line, i) => line !== e[i]);
			assert.strictEqual(text, expected, `first difference at expected.txt line ${first + 1}:\n  got      ${JSON.stringify(a[first])}\n  expected ${JSON.stringify(e[first])}`);
			const meta = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
			const got = article.metadata as Record<string, { value: unknown } | undefined>;
			for (const [key, value] of Object.entries(meta)) assert.deepStrictEqual(got[key]?.value ?? null, value, `metadata.${key}`);
			assert.ok(!article.empty);
		});
	}

	test('the kind is in the front matter', () => {
		const { article } = extract(fs.readFileSync(path.join(PAGES, 'forum-1', 'source.txt'), 'utf8'));
		assert.match(renderFrontMatter(article.metadata), /\npageType: forum\n/);
	});

	test('a forum thread keeps every post with its author line, and drops signatures and buttons', () => {
		const { text } = extract(fs.readFileSync(path.join(PAGES, 'forum-1', 'source.txt'), 'utf8'));
		for (const kept of ['greta.m » Tue Mar 11, 2025 9:40 pm', 'Filed it flat', 'clamp plate bent']) assert.ok(text.includes(kept), `lost ${kept}`);
		for (const dropped of ['too many drill bits', 'Quote', 'Post Reply', 'Joined', 'Who is online']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
	});

	test('an article with a long comment thread stays an article', () => {
		const prose = 'The council met on Tuesday evening to discuss the new harbour plan, which has divided the town for months, and voted to wait.';
		const comment = (n: number): string[] => [`::: {.comment .depth-1}`, `[Reader ${n}]{.comment-author}`, '', `${prose} I agree with point ${n}, and I would add a great deal more about it here.`, ':::', ''];
		const dump = joinLines('::: {.article-body}', ...Array.from({ length: 6 }, () => [prose, '']).flat(), ':::', '', '::: {#comments .comments-area}', ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap(comment), ':::');
		const { article } = extract(dump);
		assert.strictEqual(article.metadata.pageType?.value, 'article');
	});

	test('a dump whose only text is tiny yields it, with a warning', () => {
		const { text, article } = extract(joinLines('::: {#__next}', '::: {.site-header}', 'Page not found', ':::', ':::'));
		assert.strictEqual(text, 'Page not found\n');
		assert.ok(!article.empty);
		assert.deepStrictEqual(article.warnings, ['tiny-content']);
	});

	test('a page whose only text is a long chrome (cart drawer, menus, footer) yields nothing; a short one yields it', () => {
		const menu = Array.from({ length: 20 }, (_, i) => `-   [Department number ${i + 1} of the shop](/d/${i + 1})`);
		const frame = (...body: string[]): BlockIndex => new BlockIndex(parseDump(joinLines('::: {.site-header}', ...body, ':::', '', '::: {#root}', ':::')));
		assert.strictEqual(chromeOnlyText(frame('Cart (0)', '', ...menu)), undefined);
		const short = chromeOnlyText(frame('Store closed for stocktaking today.'));
		assert.ok(short && short.chars > 0);
		assert.ok(short.chars <= CHROME_ONLY_MAX_CHARS);
	});

	test('a page whose content is all hidden until a script runs is still read', () => {
		const { text } = extract(joinLines('::: {style="visibility:hidden"}', '::: {.app}', 'Opening hours: Monday to Friday, nine to five; Saturdays by appointment.', ':::', ':::'));
		assert.strictEqual(text, 'Opening hours: Monday to Friday, nine to five; Saturdays by appointment.\n');
	});
});

suite('Clean-ups of the kept blocks', () => {
	const PROSE = 'Supporters say the plan brings jobs, visitors and money; opponents fear noise, traffic and higher rents in the old town.';
	const page = (...body: string[]): string => joinLines('::: {.article-body}', ...[PROSE, '', PROSE.replace('plan', 'scheme'), '', PROSE.replace('jobs', 'work'), ''], ...body, ':::');

	test('image alt text is not body text', () => {
		const { text } = extract(page('![Getty Images: the harbour at dusk](/img/harbour.jpg)', '', 'Closing words of the article, with a full stop.'));
		assert.ok(!text.includes('Getty'), text);
		assert.ok(text.includes('Closing words'));
	});

	test('a block repeating an earlier one is dropped', () => {
		const { text } = extract(page(PROSE, ''));
		assert.strictEqual(text.split(PROSE).length - 1, 1);
	});

	test('shop controls and breadcrumb trails are dropped; sentences that start like them are kept', () => {
		const { text } = extract(page('Add to cart', '', 'Sort by: Price, low to high', '', '[Home](/) / [Garden](/garden) / [Tools](/garden/tools) / Spades', '', 'Sort by size first, then by colour: that is how the shop floor is laid out.', ''));
		for (const dropped of ['Add to cart', 'Price, low', 'Home / Garden']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
		assert.ok(text.includes('Sort by size first'));
	});
});

suite('Product pages', () => {
	const DESCRIPTION = 'A light pack for long days on the trail: the ventilated back panel keeps air moving, and the hip belt carries the load.';
	/** A product's name, price, cart button and description, as a shop's buy box lays them out. */
	const BUY_BOX = ['# Trail 22 Daypack', '', '\\$89.00', '', 'Add to cart', '', DESCRIPTION];
	const POLICY =
		'Returns of worn packs are accepted within thirty days, provided the pack has been used indoors only, all labels are attached, and it is sent back in its original packaging, with the receipt, at your own cost.';

	test('buy-box lines are controls; sentences and bare numbers are not', () => {
		for (const line of ['$20.00', 'Sale price $74.95', '99,90 €', 'Add to cart - $110', 'Loading...', 'Open media 3 in modal', 'Free shipping on orders over $75', '1 of 5', 'Skip to content']) {
			assert.ok(isBuyBoxLine(line), line);
		}
		for (const line of ['12', '4.5', 'The price is right for a pack this light.', 'Price: $20 for two', DESCRIPTION]) assert.ok(!isBuyBoxLine(line), line);
	});

	test('a tab bar of in-page links is dropped; a list of real links is not', () => {
		const bar = parseDump(joinLines('-   [Description](#tab-description)', '-   [Details](#tab-details)')).blocks[0];
		const links = parseDump(joinLines('-   [Description](/description)', '-   [Details](/details)')).blocks[0];
		assert.ok(isTabBar(bar));
		assert.ok(!isTabBar(links));
	});

	test('a modal with longer paragraphs than the product (a size guide) is left out', () => {
		const { text, article } = extract(fs.readFileSync(path.join(PAGES, 'product-2', 'source.txt'), 'utf8'));
		assert.strictEqual(article.metadata.pageType?.value, 'product');
		assert.ok(text.includes('A light pack for long days'));
		for (const dropped of ['Measure your torso', 'Returns of worn packs', 'You may also like', 'Add to cart', '$89.00', 'Open media']) assert.ok(!text.includes(dropped), `kept ${dropped}`);
	});

	test('shop chrome inside the chosen region goes, the product heading keeps its wrapper', () => {
		const dump = joinLines(
			'::: {.product-carousel-wrapper}',
			'# Trail 22 Daypack',
			'',
			'::: {.product-description}',
			DESCRIPTION,
			'',
			DESCRIPTION.replace('trail', 'hill'),
			':::',
			'',
			'Add to cart',
			'',
			'::: {.reviews-flyout}',
			POLICY,
			':::',
			':::',
		);
		const index = new BlockIndex(parseDump(dump));
		const chrome = productChrome(index);
		assert.deepStrictEqual([...chrome.values()], ['reviews']);
	});

	test("a shop's variant pickers (Shopify, WooCommerce, Magento, BigCommerce) are shop chrome; a product's options described in prose are not", () => {
		const pickers = ['variant-picker', 'product-form__input', 'variations_form', 'swatch-opt', 'productView-options'];
		const dump = joinLines(
			'# Trail 22 Daypack',
			'',
			...pickers.flatMap((c) => [`::: {.${c}}`, 'Colour Black Olive Sand', '', 'Size S M L XL', ':::', '']),
			'::: {.product-description}',
			DESCRIPTION,
			':::',
		);
		const chrome = productChrome(new BlockIndex(parseDump(dump)));
		assert.strictEqual(chrome.size, pickers.length, [...chrome.values()].join(', '));
		assert.ok(![...chrome.keys()].some((c) => 'attrs' in c && c.attrs?.classes.includes('product-description')));
	});

	test("React's streamed segments (hidden until a script moves them) are read; other hidden blocks are not", () => {
		for (const id of ['S:0', 'S:2b']) {
			const { text: segment } = extract(joinLines('Trail 22 Daypack', '', `::: {#${id} hidden=""}`, DESCRIPTION, '', DESCRIPTION.replace('trail', 'hill'), ':::'));
			assert.ok(segment.includes('A light pack for long days on the trail'), `${id}: ${segment}`);
		}
		const { text } = extract(joinLines('::: {#S:0 hidden=""}', DESCRIPTION, '', DESCRIPTION.replace('trail', 'hill'), ':::', '', '::: {hidden=""}', POLICY, ':::'));
		assert.ok(text.includes('A light pack for long days on the trail'), text);
		assert.ok(!text.includes('Returns of worn packs'), text);
	});

	test('the product text starts at the product name when the name is kept', () => {
		const doc = parseDump(joinLines('Home / Packs / Daypacks', '', '# Trail 22 Daypack', '', DESCRIPTION));
		const removed: RemovedRegion[] = [];
		const [crumbs, name, description] = doc.blocks;
		assert.deepStrictEqual(startAtProductName(doc.blocks, name, removed), [name, description]);
		assert.deepStrictEqual(removed.map((r) => r.step), ['before-product-name']);
		assert.strictEqual(startAtProductName([crumbs, description], name, []).length, 2, 'a name outside the kept blocks trims nothing');
		assert.strictEqual(startAtProductName(doc.blocks, undefined, []).length, 3);
	});

	test('a recommendation heading ends the product text; reviews and long headings do not', () => {
		for (const label of ['You may also like', 'Customers also bought', 'Frequently Bought Together', 'RECENTLY VIEWED', 'More from Trailworks', 'Related products', 'We found other products you might like!', '16 other products in the same category:', 'Frequently Purchased With', 'Often bought together', 'More like this', 'Others also viewed']) {
			assert.ok(isRecommendationHeading(label), label);
		}
		for (const label of ['Reviews', 'Related videos: fitting the hip belt', 'Description', 'More about this pack', 'Other colours', 'You may also like how the hip belt carries the load on long days in the hills']) {
			assert.ok(!isRecommendationHeading(label), label);
		}
		const doc = parseDump(joinLines('# Trail 22 Daypack', '', DESCRIPTION, '', '## Customers also bought', '', 'Trail 30 Daypack'));
		const removed: RemovedRegion[] = [];
		assert.strictEqual(endAtRecommendations(doc.blocks, removed).length, 2);
		assert.deepStrictEqual(removed.map((r) => r.signal), ['Customers also bought']);
	});

	test('a product page keeps its buy box and description, not the gallery before it or the recommendations after', () => {
		const dump = joinLines(
			'::: {.product .single-product}',
			'[Open media 1 in modal]{.visually-hidden} Trailworks gallery: front view, back view and hip belt',
			'',
			...BUY_BOX,
			'',
			'## You may also like',
			'',
			'Trail 30 Daypack: more room for the same long days in the hills, and the same hip belt.',
			':::',
		);
		const { text, article } = extract(dump);
		assert.strictEqual(article.metadata.pageType?.value, 'product');
		assert.ok(text.includes('A light pack for long days'), text);
		for (const dropped of ['gallery', 'You may also like', 'Trail 30']) assert.ok(!text.includes(dropped), `kept ${dropped}: ${text}`);
	});

	test('a price right under the h1 is a buy box; a price after a card heading or many lines is not', () => {
		const at = (...lines: string[]): boolean => hasBuyBoxAtName(new BlockIndex(parseDump(joinLines(...lines))));
		assert.ok(at(...BUY_BOX));
		assert.ok(at('# Trail 22 Daypack', '', 'Trailworks', '', '4.5 stars (12)', '', 'Sale price \\$89.00'));
		assert.ok(!at('# Daypacks', '', 'Light packs for long days.', '', '## Trail 22 Daypack', '', '\\$89.00'));
		assert.ok(!at('# Daypacks', '', 'One', '', 'Two', '', 'Three', '', 'Four', '', 'Five', '', '\\$89.00'));
		assert.ok(!at('Trail 22 Daypack', '', '\\$89.00'), 'no h1, no buy box at the name');
	});

	test('a comma between digits is a thousands separator, not prose', () => {
		assert.strictEqual('English (515,656), Russian (347,887)'.match(COMMAS_RE)?.length, 1);
	});

	test('a container named like a header that holds nearly all the prose is the page frame, not chrome', () => {
		const dump = joinLines('::: {.page_frame .with_header}', '::: {.site-header}', 'Store menu', ':::', '', DESCRIPTION, '', POLICY, ':::');
		const index = new BlockIndex(parseDump(dump));
		const [frame, header] = index.containers;
		assert.strictEqual(isUnlikely(index, frame), undefined);
		assert.strictEqual(isUnlikely(index, header), 'header');
	});

	test('priced cards among the recommendations do not make a product page a collection; a priced list grid does', () => {
		const card = (n: number): string[] => ['::: {.product-card}', `[Pack ${n}](/p/pack-${n}) \\$${40 + n}.00`, ':::', ''];
		const dump = joinLines(
			'::: {.product .single-product}',
			...BUY_BOX,
			':::',
			'',
			'::: {.related-products}',
			...[1, 2, 3, 4, 5, 6, 7, 8].flatMap(card),
			':::',
		);
		assert.strictEqual(extract(dump).article.metadata.pageType?.value, 'product');
		const { article } = extract(fs.readFileSync(path.join(PAGES, 'collection-2', 'source.txt'), 'utf8'));
		assert.strictEqual(article.metadata.pageType?.value, 'collection');
	});
});
