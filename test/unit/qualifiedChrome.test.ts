// Qualified chrome words (chromeQualifiers.ts) and the main landmark's wrappers (mainLandmark.ts): neither names a container chrome.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { withoutQualifiedChrome } from '../../src/core/extract/chromeQualifiers';
import { isUnlikely } from '../../src/core/extract/prune';
import { dumpLines } from '../util/joinLines';

const CARDS = [
	'## [Lemon barley salad](/recipes/lemon-barley)',
	'',
	'A bright salad of pearl barley, lemon zest, parsley and toasted almonds, ready in twenty minutes and good cold the next day for lunch.',
	'',
	'## [Smoky bean stew](/recipes/smoky-bean-stew)',
	'',
	'Butter beans simmered with smoked paprika, tomatoes and a little orange peel until the sauce turns thick enough to coat a spoon.',
	'',
	'## [Oat and pear crumble](/recipes/oat-pear-crumble)',
	'',
	'Ripe pears under a crumble of oats, brown butter and cinnamon, baked until the juices bubble up at the edges of the dish.',
	'',
	'## [Green pea soup](/recipes/green-pea-soup)',
	'',
	'Frozen peas, spring onions and mint blended with stock into a soup that takes less time than laying the table for it.',
];

function container(dump: string, cls: string): { index: BlockIndex; c: BlockIndex['containers'][number] } {
	const index = new BlockIndex(parseDump(dump));
	const c = index.containers.find((x) => x.attrs.classes.includes(cls));
	assert.ok(c, `no container .${cls}`);
	return { index, c };
}

suite('Qualified chrome words', () => {
	test('a chrome word after with/has/no is set aside, the container\'s own chrome word is not', () => {
		assert.strictEqual(withoutQualifiedChrome('section-with-header'), 'section-with');
		assert.strictEqual(withoutQualifiedChrome('p-body-main--withSidebar'), 'p-body-main--with');
		assert.strictEqual(withoutQualifiedChrome('page no-sidebar'), 'page no');
		assert.strictEqual(withoutQualifiedChrome('header--has-menu'), 'header--has');
		assert.strictEqual(withoutQualifiedChrome('content-sidebar-wrap'), 'content-wrap');
		// Not a qualifier: "sno-" is a prefix, "notice" a word; a sidebar's own wrapper keeps its name.
		assert.strictEqual(withoutQualifiedChrome('sno-header-wrap'), 'sno-header-wrap');
		assert.strictEqual(withoutQualifiedChrome('sidebar-wrap'), 'sidebar-wrap');
		assert.strictEqual(withoutQualifiedChrome('shared-content-sidebar'), 'shared-content-sidebar');
	});

	test('a listing section named "section-with-header" is not pruned as a header; a plain header still is', () => {
		const dump = dumpLines('::: site-header', '[Home](/) [Blog](/blog)', ':::', '', '::: section-with-header', '### Latest', '', ...CARDS, ':::');
		const s = container(dump, 'section-with-header');
		assert.strictEqual(isUnlikely(s.index, s.c), undefined);
		const h = container(dump, 'site-header');
		assert.strictEqual(isUnlikely(h.index, h.c), 'header');
	});
});

suite('Main landmark wrappers', () => {
	const page = (wrap: string): string => dumpLines(
		'::: site-inner', `::: ${wrap}`, '::: {#main-column .content role="main"}', ...CARDS, ':::', '',
		'::: {.sidebar .widget-area}', '[About me](/about) [Subscribe](/subscribe)', ':::', ':::', ':::',
	);

	test('a wrapper named like a sidebar that holds role="main" stays; the sidebar inside it goes', () => {
		const { index, c } = container(page('layout-sidebar-left'), 'layout-sidebar-left');
		assert.strictEqual(isUnlikely(index, c), undefined);
		const side = container(page('layout-sidebar-left'), 'sidebar');
		assert.strictEqual(isUnlikely(side.index, side.c), 'sidebar');
	});

	test('without a main region inside, the same wrapper is still a sidebar', () => {
		const dump = dumpLines('::: layout-sidebar-left', ...CARDS, ':::', '', '::: article-text', ...CARDS, '', ...CARDS, ':::');
		const { index, c } = container(dump, 'layout-sidebar-left');
		assert.strictEqual(isUnlikely(index, c), 'sidebar');
	});
});
