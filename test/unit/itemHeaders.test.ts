// Item headers: a category page's repeated entry headers hold its items' linked titles and survive step 3, on fixtures written for this project.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex, type Container, isContainer } from '../../src/core/extract/blockIndex';
import { isItemHeader, MIN_ITEM_HEADERS } from '../../src/core/extract/heuristics/itemHeaders';
import { isUnlikely } from '../../src/core/extract/prune';
import { extractDumpText } from '../util/kindFixtures';

const RECIPES = [
	'Lentil soup with lemon',
	'Baked trout with fennel',
	'Barley and leek risotto',
	'Rhubarb crumble',
	'Nettle and potato cakes',
	'Smoked mackerel pâté',
	'Plum and hazelnut cake',
	'Wild garlic pesto pasta',
];

/** A recipe: a header holding its linked title, then an empty content box, as a theme prints a category's cards. */
function recipe(name: string, linked = true): string {
	const slug = name.toLowerCase().replace(/ /g, '-');
	const title = linked ? `## [${name}](https://example.org/${slug}/){.entry-title-link}` : `## ${name}`;
	return `::: entry-header\n[![${name}](https://example.org/img/${slug}.jpg)](https://example.org/${slug}/)\n\n${title}\n:::\n\n::: entry-content\n:::\n`;
}

/** A category page of a cooking blog: a site header with a menu, the category's description, `n` recipes, a footer. */
function category(n: number, linked = true): string {
	const items = RECIPES.slice(0, n)
		.map((r) => recipe(r, linked))
		.join('\n');
	return (
		`::: site-header\n# [The Towpath Kitchen](/)\n\n-   [Recipes](/recipes)\n-   [About](/about)\n:::\n\n` +
		`::: archive-description\n# Supper recipes\n\nSimple suppers from the allotment: soups, fish and crumbles for the evenings after a day by the canal, ` +
		`each one tested twice in a small kitchen with one pan and a slow oven.\n:::\n\n` +
		`::: site-inner\n::: {#genesis-content .content role="main"}\n${items}\n:::\n:::\n\n::: site-footer\nCopyright the towpath kitchen.\n:::\n`
	);
}

function containers(dump: string, cls: string): { index: BlockIndex; found: Container[] } {
	const index = new BlockIndex(parseDump(dump));
	return { index, found: index.containers.filter((c) => isContainer(c) && c.attrs.classes[0] === cls) };
}

suite('Item headers', () => {
	test('each recipe header of a category page is an item header, the site header is not', () => {
		const { index, found } = containers(category(RECIPES.length), 'entry-header');
		assert.strictEqual(found.length, RECIPES.length);
		for (const c of found) {
			assert.ok(isItemHeader(index, c));
			assert.strictEqual(isUnlikely(index, c), undefined);
		}
		const site = containers(category(RECIPES.length), 'site-header');
		assert.ok(!isItemHeader(site.index, site.found[0]));
		assert.ok(isUnlikely(site.index, site.found[0]));
	});

	test('the extracted category page lists every recipe title, without the menu or the footer', () => {
		const { text } = extractDumpText(category(RECIPES.length));
		for (const r of RECIPES) assert.ok(text.includes(r), `lost ${r}: ${text}`);
		assert.ok(!text.includes('About') && !text.includes('Copyright'), text);
	});

	test(`fewer than ${MIN_ITEM_HEADERS} such headers are a page's own headers: still pruned`, () => {
		const { index, found } = containers(category(MIN_ITEM_HEADERS - 1), 'entry-header');
		for (const c of found) {
			assert.ok(!isItemHeader(index, c));
			assert.ok(isUnlikely(index, c));
		}
	});

	test('headers whose headings link nowhere are not items: still pruned', () => {
		const { index, found } = containers(category(RECIPES.length, false), 'entry-header');
		for (const c of found) assert.ok(isUnlikely(index, c));
	});

	/** The same recipes, each in a `div` of its own (a CMS's `blog-item`), its header one level down: the headers are cousins. */
	function wrapped(n: number, linked = true): string {
		const items = RECIPES.slice(0, n)
			.map((r) => `::: {.blog-item itemprop="blogPost"}\n${recipe(r, linked).replace('::: entry-header', '::: page-header')}:::\n`)
			.join('\n');
		return `::: site-header\n# [The Towpath Kitchen](/)\n\n-   [Recipes](/recipes)\n:::\n\n::: {.blog-items}\n${items}\n:::\n`;
	}

	test('headers one level down, one in each item of a list, are item headers too', () => {
		const { index, found } = containers(wrapped(RECIPES.length), 'page-header');
		assert.strictEqual(found.length, RECIPES.length);
		for (const c of found) {
			assert.ok(isItemHeader(index, c));
			assert.strictEqual(isUnlikely(index, c), undefined);
		}
		const site = containers(wrapped(RECIPES.length), 'site-header');
		assert.ok(isUnlikely(site.index, site.found[0]));
	});

	test(`fewer than ${MIN_ITEM_HEADERS} wrapped items, or titles that link nowhere, leave the headers pruned`, () => {
		for (const dump of [wrapped(MIN_ITEM_HEADERS - 1), wrapped(RECIPES.length, false)]) {
			const { index, found } = containers(dump, 'page-header');
			for (const c of found) assert.ok(isUnlikely(index, c));
		}
	});
});
