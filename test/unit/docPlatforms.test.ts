// Documentation platform profiles as data (VitePress, VuePress, Docsy, Read the Docs): a page is documentation by its generator's class words.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { extractArticle } from '../../src/core/extract/extractArticle';
import { KIND_PLATFORMS } from '../../src/core/extract/kinds/platforms';

const BODY = [
	'# Configuring the cache',
	'',
	'The cache keeps every rendered page for an hour by default. Set `cache.ttl` in the configuration file to change how long a page is kept before it is rendered again.',
	'',
	'Pages that depend on the signed-in reader are never cached: the renderer marks them private, and the cache passes them through untouched.',
	'',
	'``` yaml',
	'cache:',
	'  ttl: 3600',
	'```',
].join('\n');

/** A page whose content sits in a container of classes `content`, beside a sidebar of links in a container of classes `sidebar`. */
function page(content: string, sidebar: string): string {
	const links = ['Introduction', 'Installing', 'Configuring the cache', 'Deploying', 'Upgrading'].map((t, i) => `-   [${t}](/guide/${i}.html)`);
	return [`::: {${sidebar}}`, ...links, ':::', '', `::: {${content}}`, BODY, ':::', ''].join('\n');
}

/** The rule that set the page's kind, and the kind. */
function kindOf(dump: string): { kind: unknown; rule: string } {
	const article = extractArticle(parseDump(dump));
	return { kind: article.metadata.pageType?.value, rule: article.metadata.pageType?.rule ?? '' };
}

suite('Documentation platforms', () => {
	test('VitePress, VuePress, Docsy and the Read the Docs theme are read as documentation by their class words', () => {
		const cases: [string, string, string][] = [
			['vitepress', '.vp-doc ._guide_cache', '.VPSidebar'],
			['vuepress', '.theme-default-content .content__default', '.sidebar'],
			['docsy', '.td-content', '#td-sidebar-menu .td-sidebar__inner'],
			['sphinx', '.wy-nav-content', '.wy-menu'],
		];
		for (const [name, content, sidebar] of cases) {
			const { kind, rule } = kindOf(page(content, sidebar));
			assert.strictEqual(kind, 'documentation', name);
			assert.ok(rule.includes(`platform ${name}`), `${name}: ${rule}`);
		}
	});

	test('the class words other software shares are not a platform: a news theme\'s `td-content` and `td-page-meta`, a table cell\'s `td-content`', () => {
		for (const words of ['td-content', 'td-page-meta', 'td-post-content td-content', 'td-sidebar-nav', 'td-sidebar', 'theme-default', 'vp-doc-like']) {
			assert.ok(!KIND_PLATFORMS.some((p) => p.kind === 'documentation' && p.detect.test(words) && !['sphinx', 'docusaurus', 'mkdocs'].includes(p.name)), words);
		}
		assert.ok(!kindOf(page('.td-post-content .td-content', '.td-page-meta')).rule.includes('platform docsy'));
	});

	test('each new profile names its generator once', () => {
		for (const name of ['vitepress', 'vuepress', 'docsy']) assert.strictEqual(KIND_PLATFORMS.filter((p) => p.name === name).length, 1, name);
	});
});
