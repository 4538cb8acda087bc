// Qualified chrome words (chromeQualifiers.ts): a class saying a container comes with chrome does not name it chrome.
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

	test('a chrome word stating a page setting is set aside; a chrome word with another suffix is not', () => {
		assert.strictEqual(withoutQualifiedChrome('blog-article__main sidebar-enabled--false container'), 'blog-article__main -enabled--false container');
		assert.strictEqual(withoutQualifiedChrome('page header-disabled'), 'page -disabled');
		assert.strictEqual(withoutQualifiedChrome('sidebar-widgets'), 'sidebar-widgets');
		assert.strictEqual(withoutQualifiedChrome('footer-enabler'), 'footer-enabler');
	});

	test('an article body whose class states the sidebar setting is not pruned as a sidebar', () => {
		// Two such columns, neither holding most of the prose (which would keep it as the main column anyway).
		const dump = dumpLines(
			'::: {.blog-article__main .sidebar-enabled--false}', ...CARDS, ':::', '', '::: {.blog-article__more .sidebar-enabled--false}', ...CARDS, ':::', '',
			'::: intro', ...CARDS, ':::', '', '::: sidebar', '[About me](/about)', ':::',
		);
		const s = container(dump, 'blog-article__main');
		assert.strictEqual(isUnlikely(s.index, s.c), undefined);
		const side = container(dump, 'sidebar');
		assert.strictEqual(isUnlikely(side.index, side.c), 'sidebar');
	});

	test('a listing section named "section-with-header" is not pruned as a header; a plain header still is', () => {
		const dump = dumpLines('::: site-header', '[Home](/) [Blog](/blog)', ':::', '', '::: section-with-header', '### Latest', '', ...CARDS, ':::');
		const s = container(dump, 'section-with-header');
		assert.strictEqual(isUnlikely(s.index, s.c), undefined);
		const h = container(dump, 'site-header');
		assert.strictEqual(isUnlikely(h.index, h.c), 'header');
	});

	test('a content-sidebar-wrap holding the listing stays; the sidebar inside it and a sidebar-wrap go', () => {
		const dump = dumpLines(
			'::: content-sidebar-wrap', '::: {#main-column .content}', ...CARDS, ':::', '',
			'::: sidebar-wrap', '[About me](/about) [Subscribe](/subscribe)', ':::', ':::',
		);
		const w = container(dump, 'content-sidebar-wrap');
		assert.strictEqual(isUnlikely(w.index, w.c), undefined);
		const side = container(dump, 'sidebar-wrap');
		assert.strictEqual(isUnlikely(side.index, side.c), 'sidebar');
	});
});
