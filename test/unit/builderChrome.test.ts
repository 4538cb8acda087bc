// Builder chrome (heuristics/builderChrome.ts, data/builderChrome.ts): a builder theme's header rescued by "main" in its name goes from the whole-page read; a page the builder wraps whole stays.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { BlockIndex } from '../../src/core/extract/blockIndex';
import { BUILDER_CHROME } from '../../src/core/extract/data/builderChrome';
import { pruneBuilderChrome } from '../../src/core/extract/heuristics/builderChrome';
import { wholePage } from '../../src/core/extract/kinds/wholePage';
import * as W from '../../src/core/extract/scoring';
import { renderText } from '../../src/core/render/articleText';
import { dumpLines } from '../util/joinLines';

const SERVICE = [
	'# Lawn care for every season',
	'',
	'We mow, edge and feed lawns across the county, from small town gardens to sports grounds, with the same crew every visit.',
	'',
	'## Spring renovation',
	'',
	'Scarifying, aeration and overseeding bring a tired lawn back after winter; we test the soil first and feed it what it lacks.',
	'',
	'## Weekly mowing',
	'',
	'A weekly cut at the right height keeps moss and weeds out, and the clippings are taken away or mulched back as you prefer.',
];

function wholeText(dump: string): { text: string; pruned: string[] } {
	const doc = parseDump(dump);
	const index = new BlockIndex(doc);
	const pruned = new Map();
	pruneBuilderChrome(index, pruned);
	const attempt = wholePage(index);
	return { text: renderText({ metadata: {}, blocks: attempt.blocks, removed: [], empty: false }, doc), pruned: [...pruned.values()] };
}

suite('Builder chrome', () => {
	test("Astra's classic header (`header-main-layout-1`) goes from a service page's whole read; the page stays", () => {
		const { text, pruned } = wholeText(
			dumpLines(
				'::: {#masthead .site-header .header-main-layout-1 .ast-primary-menu-enabled .ast-hide-custom-menu-mobile}',
				'::: site-branding',
				'[Greenfield Lawns](https://example.com/){.site-title}',
				':::',
				'',
				'[Get a free quote](https://example.com/quote){.ast-custom-button-link}',
				':::',
				'',
				'::: {#primary .content-area}',
				...SERVICE,
				':::',
			),
		);
		assert.deepStrictEqual(pruned, ['builder chrome (header-main-layout-1)']);
		assert.ok(!text.includes('Get a free quote'), text);
		assert.ok(text.includes('Scarifying, aeration and overseeding'), text);
		assert.ok(text.includes('Weekly mowing'), text);
	});

	test("Divi's `#main-header` goes; another theme's `#main-header` or class `main-header` is not this rule's", () => {
		const divi = wholeText(
			dumpLines(
				'::: {#main-header height-onload="66"}',
				'::: {.container .clearfix .et_menu_container}',
				'::: logo_container',
				'[Greenfield Lawns and Gardens](https://example.com/)',
				':::',
				'',
				'[Select Page]{.select_page}',
				':::',
				':::',
				'',
				'::: {#et-main-area}',
				...SERVICE,
				':::',
			),
		);
		assert.deepStrictEqual(divi.pruned, ['builder chrome (main-header)']);
		assert.ok(!divi.text.includes('Greenfield Lawns and Gardens'), divi.text);
		assert.ok(divi.text.includes('Spring renovation'), divi.text);
		const other = wholeText(dumpLines('::: main-header', '[Select Page]{.select_page}', ':::', '', ...SERVICE));
		assert.deepStrictEqual(other.pruned, []);
		const otherId = wholeText(dumpLines('::: {#main-header}', '::: {.container .header-inner}', '[Select Page]{.select_page}', ':::', ':::', '', ...SERVICE));
		assert.deepStrictEqual(otherId.pruned, []);
	});

	test('a builder header that wraps the whole page is not pruned', () => {
		const { text, pruned } = wholeText(
			dumpLines('::: {#masthead .site-header .header-main-layout-2}', '[Greenfield Lawns](https://example.com/){.site-title}', '', ...SERVICE, ':::'),
		);
		assert.deepStrictEqual(pruned, []);
		assert.ok(text.includes('Scarifying, aeration and overseeding'), text);
	});

	test('every word is a whole builder token that the general rules leave alone, with its source', () => {
		for (const b of BUILDER_CHROME) {
			assert.ok(b.source.length > 0, b.builder);
			for (const w of [...b.words, ...(b.ids ?? [])]) {
				assert.strictEqual(w, w.toLowerCase(), w);
				assert.ok(!W.STRONG_UNLIKELY_RE.test(w), `${w} is already a strong chrome word`);
				// Each word is one the "maybe content" words rescue, or one no general chrome word names.
				assert.ok(W.MAYBE_CANDIDATE_RE.test(w) || !W.UNLIKELY_RE.test(w), `${w} is already pruned by the general rule`);
				assert.ok(!/^(?:content|main|header|footer|title|wrap|page)$/.test(w), w);
			}
		}
	});
});
