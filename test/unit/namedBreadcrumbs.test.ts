// Breadcrumb trails named by their classes (heuristics/namedBreadcrumbs.ts): dropped whatever their shape; a line with other words stays.
import * as assert from 'node:assert';
import { parseDump } from '../../src/core/dump/parseDump';
import { dropNamedBreadcrumbs } from '../../src/core/extract/heuristics/namedBreadcrumbs';
import { collapsedText } from '../../src/core/extract/inlineText';
import { dumpLines } from '../util/joinLines';

function kept(dump: string): string[] {
	return dropNamedBreadcrumbs(parseDump(dump).blocks, []).map((b) => collapsedText(b));
}

suite('Named breadcrumbs', () => {
	test('an ordered list whose first part is an ellipsis and whose last is a plain span goes', () => {
		const dump = dumpLines(
			'1.  [ . . . ]{.shop-breadcrumb__ellipsis} [ / ]{.shop-breadcrumb__sep}',
			'2.  [Camping](/c/camping){.shop-breadcrumb__link}[ / ]{.shop-breadcrumb__sep}',
			'3.  [Daypacks](/c/daypacks){.shop-breadcrumb__link}',
			'4.  [#12345]{.shop-breadcrumb__link}',
			'',
			'A light pack for a day on the trail, with a padded back panel and two side pockets.',
		);
		assert.deepStrictEqual(kept(dump), ['A light pack for a day on the trail, with a padded back panel and two side pockets.']);
	});

	test('parts one to a paragraph, named in a CSS-module class, go one by one', () => {
		const dump = dumpLines('[Home](/){.crumbs_Breadcrumbs__link__x1}', '', '[All Products](/all){.crumbs_Breadcrumbs__link__x1}', '', '[Meal Powder]{.crumbs_Breadcrumbs__link__x1}', '', 'A complete meal in a shake.');
		assert.deepStrictEqual(kept(dump), ['A complete meal in a shake.']);
	});

	test('a line with words outside the named parts, an unnamed trail, or a long one stays', () => {
		assert.strictEqual(kept('Back to [Daypacks](/c/daypacks){.breadcrumb-link} for more packs.\n').length, 1);
		assert.strictEqual(kept('[Home](/) / [Shop](/shop) / [Packs](/packs)\n').length, 1);
		const long = Array.from({ length: 30 }, (_, i) => `[Section number ${i}](/s${i}){.breadcrumb}`).join(' / ');
		assert.strictEqual(kept(`${long}\n`).length, 1);
	});
});
